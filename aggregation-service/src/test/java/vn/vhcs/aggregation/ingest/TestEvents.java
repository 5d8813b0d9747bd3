package vn.vhcs.aggregation.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.Topics;
import vn.vhcs.testing.KafkaBrokerResource;

/** Publishes the contract's example events (adapted per test) to the real broker. */
public final class TestEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Class<?>> SENT = ConcurrentHashMap.newKeySet();
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers()),
            new StringSerializer(), new StringSerializer());

    /**
     * Sends a test class's events once (called from {@code @BeforeEach}, because REST Assured learns
     * the test port only then), then waits until {@code applied} holds.
     */
    public static void once(Class<?> testClass, Consumer<TestEvents> history, ThrowingRunnable applied) {
        if (!SENT.add(testClass)) {
            return;
        }
        try (TestEvents events = new TestEvents()) {
            history.accept(events);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(applied);
    }

    /** An example event as an editable tree. */
    public static ObjectNode example(ExampleEvents example) {
        try {
            return (ObjectNode) JSON.readTree(example.json());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example province event for another code, keeping the example's validity and successor. */
    public static ObjectNode province(String code) {
        ObjectNode event = example(ExampleEvents.PROVINCE_UPSERTED);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("key", "province:" + code + ":" + event.get("province").get("validFrom").asText());
        ((ObjectNode) event.get("province")).put("code", code);
        return event;
    }

    /** A province valid from {@code from} to {@code to} (null: still valid), merged into {@code successor}. */
    public static ObjectNode province(String code, String from, String to, String successor) {
        ObjectNode event = province(code);
        event.put("key", "province:" + code + ":" + from);
        ObjectNode p = (ObjectNode) event.get("province");
        p.put("name", "Tỉnh " + code).put("validFrom", from);
        if (to == null) {
            p.putNull("validTo").putNull("successorCode");
        } else {
            p.put("validTo", to).put("successorCode", successor);
        }
        return event;
    }

    /**
     * An agency of a province, at a revision, as the first agency events were: without validity dates,
     * bloc or staffing, so {@code active} alone says whether it is valid (for ever or never).
     */
    public static ObjectNode agency(String code, String province, String kind, long revision, boolean active) {
        ObjectNode event = example(ExampleEvents.AGENCY_UPSERTED);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("key", "agency:" + code);
        event.put("revision", revision);
        event.put("schemaVersion", 1);
        ObjectNode agency = (ObjectNode) event.get("agency");
        agency.put("code", code).put("name", "Cơ quan " + code).put("kind", kind)
                .put("provinceCode", province).put("active", active);
        agency.remove(java.util.List.of("validFrom", "validTo", "successorCode", "blocCode", "staffing", "history"));
        return event;
    }

    /**
     * An agency valid from {@code from} to {@code to} (null: open), as report-service publishes it,
     * with {@code active} as it would derive it on {@code today}.
     */
    public static ObjectNode agency(String code, String province, long revision, String from, String to,
            java.time.LocalDate today) {
        ObjectNode event = agency(code, province, "PROVINCIAL_DEPARTMENT", revision, true);
        event.put("schemaVersion", 2);
        ObjectNode agency = (ObjectNode) event.get("agency");
        java.time.LocalDate validFrom = from == null ? null : java.time.LocalDate.parse(from);
        java.time.LocalDate validTo = to == null ? null : java.time.LocalDate.parse(to);
        agency.put("active", (validFrom == null || !today.isBefore(validFrom)) && (validTo == null || validTo.isAfter(today)));
        if (from != null) {
            agency.put("validFrom", from);
        }
        if (to != null) {
            agency.put("validTo", to);
        }
        agency.put("blocCode", "TĐS3").put("staffing", 20);
        return event;
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
