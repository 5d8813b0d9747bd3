package vn.vhcs.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.GatewayTokens;

/**
 * An officer signed in at the identity provider is named in the audit trail by her username, with
 * the client she acted through; an API key's records name its client and no such client.
 */
@QuarkusTest
class OfficerAuditTest {

    private static final String BOARD_70 = GatewayTokens.bearer(
            GatewayTokens.officer("bp.thidua", "vhcs-cli", "BOARD", List.of("70")));

    @Test
    void aReviewByAnOfficerNamesHerAndHerClient() {
        String agency = ReportFixtures.roundAndAgency("70");
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", BOARD_70).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("decision", "RETURNED", "comment", "Bổ sung số liệu khen thưởng"))
                .post("/api/v1/reports/" + id + "/review").then().statusCode(200)
                .body("review.reviewedBy", equalTo("bp.thidua"));
        given().get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("items[0].actedBy", equalTo("test-admin")).body("items[0].actedThrough", nullValue())
                .body("items[1].actedBy", equalTo("bp.thidua")).body("items[1].actedThrough", equalTo("vhcs-cli"))
                .body("items[1].decision", equalTo("RETURNED"));
    }

    @Test
    void aLockByAnOfficerNamesHerAndAnUnlockByAKeyItsClient() {
        // a round of its own: no other test's reports meet this lock
        String round = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "ANNUAL", "periodStart", "2023-01-01", "periodEnd", "2023-12-31",
                        "dueDate", "2024-01-31", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(201);
        String lock = "/api/v1/rounds/" + round + "/provinces/70/lock";
        given().header("Authorization", BOARD_70).put(lock).then().statusCode(200)
                .body("lockedBy", equalTo("bp.thidua"))
                .body("history[0].actedBy", equalTo("bp.thidua"))
                .body("history[0].actedThrough", equalTo("vhcs-cli"));
        given().queryParam("reason", "Sở Tư pháp nộp bổ sung").delete(lock).then().statusCode(200)
                .body("history[1].action", equalTo("UNLOCKED"))
                .body("history[1].actedBy", equalTo("test-admin"))
                .body("history[1].actedThrough", nullValue());
    }
}
