package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Bad input refused at the door (issue 11): strict JSON and UTF-8, unsafe text wherever it is,
 * unsafe paths, queries and headers, bodies without a media type or with an encoding, overlong
 * targets and headers; each a 4xx problem document, nothing stored.
 */
@QuarkusTest
class StrictRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private String agency;

    @BeforeEach
    void registry() {
        agency = ReportFixtures.roundAndAgency("70");
    }

    private String report() throws Exception {
        return JSON.writeValueAsString(ReportFixtures.report(agency));
    }

    private static ValidatableResponse post(byte[] body) {
        return given().contentType("application/json").body(body).post("/api/v1/reports").then()
                .contentType("application/problem+json");
    }

    private void nothingStored() {
        given().get("/api/v1/reports?agency=" + agency).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void trailingContentAndMembersGivenTwiceAreRefused() throws Exception {
        String report = report();
        post((report + report).getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].message", equalTo("nothing may follow the JSON document"));
        post(report.replace("\"total\":20", "\"total\":20,\"total\":2000").getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("errors[0].field", equalTo("workforce.total"))
                .body("errors[0].message", equalTo("field given twice"));
        nothingStored();
    }

    @Test
    void invalidUtf8IsRefusedNeverRepaired() throws Exception {
        byte[] body = report().replace("Giám đốc", "@@").getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.ISO_8859_1).replace("@@", "\u00c0\u00af");
        post(text.getBytes(StandardCharsets.ISO_8859_1)).statusCode(400)
                .body("type", equalTo("urn:vhcs:problem:malformed-request"))
                .body("errors[0].message", startsWith("The body is not valid UTF-8 (byte "));
        nothingStored();
    }

    @Test
    void unsafeTextAndEveryOtherErrorComeTogether() throws Exception {
        Map<String, Object> report = ReportFixtures.report(agency);
        ReportFixtures.with(report, "document.signerName", "Phạm\u202eThư");
        ReportFixtures.with(report, "models[0].name", "Bảng\u0000");
        ReportFixtures.with(report, "directives[0].kind", 1);
        ReportFixtures.with(report, "workforce.volunteers", 3);
        String json = JSON.writeValueAsString(report).replace("Thư\"", "\\ud800\"");
        given().contentType(ContentType.JSON).header("Accept-Language", "vi").body(json).post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("document.signerName", "models[0].name",
                        "directives[0].kind", "workforce.volunteers"))
                .body("errors.find { it.field == 'models[0].name' }.message", containsString("ký tự điều khiển"));
        nothingStored();
    }

    @Test
    void anAgencyNameWithABidiControlIsRefused() {
        String code = "70.BIDI" + System.nanoTime() % 100000;
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Sở \\u202eụv iộN\",\"kind\":\"OFFICE\",\"provinceCode\":\"70\"}")
                .put("/api/v1/agencies/" + code).then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("name")))
                .body("errors[0].message", containsString("bidirectional"));
        given().get("/api/v1/agencies/" + code).then().statusCode(404);
    }

    @Test
    void unsafePathsQueriesAndHeadersAreRefusedTogether() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/reports/%00?agency=70%00&round=%E2%80%AE&page=%C0%80").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("path", "agency", "round", "page"));
    }

    @Test
    void aBodyMustSayWhatItIsUncompressedAndInUtf8() throws Exception {
        String report = report();
        given().contentType(ContentType.JSON).header("Content-Encoding", "gzip").body(report).post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json").header("Accept-Encoding", "identity");
        given().contentType("application/json; charset=ISO-8859-1").body(report.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports").then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "").body(report).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        nothingStored();
    }

    @Test
    void aBadBodyWithAnIdempotencyKeyLeavesNoRecord() throws Exception {
        Map<String, Object> report = ReportFixtures.report(agency);
        ReportFixtures.with(report, "workforce.participating", 25);
        String key = "strict-" + System.nanoTime();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(report).post("/api/v1/reports")
                .then().statusCode(400);
        // the key was never claimed: the corrected body runs under it
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ReportFixtures.report(agency))
                .post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void overlongTargetsAndHeadersAnswerProblems() {
        given().get("/api/v1/agencies/" + "A".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        given().header("X-Big", "x".repeat(30_000)).get("/api/v1/reports").then().statusCode(431)
                .contentType("application/problem+json").body("type", equalTo("urn:vhcs:problem:request-header-fields-too-large"));
    }

    @Test
    void aCsvWhoseEveryLineIsBadListsEveryErrorOfEachLine() {
        String n = Long.toString(System.nanoTime() % 100000);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,provinceCode,staffing\n"
                        + "70.NUL" + n + ",Sở\u0000,DEPARTMENT,70,x\n"
                        + "70.RLO" + n + ",Sở \u202e,OFFICE,700,\n")
                .post("/api/v1/agencies:import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("line[2].name", "line[2].kind", "line[2].staffing",
                        "line[3].name", "line[3].provinceCode"));
        given().get("/api/v1/agencies/70.NUL" + n).then().statusCode(404);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body(("code,name,kind,provinceCode\n70.L1" + n + ",S\u00f5,OFFICE,70\n").getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/agencies:import").then().statusCode(400)
                .body("detail", startsWith("The body is not valid UTF-8"));
        given().get("/api/v1/agencies/70.L1" + n).then().statusCode(404);
    }
}
