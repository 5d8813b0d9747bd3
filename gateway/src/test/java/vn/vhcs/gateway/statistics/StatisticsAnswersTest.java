package vn.vhcs.gateway.statistics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.StatisticsChange;
import vn.vhcs.contract.Topics;
import vn.vhcs.gateway.DownstreamStubs;
import vn.vhcs.testing.KafkaBrokerResource;

/**
 * The gateway's memory of statistics answers, in front of a stub aggregation-service that echoes each request
 * (its request id in the body tells whose answer came back) and real notices on the real broker.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
@TestProfile(StatisticsAnswersTest.CacheOn.class)
class StatisticsAnswersTest {

    /** The module's other tests keep nothing; this one does. */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vhcs.gateway.statistics-cache.enabled", "true");
        }
    }

    static final String ROUND = "SO-KET-2022";
    static final String PROVINCE = "/api/v1/statistics/rounds/" + ROUND + "/provinces/70";

    @Inject
    StatisticsChanges changes;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(30)).until(changes::listening);
    }

    @Test
    void aSecondIdenticalReadIsAnsweredByTheGatewayWithAFreshRequestId() {
        String url = PROVINCE + "?t=second";
        Response first = given().get(url);
        first.then().statusCode(200).header("ETag", "\"7\"").body("service", equalTo("aggregation-service"));
        int received = DownstreamStubs.received();
        double hits = hits();

        Response second = given().get(url);
        second.then().statusCode(200).header("ETag", "\"7\"").header("Content-Type", "application/json")
                .header("X-Downstream", "aggregation-service").header("X-Request-Id", not(emptyOrNullString()))
                .body("requestId", equalTo(first.path("requestId")));
        assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"), "a request id of its own");
        assertEquals(received, DownstreamStubs.received(), "aggregation-service was not asked again");
        assertEquals(hits + 1, hits());
    }

    @Test
    void ifNoneMatchOnAKeptAnswerIs304() {
        String url = PROVINCE + "?t=304";
        given().get(url).then().statusCode(200);
        int received = DownstreamStubs.received();
        given().header("If-None-Match", "W/\"7\"").get(url).then().statusCode(304).header("ETag", "\"7\"")
                .header("Content-Type", emptyOrNullString());
        given().header("If-None-Match", "\"8\"").get(url).then().statusCode(200).body("uri", equalTo(url));
        assertEquals(received, DownstreamStubs.received());
    }

    @Test
    void aNoticeOfItsRoundOrOfEveryRoundDropsTheAnswer() {
        String url = PROVINCE + "?t=notice";
        String kept = given().get(url).path("requestId");
        given().get(url).then().body("requestId", equalTo(kept));

        publish(new StatisticsChange(List.of("ANOTHER-ROUND"), false));
        publish(new StatisticsChange(List.of(ROUND), false));
        String fresh = await().atMost(Duration.ofSeconds(10)).until(() -> given().get(url).<String>path("requestId"),
                id -> !id.equals(kept));
        given().get(url).then().body("requestId", equalTo(fresh));

        publish(StatisticsChange.everything());
        await().atMost(Duration.ofSeconds(10)).until(() -> given().get(url).<String>path("requestId"),
                id -> !id.equals(fresh));
    }

    @Test
    void anotherCallerIsNeverGivenWhatTheServiceAnsweredTheFirst() {
        String url = PROVINCE + "?t=caller";
        String admins = given().get(url).path("requestId");
        String reader = given().contentType(ContentType.JSON)
                .body(Map.of("name", "reader of 70", "role", "READER", "provinces", List.of("70")))
                .post("/api/v1/clients").then().statusCode(201).extract().path("key");
        int received = DownstreamStubs.received();
        String readers = given().header("Authorization", "Bearer " + reader).get(url).then().statusCode(200)
                .extract().path("requestId");
        assertNotEquals(admins, readers);
        assertEquals(received + 1, DownstreamStubs.received(), "the service decided for the reader itself");
    }

    @Test
    void whatReadsSeveralRoundsOrAsksAgainGoesToTheService() {
        for (String url : List.of(PROVINCE + "/comparison", "/api/v1/statistics/provinces/70/trend")) {
            given().get(url).then().statusCode(200);
            int received = DownstreamStubs.received();
            given().get(url).then().statusCode(200);
            assertEquals(received + 1, DownstreamStubs.received(), url);
        }
        String url = PROVINCE + "?t=no-cache";
        given().get(url).then().statusCode(200);
        int received = DownstreamStubs.received();
        given().header("Cache-Control", "no-cache").get(url).then().statusCode(200);
        assertEquals(received + 1, DownstreamStubs.received());
    }

    @Test
    void formatsAndLanguagesAreKeptApart() {
        String url = PROVINCE + "?t=formats";
        String json = given().accept("application/json").get(url).path("requestId");
        String csv = given().accept("text/csv").get(url).path("requestId");
        String vi = given().accept("application/json").header("Accept-Language", "vi").get(url).path("requestId");
        assertTrue(!json.equals(csv) && !json.equals(vi) && !csv.equals(vi));
        given().accept("text/csv").get(url).then().body("requestId", equalTo(csv));
    }

    private double hits() {
        return registry.counter("vhcs.gateway.statistics.cache", "result", "hit").count();
    }

    private static void publish(StatisticsChange change) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.STATISTICS_CHANGES, EventCodec.toJson(change)));
        }
    }
}
