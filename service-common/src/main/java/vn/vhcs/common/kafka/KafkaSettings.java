package vn.vhcs.common.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the Kafka cluster is; {@code KAFKA_BOOTSTRAP_SERVERS} in production. */
@ConfigMapping(prefix = "vhcs.kafka")
public interface KafkaSettings {

    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** How long the readiness check waits for the cluster to answer. */
    @WithDefault("3s")
    Duration healthTimeout();

    /** Extra client properties (security, SASL, …), passed to every producer and consumer as they are. */
    Map<String, String> client();

    Optional<String> clientIdPrefix();
}
