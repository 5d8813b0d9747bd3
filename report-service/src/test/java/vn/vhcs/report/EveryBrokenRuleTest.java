package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.vhcs.report.ReportFixtures.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * One answer lists every broken rule of a body (issue 9): shape (wrong JSON type), unknown fields
 * at any depth, enum values, ranges and cross-field rules together, each with its JSON path.
 */
@QuarkusTest
class EveryBrokenRuleTest {

    private static final String VIETNAMESE = ".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*";

    private String agency;

    @BeforeEach
    void registry() {
        agency = ReportFixtures.roundAndAgency("70");
    }

    /** An unknown field, a bad enum, a negative count and participating > total (20). */
    private Map<String, Object> fourMistakes() {
        Map<String, Object> report = ReportFixtures.report(agency);
        with(report, "workforce.volunteers", 3);
        with(report, "models[2].sector", "TOURISM");
        with(report, "commendations[0].count", -3);
        with(report, "workforce.participating", 25);
        return report;
    }

    private static ValidatableResponse post(Object body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .post("/api/v1/reports").then();
    }

    @Test
    void fourDifferentMistakesComeInOneAnswerAndNothingIsStored() {
        post(fourMistakes(), "en").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:vhcs:problem:validation"))
                .body("detail", equalTo("The request breaks 4 rule(s)"))
                .body("errors.field", containsInAnyOrder("workforce.volunteers", "models[2].sector",
                        "commendations[0].count", "workforce.participating"))
                .body("errors.find { it.field == 'workforce.volunteers' }.message", equalTo("unknown field"))
                .body("errors.find { it.field == 'models[2].sector' }.message", containsString("must be one of"))
                .body("errors.find { it.field == 'models[2].sector' }.message", containsString("ADMINISTRATION"))
                .body("errors.find { it.field == 'commendations[0].count' }.message",
                        equalTo("must be a whole number from 0 to 1,000,000"))
                .body("errors.find { it.field == 'workforce.participating' }.message",
                        equalTo("must not exceed workforce.total (20)"))
                .body(not(containsString("Exception")));
        given().get("/api/v1/reports?agency=" + agency).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theSameBodyAnswersInVietnameseWithTheSamePaths() {
        String english = post(fourMistakes(), "en").statusCode(400).extract().asString();
        ValidatableResponse vietnamese = post(fourMistakes(), "vi").statusCode(400)
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", equalTo("Yêu cầu vi phạm 4 quy tắc"))
                .body("errors.field", containsInAnyOrder("workforce.volunteers", "models[2].sector",
                        "commendations[0].count", "workforce.participating"));
        List<Map<String, String>> errors = vietnamese.extract().path("errors");
        List<Map<String, String>> inEnglish = io.restassured.path.json.JsonPath.from(english).getList("errors");
        for (Map<String, String> error : errors) {
            String message = error.get("message");
            String englishMessage = inEnglish.stream().filter(e -> e.get("field").equals(error.get("field")))
                    .findFirst().orElseThrow().get("message");
            assertNotEquals(englishMessage, message, "translated: " + error.get("field"));
            org.junit.jupiter.api.Assertions.assertTrue(message.matches(VIETNAMESE),
                    "Vietnamese text expected for " + error.get("field") + ": " + message);
        }
    }

    @Test
    void anUnknownFieldIsNamedByItsPathAtAnyDepth() {
        Map<String, Object> report = ReportFixtures.report(agency);
        with(report, "directives[0].author", "Văn phòng Sở");
        with(report, "document.seal", true);
        with(report, "models[1].details.area", "Hành chính");
        post(report, "en").statusCode(400)
                .body("errors.field", containsInAnyOrder("directives[0].author", "document.seal", "models[1].details"))
                .body("errors.message", org.hamcrest.Matchers.everyItem(equalTo("unknown field")));
    }

    @Test
    void aNumberIsNoEnumValue() {
        post(with(ReportFixtures.report(agency), "directives[0].kind", 1), "en").statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("directives[0].kind"))
                .body("errors[0].message", containsString("must be one of PLAN, DECISION"));
    }

    @Test
    void aDateTimeIsNoDate() {
        post(with(ReportFixtures.report(agency), "document.issuedOn", "2022-04-25T10:00:00"), "en").statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("document.issuedOn"))
                .body("errors[0].message", equalTo("invalid value '2022-04-25T10:00:00' for a date (YYYY-MM-DD)"));
    }

    @Test
    void aStringIsNoCountAndAnObjectNoList() {
        Map<String, Object> report = ReportFixtures.report(agency);
        with(report, "workforce.total", "20");
        with(report, "commendations[0].count", 2.5);
        report.put("models", Map.of("name", "Bảng nội quy"));
        // the total is left out for its wrong type: nothing is compared with it
        post(report, "en").statusCode(400)
                .body("errors.field", containsInAnyOrder("workforce.total", "commendations[0].count", "models"))
                .body("errors.find { it.field == 'workforce.total' }.message",
                        equalTo("wrong type: expected a whole number"))
                .body("errors.find { it.field == 'commendations[0].count' }.message",
                        equalTo("wrong type: expected a whole number"))
                .body("errors.find { it.field == 'models' }.message", equalTo("wrong type: expected a list"));
    }

    @Test
    void aFigureIsJudgedInsideToo() {
        Map<String, Object> report = ReportFixtures.report(agency);
        with(report, "workforce.participating", Map.of("count", "18", "share", 90));
        with(report, "workforce.commitmentsSigned", "20");
        with(report, "emulationTitles[0].count", Map.of("percent", 90, "qualifier", "ABOUT"));
        post(report, "en").statusCode(400)
                .body("errors.field", containsInAnyOrder("workforce.participating.count", "workforce.participating.share",
                        "workforce.commitmentsSigned", "emulationTitles[0].count.qualifier"))
                .body("errors.find { it.field == 'workforce.commitmentsSigned' }.message",
                        equalTo("wrong type: expected a whole number, or an object of count, percent and qualifier"))
                .body("errors.find { it.field == 'emulationTitles[0].count.qualifier' }.message",
                        containsString("must be one of EXACT, MORE_THAN"));
    }

    @Test
    void aRevisionListsEveryBrokenRuleTooAndChangesNothing() {
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> report = fourMistakes();
        with(report, "document.issuedOn", "2100-01-01"); // after the round's closing day: a rule of the round
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report).put("/api/v1/reports/" + id)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("workforce.volunteers", "models[2].sector",
                        "commendations[0].count", "workforce.participating", "document.issuedOn"));
        given().get("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void malformedJsonIsStillOneMalformedAnswerWithItsPosition() {
        post("{\"agencyCode\": \"" + agency + "\",\n \"workforce\": {\"total\": 20,,}}", "en").statusCode(400)
                .body("type", equalTo("urn:vhcs:problem:malformed-request"))
                .body("detail", containsString("line 2"))
                .body("errors.field", org.hamcrest.Matchers.contains("workforce.total"));
        post("[1, 2]", "en").statusCode(400).body("type", equalTo("urn:vhcs:problem:malformed-request"));
        given().get("/api/v1/reports?agency=" + agency).then().body("total", equalTo(0));
    }

    @Test
    void aGoodBodyIsStillTakenAsItWasWritten() {
        post(ReportFixtures.report(agency), "en").statusCode(201)
                .body("workforce.total", equalTo(20))
                .body("directives[0].kind", equalTo("PLAN"))
                .body("document.issuedOn", equalTo("2022-04-25"))
                .body("models.sector", hasItem("EDUCATION"));
    }
}
