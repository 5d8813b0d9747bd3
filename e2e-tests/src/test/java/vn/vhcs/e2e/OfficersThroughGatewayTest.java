package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.vhcs.testing.KeycloakServer;

/**
 * Officers signed in at the real Keycloak act through the gateway with their own tokens, got as a
 * script gets them (vhcs-cli's password grant): the board officer of Bình Phước (70) returns a report
 * and locks her province, and the audit names her and her client; a reader of Ninh Thuận (58) gets
 * 403 on 70's figures.
 */
@ExtendWith(RunningSystem.class)
class OfficersThroughGatewayTest {

    static final String ROUND = "OFFICERS-2022";
    static final String LOCK_ROUND = "OFFICERS-LOCK-2022";
    static final String BOARD = "bp.ban-thi-dua";
    static String boardToken;
    static String readerToken;

    @BeforeEach
    void setUp() {
        if (boardToken != null) {
            return;
        }
        RunningSystem.openAnnualRound(ROUND);
        RunningSystem.openAnnualRound(LOCK_ROUND);
        // valid from 1/4/2022: in this test's 2022 rounds, not in SO-KET-2022 (ends 31/3/2022), whose figures for 70
        // EndToEndTest checks exactly
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("""
                code,name,kind,provinceCode,parentCode,validFrom
                70.O-SNV,Sở Nội vụ tỉnh Bình Phước,PROVINCIAL_DEPARTMENT,70,,2022-04-01
                58.O-SNV,Sở Nội vụ tỉnh Ninh Thuận,PROVINCIAL_DEPARTMENT,58,,2022-04-01
                """).post("/api/v1/agencies:import").then().statusCode(200);
        KeycloakServer keycloak = RunningSystem.get().keycloak;
        boardToken = keycloak.token(keycloak.officer(BOARD, "BOARD", "70"));
        readerToken = keycloak.token(keycloak.officer("nt.lanh-dao", "READER", "58"));
        for (String province : new String[] { "58", "70" }) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + province).then().statusCode(200)
                    .body("agenciesExpected", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        }
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void theBoardOfficerOf70ReturnsAReportAndItsVersionsNameHer() {
        String id = given().contentType(ContentType.JSON).body(Map.of("agencyCode", "70.O-SNV", "roundCode", ROUND,
                "document", Map.of("issuedOn", "2022-12-20"),
                "workforce", Map.of("total", 30, "participating", 20, "commitmentsSigned", 20)))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        as(boardToken).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("decision", "RETURNED", "comment", "Bổ sung số cán bộ ký cam kết"))
                .post("/api/v1/reports/" + id + "/review").then().statusCode(200)
                .body("review.decision", equalTo("RETURNED")).body("review.reviewedBy", equalTo(BOARD));
        as(boardToken).get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("items[0].actedBy", equalTo("bootstrap-admin")).body("items[0].actedThrough", nullValue())
                .body("items[1].decision", equalTo("RETURNED"))
                .body("items[1].actedBy", equalTo(BOARD)).body("items[1].actedThrough", equalTo("vhcs-cli"));
    }

    @Test
    void herLockAndHerRemindersNameHer() {
        String lock = "/api/v1/rounds/" + LOCK_ROUND + "/provinces/70/lock";
        as(boardToken).put(lock).then().statusCode(200).body("locked", equalTo(true))
                .body("lockedBy", equalTo(BOARD))
                .body("history[0].actedBy", equalTo(BOARD)).body("history[0].actedThrough", equalTo("vhcs-cli"));
        // only an admin unlocks; with a key, no client is named
        as(boardToken).queryParam("reason", "thử").delete(lock).then().statusCode(403);
        given().queryParam("reason", "Sở Nội vụ nộp bổ sung").delete(lock).then().statusCode(200)
                .body("history[1].actedBy", equalTo("bootstrap-admin")).body("history[1].actedThrough", nullValue());
        as(boardToken).post("/api/v1/rounds/" + ROUND + "/provinces/70/reminders").then().statusCode(202)
                .body("actedBy", equalTo(BOARD)).body("actedThrough", equalTo("vhcs-cli"));
    }

    @Test
    void aReaderOf58ReadsHerProvinceAndGets403OnTheFiguresOf70() {
        as(readerToken).get("/api/v1/statistics/rounds/" + ROUND + "/provinces/58").then().statusCode(200);
        as(readerToken).get("/api/v1/statistics/rounds/" + ROUND + "/provinces/70").then().statusCode(403)
                .contentType("application/problem+json");
        as(readerToken).get("/api/v1/clients/me").then().statusCode(200).body("role", equalTo("READER"))
                .body("username", equalTo("nt.lanh-dao")).body("through", equalTo("vhcs-cli"));
    }

    @Test
    void thePageLearnsWhereToSignIn() {
        given().header("Authorization", "").get("/dashboard/oidc.json").then().statusCode(200)
                .body("issuer", equalTo(RunningSystem.get().keycloak.issuer()))
                .body("clientId", equalTo("vhcs-dashboard"));
    }
}
