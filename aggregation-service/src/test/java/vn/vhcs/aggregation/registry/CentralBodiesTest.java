package vn.vhcs.aggregation.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.rules.Deadlines;

/**
 * Central bodies (no province) count in the national statistics, in their `central` part and in
 * the national missing list, and never in a province. Fed through the real broker, in a round of its own.
 */
@QuarkusTest
@lombok.RequiredArgsConstructor
class CentralBodiesTest {

    private final StatisticsService statistics;

    private static ObjectNode central(String code, String kind) {
        ObjectNode event = TestEvents.agency(code, "00", 1, "2008-08-01", null, LocalDate.now(Deadlines.VIETNAM));
        ObjectNode agency = (ObjectNode) event.get("agency");
        agency.remove("provinceCode");
        agency.remove("blocCode");
        agency.put("kind", kind).put("name", "Bộ " + code);
        return event;
    }

    @Test
    void centralBodiesCountNationallyOnly() {
        String n = Long.toString(System.nanoTime() % 100000);
        String round = "TW-" + n;
        String reporting = "TW.BNV" + n;
        String silent = "TW.BHXH" + n;
        ObjectNode roundEvent = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
        roundEvent.put("eventId", UUID.randomUUID().toString()).put("key", "round:" + round);
        ((ObjectNode) roundEvent.get("round")).put("code", round);
        ((ObjectNode) roundEvent.get("round").get("provinceDueDates")).removeAll();
        String stats = "/api/v1/statistics/rounds/" + round;
        try (TestEvents events = new TestEvents()) {
            events.send(roundEvent);
            events.send(central(reporting, "MINISTRY"));
            events.send(central(silent, "CENTRAL_AGENCY"));
            ObjectNode report = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), reporting, "00", 1);
            ObjectNode payload = (ObjectNode) report.get("payload");
            payload.put("roundCode", round).put("agencyKind", "MINISTRY");
            payload.remove("provinceCode");
            events.send(report);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats + "/national").then()
                    .statusCode(200)
                    .body("central.agenciesExpected", equalTo(2)).body("central.agenciesReported", equalTo(1))
                    .body("central.provinceCode", equalTo(null))
                    .body("byAgencyKind.MINISTRY.agenciesReported", equalTo(1))
                    .body("byAgencyKind.CENTRAL_AGENCY.agenciesMissing", equalTo(1)));
            // the round's one report is the ministry's: counted nationally, in no province
            given().get(stats + "/national").then().body("agenciesReported", equalTo(1));
            var missing = statistics.missingAgencies(round, null, Boundaries.AS_REPORTED).stream()
                    .map(MissingAgency::code).toList();
            org.junit.jupiter.api.Assertions.assertTrue(missing.contains(silent) && !missing.contains(reporting),
                    "the national missing list names the silent central agency only: " + missing);
            given().get(stats + "/provinces").then().statusCode(200)
                    .body("items.provinceCode", not(hasItem("TW")));
            given().get(stats + "/provinces/TW").then().statusCode(404);
        }
    }
}
