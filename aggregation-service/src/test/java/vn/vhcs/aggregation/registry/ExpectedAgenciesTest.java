package vn.vhcs.aggregation.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.rules.Deadlines;

/**
 * The expected agencies of a round are those that exist at the end of its period, in provinces that
 * exist then: registering or dissolving an agency today leaves an earlier round's figures alone.
 * Fed registry events through the real broker, in a province (45) no other test uses.
 */
@QuarkusTest
class ExpectedAgenciesTest {

    private static final String PROVINCE = "45";

    private static ObjectNode round(String code, LocalDate start, LocalDate end) {
        ObjectNode event = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("key", "round:" + code);
        ObjectNode r = (ObjectNode) event.get("round");
        r.put("code", code).put("periodStart", start.toString()).put("periodEnd", end.toString())
                .put("dueDate", end.plusDays(30).toString()).put("closesOn", end.plusDays(90).toString());
        ((ObjectNode) r.get("provinceDueDates")).removeAll();
        return event;
    }

    private static String stats(String round) {
        return "/api/v1/statistics/rounds/" + round + "/provinces/" + PROVINCE;
    }

    private static void expects(String round, int agencies, int reported) {
        given().get(stats(round)).then().statusCode(200)
                .body("agenciesExpected", equalTo(agencies))
                .body("agenciesReported", equalTo(reported))
                .body("reportingRate.numerator", equalTo(reported))
                .body("reportingRate.denominator", equalTo(agencies));
    }

    @Test
    void registeringOrDissolvingAnAgencyTodayChangesOnlyRoundsEndingFromToday() {
        LocalDate today = LocalDate.now(Deadlines.VIETNAM);
        String n = Long.toString(System.nanoTime() % 100000);
        String r2022 = "EXP-2022-" + n;
        String endsToday = "EXP-TODAY-" + n;
        String later = "EXP-LATER-" + n;
        String longStanding = PROVINCE + ".LONG" + n;
        String fromV1 = PROVINCE + ".V1" + n;
        String offV1 = PROVINCE + ".V1OFF" + n;
        String created = PROVINCE + ".NEW" + n;

        try (TestEvents events = new TestEvents()) {
            events.send(TestEvents.province(PROVINCE, "2008-08-01", null, null));
            events.send(round(r2022, LocalDate.of(2019, 6, 14), LocalDate.of(2022, 3, 31)));
            events.send(round(endsToday, today.minusMonths(6), today));
            events.send(round(later, today, today.plusDays(30)));
            // dated since 2010; and two agencies as the first events had them: active, deactivated
            events.send(TestEvents.agency(longStanding, PROVINCE, 1, "2010-01-01", null, today));
            events.send(TestEvents.agency(fromV1, PROVINCE, "OFFICE", 1, true));
            events.send(TestEvents.agency(offV1, PROVINCE, "OFFICE", 1, false));
            ObjectNode report = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), longStanding,
                    PROVINCE, 1);
            ((ObjectNode) report.get("payload")).put("roundCode", r2022);
            events.send(report);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                expects(r2022, 2, 1);
                expects(endsToday, 2, 0);
                expects(later, 2, 0);
            });

            // registered today, existing from today: rounds ending today or later expect it, 2022 does not
            events.send(TestEvents.agency(created, PROVINCE, 1, today.toString(), null, today));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expects(later, 3, 0));
            expects(endsToday, 3, 0);
            expects(r2022, 2, 1);

            // dissolved today (validTo today, its last day): only rounds ending after today lose it
            events.send(TestEvents.agency(longStanding, PROVINCE, 2, "2010-01-01", today.toString(), today));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> expects(later, 2, 0));
            expects(endsToday, 3, 0);
            expects(r2022, 2, 1);
            given().get(stats(r2022)).then().body("reportingRate.value", equalTo(0.5f));
        }
    }
}
