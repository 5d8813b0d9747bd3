package vn.vhcs.aggregation.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.rules.Deadlines;

/**
 * A round reads every agency as it was at the end of its period: an agency that moved to another
 * province and bloc on 1 July 2025 counts in its old province and bloc for 2022 and in its new ones
 * for 2025, and a change effective today leaves the 2022 statistics byte for byte as they were.
 * Fed registry events through the real broker, in provinces (52, 54) no other test uses.
 */
@QuarkusTest
class AgencyHistoryTest {

    private static final String FROM = "52";
    private static final String TO = "54";

    private static ObjectNode round(String code, String kind, LocalDate start, LocalDate end) {
        ObjectNode event = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("key", "round:" + code);
        ObjectNode r = (ObjectNode) event.get("round");
        r.put("code", code).put("kind", kind).put("periodStart", start.toString()).put("periodEnd", end.toString())
                .put("dueDate", end.plusDays(30).toString()).put("closesOn", end.plusDays(400).toString());
        ((ObjectNode) r.get("provinceDueDates")).removeAll();
        return event;
    }

    /** The agency at a revision with these states (effective day or null, province, bloc, staffing). */
    private static ObjectNode agency(String code, long revision, Object[]... states) {
        LocalDate today = LocalDate.now(Deadlines.VIETNAM);
        ObjectNode event = TestEvents.agency(code, FROM, revision, "2008-08-01", null, today);
        ObjectNode agency = (ObjectNode) event.get("agency");
        ArrayNode history = agency.putArray("history");
        for (Object[] s : states) {
            ObjectNode state = history.addObject();
            if (s[0] != null) {
                state.put("effectiveFrom", s[0].toString());
            }
            state.put("name", "Sở Văn hóa " + code).put("kind", "PROVINCIAL_DEPARTMENT")
                    .put("provinceCode", (String) s[1]).put("blocCode", (String) s[2]).put("staffing", (Integer) s[3]);
        }
        Object[] latest = states[states.length - 1];
        agency.put("provinceCode", (String) latest[1]).put("blocCode", (String) latest[2])
                .put("staffing", (Integer) latest[3]);
        return event;
    }

    private static String stats(String round, String province) {
        return "/api/v1/statistics/rounds/" + round + "/provinces/" + province;
    }

    @Test
    void aRoundReadsEachAgencyAsItWasAtTheEndOfItsPeriod() {
        LocalDate today = LocalDate.now(Deadlines.VIETNAM);
        String n = Long.toString(System.nanoTime() % 100000);
        String r2022 = "HIS-2022-" + n;
        String r2025 = "HIS-2025-" + n;
        String moved = FROM + ".SVH" + n;
        Object[] before = { null, FROM, "TĐS3", 40 };
        Object[] after = { "2025-07-01", TO, "TĐS1", 55 };

        try (TestEvents events = new TestEvents()) {
            events.send(TestEvents.province(FROM, "2008-08-01", null, null));
            events.send(TestEvents.province(TO, "2008-08-01", null, null));
            events.send(round(r2022, "MIDTERM_REVIEW", LocalDate.of(2019, 6, 14), LocalDate.of(2022, 3, 31)));
            events.send(round(r2025, "FINAL_REVIEW", LocalDate.of(2019, 6, 14), LocalDate.of(2025, 9, 30)));
            events.send(agency(moved, 1, before, after));
            ObjectNode report = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), moved, FROM, 1);
            ((ObjectNode) report.get("payload")).put("roundCode", r2022);
            events.send(report);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                given().get(stats(r2022, FROM)).then().statusCode(200)
                        .body("agenciesExpected", equalTo(1)).body("agenciesReported", equalTo(1))
                        .body("byBloc.'TĐS3'.agenciesExpected", equalTo(1))
                        .body("byBloc.'TĐS1'", nullValue());
                given().get(stats(r2025, TO)).then().statusCode(200)
                        .body("agenciesExpected", equalTo(1)).body("agenciesReported", equalTo(0))
                        .body("byBloc.'TĐS1'.agenciesExpected", equalTo(1));
            });
            given().get(stats(r2025, FROM)).then().statusCode(200).body("agenciesExpected", equalTo(0));
            given().get(stats(r2022, TO)).then().statusCode(200).body("agenciesExpected", equalTo(0));
            String before2022 = given().get(stats(r2022, FROM)).then().extract().asString();

            // a change effective today (a new bloc and staffing): 2025's period ended before, nothing moves
            Object[] now = { today.toString(), TO, "TĐS2", 60 };
            events.send(agency(moved, 2, before, after, now));
            String dayAfterPeriod = today.toString();
            ObjectNode later = round("HIS-NOW-" + n, "ANNUAL", today.minusMonths(3), today);
            events.send(later);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats("HIS-NOW-" + n, TO))
                    .then().statusCode(200).body("byBloc.'TĐS2'.agenciesExpected", equalTo(1)));
            assertEquals(before2022, given().get(stats(r2022, FROM)).then().extract().asString(),
                    "a change effective " + dayAfterPeriod + " changed the 2022 statistics");
            given().get(stats(r2025, TO)).then().body("byBloc.'TĐS1'.agenciesExpected", equalTo(1))
                    .body("byBloc.'TĐS2'", nullValue());
        }
    }
}
