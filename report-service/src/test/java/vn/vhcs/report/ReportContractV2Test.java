package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.testing.GatewayTokens;

/**
 * The v2 contract (DESIGN "The report (JSON, v2)"): figures as counts or percents with qualifiers,
 * optional totals and document fields, cited documents, models registered, inspections, receivedOn.
 */
@QuarkusTest
class ReportContractV2Test {

    private String agency;

    @BeforeEach
    void registry() {
        agency = ReportFixtures.roundAndAgency("70");
    }

    /** What a real report says: percents without a headcount, a draft's blank number and day. */
    private Map<String, Object> asWritten() {
        return new java.util.LinkedHashMap<>(Map.of(
                "agencyCode", agency,
                "roundCode", ReportFixtures.ROUND,
                "document", Map.of("signerTitle", "Giám đốc"),
                "workforce", Map.of("participating", Map.of("percent", 100),
                        "commitmentsSigned", Map.of("percent", 100)),
                "memberUnits", Map.of("withCultureRules", Map.of("percent", 80, "qualifier", "APPROXIMATELY")),
                "directives", List.of(
                        Map.of("kind", "PLAN", "number", "18/KH-SNgV", "issuedOn", "2019-07-11"),
                        Map.of("kind", "DECISION", "issuer", "CITED", "issuedBy", "Thủ tướng Chính phủ",
                                "number", "733/QĐ-TTg", "issuedOn", "2019-06-14")),
                "indicators", Map.of("citizenSatisfactionPercent", Map.of("percent", 95, "qualifier", "MORE_THAN")),
                "modelsRegistered", 5,
                "models", List.of(Map.of("name", "Bảng nội quy có chấm điểm hằng tháng", "sector", "ADMINISTRATION")),
                "emulationTitles", List.of(Map.of("title", "ADVANCED_WORKER", "year", 2021,
                        "count", Map.of("percent", 90, "qualifier", "AT_LEAST")))));
    }

    @Test
    void aReportWithPercentsOnlyNoHeadcountAndNoNumberOrDayIsAcceptedAsStated() {
        String id = given().contentType(ContentType.JSON).body(asWritten()).post("/api/v1/reports")
                .then().statusCode(201)
                .body("workforce.total", nullValue())
                .body("workforce.participating.percent", equalTo(100))
                .body("workforce.participating.count", nullValue())
                .body("memberUnits.withCultureRules.qualifier", equalTo("APPROXIMATELY"))
                .body("document.number", nullValue())
                .body("document.issuedOn", nullValue())
                .body("directives[1].issuer", equalTo("CITED"))
                .body("directives[1].issuedBy", equalTo("Thủ tướng Chính phủ"))
                .body("indicators.citizenSatisfactionPercent.qualifier", equalTo("MORE_THAN"))
                .body("modelsRegistered", equalTo(5))
                .body("emulationTitles[0].count.percent", equalTo(90))
                .extract().path("id");
        given().get("/api/v1/reports/" + id).then().statusCode(200)
                .body("emulationTitles[0].count.qualifier", equalTo("AT_LEAST"));
    }

    @Test
    void aFigureGivenAsCountAndPercentMustAgreeWithItsTotal() {
        Map<String, Object> report = ReportFixtures.report(agency);
        ReportFixtures.with(report, "workforce.participating", Map.of("count", 18, "percent", 90));
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(201);

        Map<String, Object> other = ReportFixtures.report(ReportFixtures.agency("70"));
        ReportFixtures.with(other, "workforce.participating", Map.of("count", 18, "percent", 95));
        given().contentType(ContentType.JSON).body(other).post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", hasItem("workforce.participating.percent"));
    }

    @Test
    void everyFigureRuleNamesItsPath() {
        Map<String, Object> report = ReportFixtures.report(agency);
        ReportFixtures.with(report, "workforce.participating", Map.of("percent", 100.5));
        ReportFixtures.with(report, "workforce.commitmentsSigned", Map.of("percent", 33.333));
        ReportFixtures.with(report, "memberUnits.withPlans", Map.of());
        ReportFixtures.with(report, "memberUnits.withCultureRules", Map.of("count", 11));
        ReportFixtures.with(report, "modelsRegistered", 2);
        ReportFixtures.with(report, "inspections", Map.of("held", 1, "violationsFound", 1, "violationsHandled", 2));
        ReportFixtures.with(report, "indicators.computerEquipmentPercent", Map.of("percent", 101));
        ReportFixtures.with(report, "emulationTitles[0].count", Map.of("count", 21));
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", hasItems("workforce.participating.percent", "workforce.commitmentsSigned.percent",
                        "memberUnits.withPlans", "memberUnits.withCultureRules", "modelsRegistered",
                        "inspections.violationsHandled", "indicators.computerEquipmentPercent",
                        "emulationTitles[0].count"));
    }

    @Test
    void aCitedDocumentMayBeOlderThanTheRoundButAnOwnOneNotLaterThanTheReport() {
        Map<String, Object> report = ReportFixtures.report(agency);
        ReportFixtures.with(report, "directives", List.of(
                Map.of("kind", "RESOLUTION", "issuer", "CITED", "issuedBy", "Ban Chấp hành Trung ương",
                        "number", "05-NQ/TW", "issuedOn", "2012-01-01"),
                Map.of("kind", "PLAN", "issuer", "SELF", "number", "99/KH", "issuedOn", "2022-05-01")));
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", equalTo(List.of("directives[1].issuedOn")));
    }

    @Test
    void onlyAnAdminSetsReceivedOnAndItDecidesTimeliness() {
        Map<String, Object> byPortal = ReportFixtures.report(agency);
        ReportFixtures.with(byPortal, "receivedOn", "2022-04-27");
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.submitter("portal-70", List.of(agency),
                List.of()))).contentType(ContentType.JSON).body(byPortal).post("/api/v1/reports").then()
                .statusCode(403).body("errors.field", equalTo(List.of("receivedOn")));

        // keyed in by the board after the round: on time because the paper reached it by the due date
        String id = given().contentType(ContentType.JSON).body(byPortal).post("/api/v1/reports").then()
                .statusCode(201).body("receivedOn", equalTo("2022-04-27")).body("onTime", equalTo(true))
                .extract().path("id");
        ReportFixtures.with(byPortal, "receivedOn", "2022-05-02");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(byPortal).put("/api/v1/reports/" + id)
                .then().statusCode(200).body("onTime", equalTo(false));

        // a portal's revision keeps the day the board set
        ReportFixtures.with(byPortal, "receivedOn", ReportFixtures.REMOVE);
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.submitter("portal-70", List.of(agency),
                List.of()))).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(byPortal)
                .put("/api/v1/reports/" + id).then().statusCode(200).body("receivedOn", equalTo("2022-05-02"));
    }

    @Test
    void theNewCollectiveTitleIsAccepted() {
        Map<String, Object> report = ReportFixtures.report(agency);
        ReportFixtures.with(report, "emulationTitles", List.of(Map.of("title", "CULTURAL_STANDARD_UNIT", "year", 2021,
                "count", 1)));
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(201)
                .body("emulationTitles[0].count", equalTo(1)); // a count alone reads back as sent
    }
}
