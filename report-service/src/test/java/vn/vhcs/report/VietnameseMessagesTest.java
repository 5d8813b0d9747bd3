package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every rule answers in Vietnamese with Accept-Language: vi, with the JSON path unchanged. */
@QuarkusTest
class VietnameseMessagesTest {

    private String agency;

    @BeforeEach
    void registry() {
        agency = ReportFixtures.roundAndAgency("70");
    }

    static Stream<Arguments> rules() {
        return ReportValidationTest.brokenRules();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("rules")
    void everyRuleAnswersInVietnameseWithTheSamePath(String path, Object value, String field) {
        Map<String, Object> report = ReportFixtures.with(ReportFixtures.report(agency), path, value);
        String english = post(report, "en").extract().path("errors.find { it.field == '" + field + "' }.message");
        String vietnamese = post(report, "vi").body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", hasItem(field))
                .extract().path("errors.find { it.field == '" + field + "' }.message");
        org.junit.jupiter.api.Assertions.assertNotEquals(english, vietnamese,
                "the message for " + field + " must be translated");
        org.junit.jupiter.api.Assertions.assertTrue(vietnamese.matches(".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*"),
                "Vietnamese text expected for " + field + ": " + vietnamese);
    }

    private ValidatableResponse post(Map<String, Object> report, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(report)
                .post("/api/v1/reports").then().statusCode(400);
    }

    @Test
    void registryAndLifecycleProblemsToo() {
        given().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").contentType(ContentType.JSON)
                .body(ReportFixtures.report("70.NOBODY")).post("/api/v1/reports")
                .then().statusCode(422).body("errors[0].field", equalTo("agencyCode"))
                .body("errors[0].message", containsString("không có cơ quan"));
        given().header("Accept-Language", "vi").get("/api/v1/reports?size=0")
                .then().statusCode(400).body("errors[0].message", containsString("phải từ 1 đến"));
        given().header("Accept-Language", "vi").contentType(ContentType.JSON).body("{")
                .post("/api/v1/reports").then().statusCode(400).body("detail", containsString("không phải JSON"));
        given().header("Accept-Language", "fr").get("/api/v1/reports?size=0")
                .then().statusCode(400).body("errors[0].message", containsString("must be between"));
    }
}
