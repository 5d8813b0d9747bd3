package vn.vhcs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.vhcs.kafka.LocalKafkaBroker;

/**
 * Starts a real single-node Kafka broker (KRaft) for a Quarkus test run and points
 * {@code kafka.bootstrap.servers} at it. Tests reach the broker through {@link #broker()} to stop
 * and restart it.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile LocalKafkaBroker broker;

    public static LocalKafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("vhcs-kafka-");
            broker = LocalKafkaBroker.create(dir.resolve("data"), 0).start();
            broker.createTopics();
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
