package vn.vhcs.gateway.reminders;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.Topics;
import vn.vhcs.testing.KafkaBrokerResource;
import vn.vhcs.testing.PostgresResource;

/**
 * A board's decision reaches the portals from the report's event on report-events, through a real
 * broker: the review event gives one signed webhook per portal acting for the agency, the same event
 * read again gives none, events that are not a decision give none, and a decision read while the
 * gateway cannot write it waits in Kafka (its offset uncommitted) until it can.
 */
@QuarkusTest
class ReviewWebhooksTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROUND = "SO-KET-2022";
    static PortalReceiver portal;
    static KafkaProducer<String, String> producer;

    @BeforeAll
    static void start() throws Exception {
        portal = new PortalReceiver();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.broker().bootstrapServers()), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        portal.close();
    }

    /** The contract's example review, for another report of {@code agency} in province 75. */
    static ObjectNode review(UUID report, String agency, int version, String decision, String comment) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(ExampleEvents.REPORT_REVIEWED.json());
        event.put("eventId", UUID.randomUUID().toString()).put("reportId", report.toString()).put("version", version);
        ObjectNode state = (ObjectNode) event.get("payload");
        state.put("id", report.toString()).put("agencyCode", agency).put("provinceCode", "75").put("version", version);
        ObjectNode review = (ObjectNode) state.get("review");
        review.put("decision", decision).put("reviewedVersion", version - 1);
        if (comment == null) {
            review.remove("comment");
        } else {
            review.put("comment", comment);
        }
        return event;
    }

    static void publish(ObjectNode event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REPORT_EVENTS,
                event.get("reportId").asText(), event.toString());
        record.headers().add(EventHeaders.EVENT_ID, event.get("eventId").asText().getBytes());
        // as the outbox relay sends it: the gateway decodes only what its type says may be a decision
        record.headers().add(EventHeaders.EVENT_TYPE, event.get("type").asText().getBytes());
        producer.send(record).get(10, TimeUnit.SECONDS);
    }

    static JsonPath portal(String path, String agency) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công tỉnh Đồng Nai",
                "role", "SUBMITTER", "agencies", List.of(agency), "webhookUrl", portal.url(path)))
                .post("/api/v1/clients").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aDecisionIsSentOnceFromItsEventWhateverTimesTheEventIsRead() throws Exception {
        JsonPath told = portal("/decisions", "75.SNV");
        portal("/elsewhere", "75.STC");
        UUID report = UUID.randomUUID();

        ObjectNode returned = review(report, "75.SNV", 3, "RETURNED", "Thiếu số liệu về cán bộ tham gia phong trào");
        publish(returned);
        await().atMost(Duration.ofSeconds(30)).until(() -> portal.at("/decisions").size() == 1);
        PortalReceiver.Received got = portal.at("/decisions").get(0);
        new StandardWebhooksVerifier(told.getString("webhookSecret")).verify(got.id(), got.timestamp(),
                got.signature(), got.body());
        JsonObject body = new JsonObject(got.body());
        assertEquals("report.reviewed", body.getString("type"));
        assertEquals("REVIEWED", body.getString("event"));
        assertEquals(report.toString(), body.getString("reportId"));
        assertEquals(3, body.getInteger("version"));
        assertEquals("RETURNED", body.getString("decision"));
        assertEquals("Thiếu số liệu về cán bộ tham gia phong trào", body.getString("comment"));
        assertEquals("75.SNV", body.getString("agencyCode"));
        assertEquals(ROUND, body.getString("roundCode"));
        WebhooksTest.assertDocumented("reportReviewed", body);

        // the same event again (a redelivery by Kafka), then events that are no decision: a submission,
        // and a revision that still carries the decision of an older version; then the next decision
        publish(returned);
        ObjectNode submitted = (ObjectNode) JSON.readTree(ExampleEvents.REPORT_SUBMITTED.json());
        submitted.put("eventId", UUID.randomUUID().toString()).put("reportId", report.toString()).put("version", 4);
        ((ObjectNode) submitted.get("payload")).put("agencyCode", "75.SNV").put("provinceCode", "75");
        publish(submitted);
        ObjectNode stale = review(report, "75.SNV", 5, "RETURNED", "Thiếu số liệu");
        ((ObjectNode) stale.get("payload").get("review")).put("reviewedVersion", 3);
        publish(stale);
        publish(review(report, "75.SNV", 6, "ACCEPTED", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> portal.at("/decisions").size() >= 2);
        List<String> decisions = portal.at("/decisions").stream()
                .map(r -> new JsonObject(r.body()).getString("decision")).toList();
        assertEquals(List.of("RETURNED", "ACCEPTED"), decisions);
        given().get("/api/v1/clients/" + told.getString("id") + "/deliveries").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));
        assertFalse(portal.at("/elsewhere").size() > 0, "a portal for another agency is not told");
    }

    @Test
    void aDecisionReadWhileTheDatabaseIsAwayIsSentOnceItIsBack() throws Exception {
        JsonPath told = portal("/after-outage", "75.SYT");
        UUID report = UUID.randomUUID();
        PostgresResource.link().cut();
        try {
            publish(review(report, "75.SYT", 2, "ACCEPTED", null));
            // nothing can be queued meanwhile; the event is not given up
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> portal.at("/after-outage").isEmpty());
        } finally {
            PostgresResource.link().restore();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> portal.at("/after-outage").size() == 1);
        assertEquals(report.toString(), new JsonObject(portal.at("/after-outage").get(0).body()).getString("reportId"));
        given().get("/api/v1/clients/" + told.getString("id") + "/deliveries").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }
}
