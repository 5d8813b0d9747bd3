package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;

/**
 * National figures, the 2025 boundaries, trends, agency kinds, provinces' own deadlines and CSV,
 * on a round of its own: Ninh Thuận (58) and Khánh Hòa (56) before the merger, Khánh Hòa after.
 */
@QuarkusTest
class StatisticsViewsTest {

    static final String ROUND = "VIEWS-" + (System.nanoTime() % 100000);
    static final String BASE = "/api/v1/statistics/rounds/" + ROUND;

    @BeforeEach
    void events() {
        TestEvents.once(getClass(), events -> {
            ObjectNode round = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
            round.put("eventId", UUID.randomUUID().toString());
            round.put("key", "round:" + ROUND);
            ObjectNode r = (ObjectNode) round.get("round");
            r.put("code", ROUND);
            r.put("dueDate", "2022-04-30");
            ((ObjectNode) r.get("provinceDueDates")).removeAll().put("58", "2022-05-15");
            events.send(round);
            events.send(TestEvents.province("58", "2008-08-01", "2025-06-30", "56"));
            events.send(TestEvents.province("56", "2008-08-01", "2025-06-30", "56"));
            events.send(TestEvents.province("56", "2025-07-01", null, null));
            events.send(TestEvents.agency("58.V1", "58", "PROVINCIAL_DEPARTMENT", 1, true));
            events.send(TestEvents.agency("56.V1", "56", "OFFICE", 1, true));
            events.send(TestEvents.agency("56.V2", "56", "OFFICE", 1, true));
            events.send(report("58.V1", "58", 20, 19, "2022-05-10T03:00:00Z"));
            events.send(withoutOwnPlan(report("56.V1", "56", 10, 10, "2022-05-10T03:00:00Z")));
        }, () -> given().get(BASE + "/national").then().statusCode(200)
                .body("agenciesReported", equalTo(2)));
    }

    static ObjectNode report(String agency, String province, int total, int participating, String submittedAt) {
        ObjectNode event = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), agency, province, 1);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("roundCode", ROUND).put("submittedAt", submittedAt).put("agencyKind", "OTHER");
        ((ObjectNode) payload.get("workforce")).put("total", total).put("participating", participating)
                .put("commitmentsSigned", participating);
        ((ObjectNode) payload.get("emulationTitles").get(0)).put("count", 5);
        return event;
    }

    /**
     * A report whose only plan is the province's (cited), with its own regulation, commitments stated
     * as 0 %, and the cultural standard title stated without a figure; the 58 one keeps the example's
     * own plan, its 19 commitments, no regulation and no such title. Both register models.
     */
    static ObjectNode withoutOwnPlan(ObjectNode event) {
        ObjectNode payload = (ObjectNode) event.get("payload");
        var directives = payload.putArray("directives");
        directives.addObject().put("kind", "PLAN").put("issuer", "CITED").put("issuedBy", "UBND tỉnh")
                .put("number", "167/KH-UBND");
        directives.addObject().put("kind", "REGULATION").put("issuer", "SELF").put("title", "Quy chế làm việc");
        ((ObjectNode) payload.get("workforce")).putObject("commitmentsSigned").put("percent", 0);
        ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("emulationTitles")).addObject()
                .put("title", "CULTURAL_STANDARD_UNIT");
        return event;
    }

    /** Agencies, not documents: as reported, within the 2025 boundaries, nationally, and accepted only. */
    @Test
    void coverageCountsAgenciesOverThoseReported() {
        given().get(BASE + "/provinces/58").then().statusCode(200)
                .body("coverage.ownPlan.agencies", equalTo(1)).body("coverage.ownPlan.of", equalTo(1))
                .body("coverage.ownPlan.rate", equalTo(1.0f))
                .body("coverage.ownRegulation.agencies", equalTo(0)).body("coverage.ownRegulation.rate", equalTo(0.0f))
                .body("coverage.commitments.agencies", equalTo(1))
                .body("coverage.culturalStandard.agencies", equalTo(0));
        given().get(BASE + "/provinces/56").then().statusCode(200)
                .body("coverage.ownPlan.agencies", equalTo(0)) // the province's plan, cited, is not its own
                .body("coverage.ownRegulation.agencies", equalTo(1))
                .body("coverage.commitments.agencies", equalTo(0)) // 0 %
                .body("coverage.models.agencies", equalTo(1))
                .body("coverage.culturalStandard.agencies", equalTo(1)).body("coverage.culturalStandard.of", equalTo(1));
        for (String path : List.of("/provinces/56?boundaries=2025", "/national")) {
            given().get(BASE + path).then().statusCode(200)
                    .body("agenciesReported", equalTo(2))
                    .body("coverage.ownPlan.agencies", equalTo(1)).body("coverage.ownPlan.of", equalTo(2))
                    .body("coverage.ownPlan.rate", equalTo(0.5f))
                    .body("coverage.ownRegulation.agencies", equalTo(1))
                    .body("coverage.commitments.agencies", equalTo(1))
                    .body("coverage.models.agencies", equalTo(2)).body("coverage.models.rate", equalTo(1.0f))
                    .body("coverage.culturalStandard.agencies", equalTo(1)).body("coverage.culturalStandard.of", equalTo(2));
        }
        given().get(BASE + "/national?accepted=true").then().statusCode(200) // no report accepted: no share
                .body("agenciesReported", equalTo(0))
                .body("coverage.ownPlan.of", equalTo(0)).body("coverage.ownPlan.rate", nullValue());
        given().get(BASE + "/provinces").then().statusCode(200)
                .body("items.find { it.provinceCode == '56' }.coverage.ownRegulation.agencies", equalTo(1));
    }

    @Test
    void provincesAsReportedWithTheirOwnDeadlines() {
        given().get(BASE + "/provinces/58").then().statusCode(200)
                .body("boundaries", nullValue())
                .body("agenciesExpected", equalTo(1)).body("agenciesReported", equalTo(1))
                .body("reportedOnTime", equalTo(1)) // 10 May, before Ninh Thuận's own 15 May deadline
                .body("workforceTotal", equalTo(20));
        given().get(BASE + "/provinces/56").then().statusCode(200)
                .body("agenciesExpected", equalTo(2)).body("agenciesReported", equalTo(1))
                .body("reportedOnTime", equalTo(0)) // after the round's 30 April deadline
                .body("agenciesMissing", equalTo(1));
    }

    @Test
    void the2025BoundariesRollNinhThuanIntoKhanhHoa() {
        given().get(BASE + "/provinces/56?boundaries=2025").then().statusCode(200)
                .body("boundaries", equalTo("2025"))
                .body("provinceCode", equalTo("56"))
                .body("agenciesExpected", equalTo(3)).body("agenciesReported", equalTo(2))
                .body("workforceTotal", equalTo(30)).body("participating", equalTo(29))
                .body("participationRate.value", equalTo(0.96667f))
                .body("reportedOnTime", equalTo(1));
        given().get(BASE + "/provinces/58?boundaries=2025").then().statusCode(404);
        given().get(BASE + "/provinces?boundaries=2025").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].provinceCode", equalTo("56"))
                .body("items[0].workforceTotal", equalTo(30));
        given().get(BASE + "/provinces").then().body("items.provinceCode", equalTo(List.of("56", "58")));
        given().get(BASE + "/provinces/56?boundaries=1975").then().statusCode(400)
                .body("errors[0].field", equalTo("boundaries"));
    }

    @Test
    void nationalFiguresRollUpEveryProvince() {
        given().get(BASE + "/national").then().statusCode(200)
                .body("provinceCode", nullValue())
                .body("agenciesReported", equalTo(2))
                .body("workforceTotal", equalTo(30))
                .body("advancedWorkerRate.2021.numerator", equalTo(10))
                .body("advancedWorkerRate.2021.denominator", equalTo(30))
                .body("advancedWorkerRate.2021.value", equalTo(0.33333f))
                .body("byAgencyKind.OFFICE.agenciesReported", equalTo(1))
                .body("byAgencyKind.OFFICE.workforceTotal", equalTo(10))
                .body("byAgencyKind.PROVINCIAL_DEPARTMENT.participating", equalTo(19));
        given().get("/api/v1/statistics/rounds/NOPE/national").then().statusCode(404);
    }

    @Test
    void theTrendListsEveryRoundInOrder() {
        given().get("/api/v1/statistics/provinces/56/trend?boundaries=2025&size=200").then().statusCode(200)
                .body("items.find { it.roundCode == '" + ROUND + "' }.workforceTotal", equalTo(30))
                .body("items.find { it.roundCode == '" + ROUND + "' }.agenciesReported", equalTo(2));
        given().get("/api/v1/statistics/provinces/03/trend").then().statusCode(404);
    }

    @Test
    void everyStatisticsEndpointAnswersCsv() {
        String csv = given().accept("text/csv").get(BASE + "/provinces/56?boundaries=2025").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(2, lines.length, csv);
        List<String> header = List.of(lines[0].split(","));
        List<String> row = List.of(lines[1].split(",", -1));
        org.junit.jupiter.api.Assertions.assertEquals("30", row.get(header.indexOf("workforceTotal")));
        org.junit.jupiter.api.Assertions.assertEquals("0.96667", row.get(header.indexOf("participationRate.value")));
        org.junit.jupiter.api.Assertions.assertEquals("1", row.get(header.indexOf("agenciesMissing")));
        org.junit.jupiter.api.Assertions.assertEquals("10",
                row.get(header.indexOf("emulationTitles.ADVANCED_WORKER.2021")));
        org.junit.jupiter.api.Assertions.assertEquals("1", row.get(header.indexOf("coverage.ownPlan.agencies")));
        org.junit.jupiter.api.Assertions.assertEquals("2", row.get(header.indexOf("coverage.ownPlan.of")));
        org.junit.jupiter.api.Assertions.assertEquals("0.5", row.get(header.indexOf("coverage.ownPlan.rate")));
        org.junit.jupiter.api.Assertions.assertEquals("1", row.get(header.indexOf("coverage.models.rate")));
        given().accept("text/csv").get(BASE + "/provinces").then().statusCode(200)
                .body(containsString("provinceCode"));
        given().accept("text/csv").get(BASE + "/national").then().statusCode(200);
        given().accept("text/csv").get("/api/v1/statistics/provinces/56/trend").then().statusCode(200)
                .body(containsString("roundCode"));
    }
}
