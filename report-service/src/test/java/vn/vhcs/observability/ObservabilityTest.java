package vn.vhcs.observability;

import vn.vhcs.testing.PrometheusMetrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.KafkaBrokerResource;
import vn.vhcs.testing.ManagementInterface;

/** Domain metrics move with the traffic; readiness watches the outbox backlog. */
@QuarkusTest
class ObservabilityTest {

    @AfterEach
    void broker() {
        KafkaBrokerResource.broker().start();
    }

    @Test
    void submissionsAreCountedByOutcomeAndPublishedEventsToo() {
        String agency = ReportFixtures.roundAndAgency("70");
        double accepted = PrometheusMetrics.value("vhcs_submissions_total", "operation=\"submit\"", "outcome=\"accepted\"");
        double rejected = PrometheusMetrics.value("vhcs_submissions_total", "operation=\"submit\"", "outcome=\"rejected\"");
        double published = PrometheusMetrics.value("vhcs_outbox_events_published_total");

        given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(ReportFixtures.with(ReportFixtures.report(agency), "workforce.participating", 99))
                .post("/api/v1/reports").then().statusCode(400);

        assertEquals(accepted + 1, PrometheusMetrics.value("vhcs_submissions_total", "operation=\"submit\"", "outcome=\"accepted\""));
        assertEquals(rejected + 1, PrometheusMetrics.value("vhcs_submissions_total", "operation=\"submit\"", "outcome=\"rejected\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusMetrics.value("vhcs_outbox_events_published_total") > published);
        assertTrue(ManagementInterface.given().get("/q/metrics").then().extract().asString().contains("vhcs_outbox_backlog"));
    }

    @Test
    void readinessTurnsDownWhenEventsWaitTooLongAndUpWhenTheyAreDelivered() {
        ReportFixtures.round();
        KafkaBrokerResource.broker().stop();
        given().contentType(ContentType.JSON).body(ReportFixtures.report(ReportFixtures.agency("70")))
                .post("/api/v1/reports").then().statusCode(201);
        // vhcs.outbox.max-age is 4s in tests
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.given().get("/q/health/ready").then().statusCode(503)
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("outbox")));
        await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusMetrics.value("vhcs_outbox_backlog") > 0);
        KafkaBrokerResource.broker().start();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ManagementInterface.given().get("/q/health/ready").then().statusCode(200));
    }
}
