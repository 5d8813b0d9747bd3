package vn.vhcs.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.ReportEvent;
import vn.vhcs.contract.ReportEventType;
import vn.vhcs.contract.Topics;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.JsonPaths;
import vn.vhcs.testing.KafkaBrokerResource;

/** The transactional outbox, against the real broker. */
@QuarkusTest
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxRepository outbox;

    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    @BeforeEach
    void listen() {
        ReportFixtures.round();
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.broker().bootstrapServers()), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORT_EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    @AfterEach
    void close() {
        consumer.close();
        KafkaBrokerResource.broker().start(); // in case a test left it stopped
    }

    @Test
    void aSubmissionIsPublishedOnceKeyedByReportIdWithItsEventIdAsHeader() {
        String agency = ReportFixtures.agency("70");
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitRecord(id);
        ReportEvent event = EventCodec.reportEvent(record.value().getBytes(StandardCharsets.UTF_8));
        assertEquals(ReportEventType.ReportSubmitted, event.type());
        assertEquals(UUID.fromString(id), event.reportId());
        assertEquals(1, event.version());
        assertEquals(event.eventId().toString(), header(record, EventHeaders.EVENT_ID));
        assertEquals("ReportSubmitted", header(record, EventHeaders.EVENT_TYPE));
        assertNotNull(event.correlationId());
        assertEquals(event.correlationId(), header(record, EventHeaders.CORRELATION_ID));
        assertEquals(agency, event.payload().agencyCode());
        assertEquals("PROVINCIAL_DEPARTMENT", event.payload().agencyKind());
        assertEquals(vn.vhcs.contract.Figure.ofCount(20), event.payload().workforce().participating());
        assertEquals(3, event.payload().models().size());

        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.findById(event.eventId()).publishedAt != null));
    }

    @Test
    void theTraceOfTheRequestTravelsInTheKafkaHeaders() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String agency = ReportFixtures.agency("70");
        String id = given().contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(ReportFixtures.report(agency)).post("/api/v1/reports").then().statusCode(201).extract().path("id");
        String traceparent = header(awaitRecord(id), "traceparent");
        assertNotNull(traceparent, "the relay sends the trace context");
        assertTrue(traceparent.startsWith("00-" + traceId + "-"), traceparent);
    }

    @Test
    void whatIsPublishedHasTheShapeOfTheContractsExample() throws Exception {
        String agency = ReportFixtures.agency("70");
        // every field of the v2 example, in the forms it has there
        var everyField = ReportFixtures.report(agency);
        ReportFixtures.with(everyField, "indicators.digitizedProceduresPercent", 40);
        ReportFixtures.with(everyField, "indicators.computerEquipmentPercent", Map.of("percent", 100));
        ReportFixtures.with(everyField, "indicators.citizenSatisfactionPercent", Map.of("percent", 95, "qualifier", "MORE_THAN"));
        ReportFixtures.with(everyField, "workforce.participating", Map.of("percent", 100));
        ReportFixtures.with(everyField, "workforce.commitmentsSigned", Map.of("count", 20));
        ReportFixtures.with(everyField, "memberUnits.withCultureRules", Map.of("percent", 80, "qualifier", "APPROXIMATELY"));
        ReportFixtures.with(everyField, "memberUnits.withPlans", Map.of("count", 6));
        ReportFixtures.with(everyField, "modelsRegistered", 5);
        ReportFixtures.with(everyField, "inspections", Map.of("held", 2, "violationsFound", 1, "violationsHandled", 1));
        ReportFixtures.with(everyField, "emulationTitles[0].count", Map.of("percent", 90, "qualifier", "AT_LEAST"));
        String id = given().contentType(ContentType.JSON).body(everyField).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        JsonNode published = JSON.readTree(awaitRecord(id).value());
        // the figures by code (added to schema 2 additively) are every v2 figure again, under its built-in code
        JsonNode figures = ((com.fasterxml.jackson.databind.node.ObjectNode) published.get("payload")).remove("figures");
        assertEquals(vn.vhcs.contract.figures.FigureValues.object(
                vn.vhcs.contract.figures.FigureValues.of(published.get("payload"))), figures);
        JsonNode example = JSON.readTree(ExampleEvents.REPORT_SUBMITTED.json());
        assertEquals(JsonPaths.of(example), JsonPaths.of(published), "same fields as the contract's example event");
    }

    @Test
    void withTheBrokerDownASubmissionIsAcceptedAndDeliveredWhenItIsBack() {
        KafkaBrokerResource.broker().stop();
        String agency = ReportFixtures.agency("70");
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.undelivered()) > 0,
                "the event waits in the outbox");

        KafkaBrokerResource.broker().start();
        ConsumerRecord<String, String> record = awaitRecord(id);
        assertEquals(id, record.key());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> outbox.undelivered()) == 0);
    }

    private ConsumerRecord<String, String> awaitRecord(String reportId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().anyMatch(r -> reportId.equals(r.key()));
        });
        List<ConsumerRecord<String, String>> mine = seen.stream().filter(r -> reportId.equals(r.key())).toList();
        assertEquals(1, mine.size(), "exactly one event for one submission");
        return mine.get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
