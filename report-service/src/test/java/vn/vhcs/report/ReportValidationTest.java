package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.vhcs.report.ReportFixtures.REMOVE;
import static vn.vhcs.report.ReportFixtures.with;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every rule of the v1 contract: a 4xx problem naming the field, and nothing stored. */
@QuarkusTest
class ReportValidationTest {

    private String agency;

    @BeforeEach
    void registry() {
        agency = ReportFixtures.roundAndAgency("70");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                // path, value, field named in the answer
                Arguments.of("workforce.participating", 21, "workforce.participating"),
                Arguments.of("workforce.commitmentsSigned", 21, "workforce.commitmentsSigned"),
                Arguments.of("memberUnits.withCultureRules", 11, "memberUnits.withCultureRules"),
                Arguments.of("workforce.total", -1, "workforce.total"),
                Arguments.of("workforce.total", 1_000_001, "workforce.total"),
                Arguments.of("workforce.total", 20.5, "workforce.total"),
                Arguments.of("workforce.total", "20", "workforce.total"),
                Arguments.of("commendations[0].count", -3, "commendations[0].count"),
                Arguments.of("indicators.computerEquipmentPercent", 100.5, "indicators.computerEquipmentPercent"),
                Arguments.of("indicators.citizenSatisfactionPercent", -1, "indicators.citizenSatisfactionPercent"),
                Arguments.of("document.issuedOn", "2019-06-13", "document.issuedOn"),
                Arguments.of("document.issuedOn", "2100-01-01", "document.issuedOn"),
                Arguments.of("document.issuedOn", "25/04/2022", "document.issuedOn"),
                Arguments.of("commendations[0].year", 2018, "commendations[0].year"),
                Arguments.of("emulationTitles[0].year", 2023, "emulationTitles[0].year"),
                Arguments.of("directives[0].issuedOn", "2022-04-26", "directives[0].issuedOn"),
                Arguments.of("emulationTitles[0].count", 21, "emulationTitles[0].count"),
                Arguments.of("models[2].sector", "TOURISM", "models[2].sector"),
                Arguments.of("directives[0].kind", "MEMO", "directives[0].kind"),
                Arguments.of("commendations[0].form", "MEDAL_OF_HONOUR", "commendations[0].form"),
                Arguments.of("commendations[0].recipientKind", "FAMILY", "commendations[0].recipientKind"),
                Arguments.of("emulationTitles[0].title", "HERO", "emulationTitles[0].title"),
                Arguments.of("id", "00000000-0000-0000-0000-000000000001", "id"),
                Arguments.of("status", "SUBMITTED", "status"),
                Arguments.of("provinceCode", "01", "provinceCode"),
                Arguments.of("workforce.volunteers", 3, "workforce.volunteers"),
                Arguments.of("document.signerName", "Phạm Thị\u0007 Anh Thư", "document.signerName"),
                Arguments.of("models[0].name", "Bảng\nnội quy", "models[0].name"),
                Arguments.of("narrative.lessons", "a".repeat(20_001), "narrative.lessons"),
                Arguments.of("document.number", "x".repeat(101), "document.number"),
                Arguments.of("models[1].name", "   ", "models[1].name"),
                Arguments.of("agencyCode", REMOVE, "agencyCode"),
                Arguments.of("agencyCode", "a b", "agencyCode"),
                Arguments.of("roundCode", "so-ket-2022", "roundCode"),
                Arguments.of("models", List.of("not an object"), "models[0]"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsA400NamingTheFieldAndNothingIsStored(String path, Object value, String field) {
        Map<String, Object> report = with(ReportFixtures.report(agency), path, value);
        given().contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:vhcs:problem:validation"))
                .body("errors.field", hasItem(field))
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")));
        nothingStored();
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        Map<String, Object> report = ReportFixtures.report(agency);
        with(report, "workforce.participating", 25);
        with(report, "workforce.commitmentsSigned", 30);
        with(report, "commendations[0].year", 2010);
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("workforce.participating",
                        "workforce.commitmentsSigned", "commendations[0].year"));
        nothingStored();
    }

    @Test
    void anUnknownAgencyIsA422NamingAgencyCode() {
        given().contentType(ContentType.JSON).body(ReportFixtures.report("70.NOBODY"))
                .post("/api/v1/reports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("agencyCode"));
        given().get("/api/v1/reports?agency=70.NOBODY").then().body("total", equalTo(0));
    }

    @Test
    void anUnknownRoundIsA422NamingRoundCode() {
        given().contentType(ContentType.JSON).body(with(ReportFixtures.report(agency), "roundCode", "TONG-KET-2099"))
                .post("/api/v1/reports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("roundCode"));
        nothingStored();
    }

    @Test
    void malformedJsonIsA400WithoutAStackTrace() {
        given().contentType(ContentType.JSON).body("{\"agencyCode\": \"" + agency + "\", ")
                .post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:vhcs:problem:malformed-request"))
                .body(not(containsString("Exception")));
        nothingStored();
    }

    @Test
    void aBodyOver256KiBIsA413() {
        Map<String, Object> report = with(ReportFixtures.report(agency), "narrative.results", "ă".repeat(140_000));
        given().contentType(ContentType.JSON).body(report)
                .post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        nothingStored();
    }

    @Test
    void aBodyOfExactly256KiBIsReadAndJudgedOnItsContent() {
        String padding = "a".repeat(262_144 - 400);
        String body = "{\"agencyCode\":\"" + agency + "\",\"narrative\":{\"results\":\"" + padding + "\"}}";
        body = body + " ".repeat(262_144 - body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("narrative.results"));
    }

    @Test
    void textIsTrimmedAndStoredInUnicodeNfc() {
        // "Thư" typed with a combining hook-and-dot: U+0075 U+031B ... decomposed form
        String decomposed = java.text.Normalizer.normalize("Phạm Thị Anh Thư", java.text.Normalizer.Form.NFD);
        Map<String, Object> report = with(ReportFixtures.report(agency), "document.signerName", "  " + decomposed + " ");
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports")
                .then().statusCode(201)
                .body("document.signerName", equalTo("Phạm Thị Anh Thư"));
    }

    private void nothingStored() {
        given().get("/api/v1/reports?agency=" + agency).then().statusCode(200).body("total", equalTo(0));
    }
}
