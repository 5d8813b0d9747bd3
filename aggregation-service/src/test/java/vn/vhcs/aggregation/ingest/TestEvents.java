package vn.vhcs.aggregation.ingest;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.Topics;
import vn.vhcs.testing.KafkaBrokerResource;

/** Publishes the contract's example events (adapted per test) to the real broker. */
public final class TestEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers()),
            new StringSerializer(), new StringSerializer());

    /** An example event as an editable tree. */
    public static ObjectNode example(ExampleEvents example) {
        try {
            return (ObjectNode) JSON.readTree(example.json());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A report event of the example, for another report, agency and version. */
    public static ObjectNode report(ExampleEvents example, UUID reportId, String agency, String province, int version) {
        ObjectNode event = example(example);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("reportId", reportId.toString());
        event.put("version", version);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("id", reportId.toString());
        payload.put("agencyCode", agency);
        payload.put("provinceCode", province);
        payload.put("version", version);
        return event;
    }

    public void send(ObjectNode event) {
        boolean report = event.has("reportId");
        String topic = report ? Topics.REPORT_EVENTS : Topics.REGISTRY_EVENTS;
        String key = report ? event.get("reportId").asText() : event.get("key").asText();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event.toString());
        record.headers().add(EventHeaders.EVENT_ID, event.get("eventId").asText().getBytes());
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void sendRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
