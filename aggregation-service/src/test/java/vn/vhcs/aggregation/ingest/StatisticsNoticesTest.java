package vn.vhcs.aggregation.ingest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.StatisticsChange;
import vn.vhcs.contract.Topics;
import vn.vhcs.testing.KafkaBrokerResource;

/** After a batch is committed, the gateways are told which rounds' statistics may have changed. */
@QuarkusTest
class StatisticsNoticesTest {

    private TestEvents events;
    private KafkaConsumer<String, byte[]> notices;
    private final List<StatisticsChange> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        events = new TestEvents();
        notices = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.broker().bootstrapServers()), new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(Topics.STATISTICS_CHANGES, 0);
        notices.assign(List.of(partition));
        notices.seekToEnd(List.of(partition));
        notices.position(partition); // from here on: what the test's events cause
    }

    @AfterEach
    void close() {
        events.close();
        notices.close();
    }

    @Test
    void aReportNamesItsRoundAndARegistryChangeEveryRound() {
        events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "43.A", "43", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> received(new StatisticsChange(List.of("SO-KET-2022"), false)));

        events.send(TestEvents.province("43"));
        await().atMost(Duration.ofSeconds(30)).until(() -> received(StatisticsChange.everything()));
    }

    private boolean received(StatisticsChange expected) {
        notices.poll(Duration.ofMillis(200)).forEach(r -> seen.add(EventCodec.statisticsChange(r.value())));
        return seen.contains(expected);
    }
}
