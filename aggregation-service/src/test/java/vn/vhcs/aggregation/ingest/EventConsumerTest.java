package vn.vhcs.aggregation.ingest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.Topics;

/** The idempotent consumer, fed the contract's example events through the real broker. */
@QuarkusTest
class EventConsumerTest {

    @Inject
    EventConsumer consumer;

    private TestEvents events;

    @BeforeEach
    void open() {
        events = new TestEvents();
        events.send(TestEvents.example(ExampleEvents.ROUND_UPSERTED));
    }

    @AfterEach
    void close() {
        events.close();
    }

    private String stats(String province) {
        return "/api/v1/statistics/rounds/SO-KET-2022/provinces/" + province;
    }

    @Test
    void submissionRevisionAndWithdrawalAreReflected() {
        events.send(TestEvents.province("31"));
        events.send(TestEvents.agency("31.A", "31", "PROVINCIAL_DEPARTMENT", 1, true));
        events.send(TestEvents.agency("31.B", "31", "PROVINCIAL_DEPARTMENT", 1, true));
        UUID report = UUID.randomUUID();

        events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, report, "31.A", "31", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("31")).then().statusCode(200)
                .body("agenciesReported", equalTo(1))
                .body("agenciesExpected", equalTo(2))
                .body("agenciesMissing", equalTo(1))
                .body("workforceTotal", equalTo(20))
                .body("models.total", equalTo(5))
                .body("models.named", equalTo(1))
                .body("models.bySector.UNSPECIFIED", equalTo(4))
                // the example states participation as 100 % of a stated total of 20: an estimate of 20 of 20
                .body("measures.participation.agenciesStating", equalTo(1))
                .body("measures.participation.withPercentOnly", equalTo(1))
                .body("measures.participation.rate.numerator", equalTo(20))
                .body("measures.participation.rate.denominator", equalTo(20))
                .body("measures.participation.estimated", equalTo(true))
                .body("measures.commitments.estimated", equalTo(false))
                .body("directives.total", equalTo(1))
                .body("citedDocuments[0].number", equalTo("733/QĐ-TTg"))
                .body("citedDocuments[0].agencies", equalTo(1))
                .body("inspections.held", equalTo(2)));
        given().get(stats("31") + "/missing-agencies").then().statusCode(200)
                .body("items.code", equalTo(java.util.List.of("31.B")));

        events.send(TestEvents.report(ExampleEvents.REPORT_REVISED, report, "31.A", "31", 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("31")).then()
                .body("agenciesReported", equalTo(1))
                .body("workforceTotal", equalTo(21))
                .body("models.total", equalTo(2)));

        events.send(TestEvents.report(ExampleEvents.REPORT_WITHDRAWN, report, "31.A", "31", 3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("31")).then()
                .body("agenciesReported", equalTo(0))
                .body("workforceTotal", equalTo(0))
                .body("participationRate.value", nullValue())
                .body("models.total", equalTo(0))
                .body("agenciesMissing", equalTo(2)));
        given().get(stats("31") + "/missing-agencies").then().statusCode(200)
                .body("items.code", equalTo(java.util.List.of("31.A", "31.B"))).body("total", equalTo(2));
    }

    @Test
    void aRedeliveredEventAndAnOlderVersionChangeNothing() {
        events.send(TestEvents.province("33"));
        UUID report = UUID.randomUUID();
        ObjectNode first = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, report, "33.A", "33", 1);
        events.send(first);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("33")).then()
                .body("workforceTotal", equalTo(20)));

        long duplicates = consumer.duplicates();
        events.send(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.duplicates() == duplicates + 1);
        given().get(stats("33")).then().body("workforceTotal", equalTo(20)).body("agenciesReported", equalTo(1));

        events.send(TestEvents.report(ExampleEvents.REPORT_REVISED, report, "33.A", "33", 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("33")).then()
                .body("workforceTotal", equalTo(21)));

        long stale = consumer.stale();
        events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, report, "33.A", "33", 1)); // new id, old version
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.stale() == stale + 1);
        given().get(stats("33")).then().body("workforceTotal", equalTo(21)).body("models.total", equalTo(2));
    }

    @Test
    void anOlderAgencyRevisionDoesNotOverwriteANewerOne() {
        events.send(TestEvents.province("35"));
        events.send(TestEvents.agency("35.A", "35", "PROVINCIAL_DEPARTMENT", 2, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("35")).then().statusCode(200)
                .body("agenciesExpected", equalTo(0)));
        long stale = consumer.stale();
        events.send(TestEvents.agency("35.A", "35", "PROVINCIAL_DEPARTMENT", 1, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.stale() == stale + 1);
        given().get(stats("35")).then().body("agenciesExpected", equalTo(0));
    }

    @Test
    void aSchemaOneEventIsReadWithItsMeaning() {
        events.send(TestEvents.province("41"));
        events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED_V1, UUID.randomUUID(), "41.A", "41", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("41")).then().statusCode(200)
                .body("workforceTotal", equalTo(20))
                .body("participating", equalTo(20))
                .body("measures.participation.withCount", equalTo(1))
                .body("measures.participation.estimated", equalTo(false))
                .body("models.total", equalTo(1))
                .body("directives.total", equalTo(1))
                .body("indicators.citizenSatisfactionPercent.mean", equalTo(92.5f)));
    }

    @Test
    void aMalformedEventIsPassedOverAndTheNextOneApplied() {
        events.send(TestEvents.province("37"));
        UUID report = UUID.randomUUID();
        events.sendRaw(Topics.REPORT_EVENTS, report.toString(), "{ this is not an event");
        events.sendRaw(Topics.REPORT_EVENTS, report.toString(), "{\"version\": \"x\"}");
        events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, report, "37.A", "37", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("37")).then()
                .body("workforceTotal", equalTo(20)));
    }
}
