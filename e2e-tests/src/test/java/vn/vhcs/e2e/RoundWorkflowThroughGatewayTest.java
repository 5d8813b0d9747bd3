package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The province board's workflow (issue 13) through the gateway with the real services and broker:
 * a board key reviews its province's reports (returns one, the portal revises it, the board accepts
 * it), and the statistics count the accepted ones on write; a board locks its province for the round
 * (writes 409 there, not in another province) and publishes a snapshot that later revisions leave as it was.
 */
@ExtendWith(RunningSystem.class)
class RoundWorkflowThroughGatewayTest {

    static final String ROUND = "WORKFLOW-2022";
    static final String STATS = "/api/v1/statistics/rounds/" + ROUND;
    static String board;
    static String boardId;
    static String otherBoard;
    static String portal;

    @BeforeEach
    void registry() {
        if (board != null) {
            return;
        }
        RunningSystem.openAnnualRound(ROUND);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("""
                code,name,kind,provinceCode,parentCode
                46.W-SNV,Sở Nội vụ tỉnh Thừa Thiên Huế,PROVINCIAL_DEPARTMENT,46,
                46.W-STP,Sở Tư pháp tỉnh Thừa Thiên Huế,PROVINCIAL_DEPARTMENT,46,
                49.W-SNV,Sở Nội vụ tỉnh Quảng Nam,PROVINCIAL_DEPARTMENT,49,
                49.W-STP,Sở Tư pháp tỉnh Quảng Nam,PROVINCIAL_DEPARTMENT,49,
                49.W-SYT,Sở Y tế tỉnh Quảng Nam,PROVINCIAL_DEPARTMENT,49,
                48.W-SNV,Sở Nội vụ thành phố Đà Nẵng,PROVINCIAL_DEPARTMENT,48,
                """).post("/api/v1/agencies:import").then().statusCode(200);
        var created = given().contentType(ContentType.JSON).body(Map.of("name", "Ban Thi đua - Khen thưởng tỉnh "
                + "Thừa Thiên Huế", "role", "BOARD", "provinces", List.of("46", "49"))).post("/api/v1/clients").then()
                .statusCode(201).body("role", equalTo("BOARD")).extract();
        board = created.path("key");
        boardId = created.path("id");
        otherBoard = key(Map.of("name", "Ban Thi đua tỉnh khác", "role", "BOARD", "provinces", List.of("48")));
        portal = key(Map.of("name", "Cổng dịch vụ công miền Trung", "role", "SUBMITTER", "provinces",
                List.of("46", "48", "49")));
        // the round and its agencies reach the statistics through Kafka: a read before then is a 404
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS + "/provinces/46").then()
                .statusCode(200).body("agenciesExpected", equalTo(2)));
    }

    static String key(Map<String, Object> client) {
        return given().contentType(ContentType.JSON).body(client).post("/api/v1/clients").then().statusCode(201)
                .extract().path("key");
    }

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    static Map<String, Object> report(String agency, int participating) {
        return Map.of("agencyCode", agency, "roundCode", ROUND, "document", Map.of("issuedOn", "2022-12-20"),
                "workforce", Map.of("total", 30, "participating", participating, "commitmentsSigned", participating));
    }

    static Map<String, Object> decision(String decision, String comment) {
        return comment == null ? Map.of("decision", decision) : Map.of("decision", decision, "comment", comment);
    }

    @Test
    void aBoardKeyIsAProvinceKeyAndNeverNational() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "BOARD", "provinces",
                List.of("national"))).post("/api/v1/clients").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("provinces"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "BOARD", "agencies",
                List.of("46.W-SNV"), "provinces", List.of("46"))).post("/api/v1/clients").then().statusCode(400)
                .body("errors.field", hasItem("agencies"));
        as(board).get(STATS + "/provinces/46").then().statusCode(200);
        as(board).get(STATS + "/provinces/48").then().statusCode(403);
        as(board).get(STATS + "/national").then().statusCode(403);
        as(board).contentType(ContentType.JSON).body(report("46.W-SNV", 1)).post("/api/v1/reports").then()
                .statusCode(403);
    }

    @Test
    void aReturnedReportIsRevisedByThePortalThenAcceptedAndCounted() {
        String id = as(portal).contentType(ContentType.JSON).body(report("46.W-SNV", 20)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        String url = "/api/v1/reports/" + id;
        String review = url + "/review";
        as(board).get(url).then().statusCode(200).body("review", nullValue());

        // every broken rule of the body, with its path; the If-Match rules as on other writes
        as(board).filter(WireCheck.offContract()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("decision", "MAYBE", "extra", 1)).post(review).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("decision")).body("errors.field", hasItem("extra"));
        as(board).contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Accept-Language", "vi")
                .body(decision("RETURNED", " ")).post(review).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"))
                .body("errors[0].message", equalTo("báo cáo trả lại cần có nhận xét nêu rõ nội dung cần sửa"));
        as(board).filter(WireCheck.offContract()).contentType(ContentType.JSON).body(decision("ACCEPTED", null))
                .post(review).then().statusCode(428);
        as(board).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(decision("ACCEPTED", null))
                .post(review).then().statusCode(412).header("ETag", "\"1\"");
        as(portal).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(decision("ACCEPTED", null))
                .post(review).then().statusCode(403);
        as(otherBoard).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(decision("ACCEPTED", null))
                .post(review).then().statusCode(404);

        as(board).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(decision("RETURNED", "Bổ sung số cán bộ ký cam kết")).post(review).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("review.decision", equalTo("RETURNED"));
        // the portal sees why it came back
        as(portal).get(url).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("review.decision", equalTo("RETURNED"))
                .body("review.comment", equalTo("Bổ sung số cán bộ ký cam kết"))
                .body("review.reviewedBy", equalTo(boardId)).body("review.reviewedVersion", equalTo(1));
        as(portal).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(report("46.W-SNV", 25)).put(url)
                .then().statusCode(200).header("ETag", "\"3\"").body("status", equalTo("SUBMITTED"))
                .body("review", nullValue());
        as(board).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(decision("ACCEPTED", "Đạt"))
                .post(review).then().statusCode(200).header("ETag", "\"4\"")
                .body("review.decision", equalTo("ACCEPTED"));

        as(portal).get(url + "/versions").then().statusCode(200)
                .body("items.status", equalTo(List.of("SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED")))
                .body("items[1].decision", equalTo("RETURNED"))
                .body("items[1].comment", equalTo("Bổ sung số cán bộ ký cam kết"))
                .body("items[1].actedBy", equalTo(boardId)).body("items[1].changedFields", equalTo(List.of("review")))
                .body("items[2].decision", nullValue()).body("items[2].changedFields", hasItem("status"))
                .body("items[3].decision", equalTo("ACCEPTED")).body("items[3].comment", equalTo("Đạt"));

        // accepted reports are counted on write; another report is reported but not accepted
        as(portal).contentType(ContentType.JSON).body(report("46.W-STP", 10)).post("/api/v1/reports").then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(board).get(STATS + "/provinces/46").then()
                .statusCode(200).body("agenciesReported", equalTo(2)).body("agenciesAccepted", equalTo(1))
                .body("participating", equalTo(35)));
        // a revision takes the acceptance away: the new version is to be reviewed again
        as(portal).contentType(ContentType.JSON).header("If-Match", "\"4\"").body(report("46.W-SNV", 26)).put(url)
                .then().statusCode(200).body("status", equalTo("REVISED")).body("review", nullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(board).get(STATS + "/provinces/46").then()
                .body("agenciesAccepted", equalTo(0)).body("participating", equalTo(36)));
    }

    @Test
    void aLockFreezesOneProvinceAndPublishesASnapshotThatLaterRevisionsLeaveAlone() {
        String lock = "/api/v1/rounds/" + ROUND + "/provinces/49/lock";
        String first = as(portal).contentType(ContentType.JSON).body(report("49.W-SNV", 20)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        String second = as(portal).contentType(ContentType.JSON).body(report("49.W-STP", 10)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        as(portal).put(lock).then().statusCode(403);
        as(otherBoard).put(lock).then().statusCode(403);
        as(board).put(lock).then().statusCode(200).body("locked", equalTo(true)).body("snapshot", equalTo(1))
                .body("lockedBy", equalTo(boardId));
        as(board).put(lock).then().statusCode(200).body("snapshot", equalTo(1)).body("history.size()", equalTo(1));

        // every write to the province's reports: 409 round-locked, in Vietnamese when asked
        as(portal).contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Accept-Language", "vi")
                .body(report("49.W-SNV", 25)).put("/api/v1/reports/" + first).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:vhcs:problem:round-locked"))
                .body("detail", equalTo("Ban Thi đua đã khóa số liệu của tỉnh 49 trong đợt báo cáo " + ROUND
                        + ": không nhận nộp, sửa, rút hoặc xét duyệt báo cáo cho đến khi quản trị viên mở khóa"));
        as(portal).header("If-Match", "\"1\"").delete("/api/v1/reports/" + second).then().statusCode(409)
                .body("type", equalTo("urn:vhcs:problem:round-locked"));
        as(portal).contentType(ContentType.JSON).body(report("49.W-SYT", 5)).post("/api/v1/reports").then()
                .statusCode(409).body("type", equalTo("urn:vhcs:problem:round-locked"));
        as(board).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(decision("ACCEPTED", null))
                .post("/api/v1/reports/" + first + "/review").then().statusCode(409);
        // another province of the same round still takes reports
        as(portal).contentType(ContentType.JSON).body(report("48.W-SNV", 7)).post("/api/v1/reports").then()
                .statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(board).get(STATS + "/provinces/49?snapshot=latest")
                .then().statusCode(200).body("agenciesReported", equalTo(2)).body("participating", equalTo(30)));
        as(board).get(STATS + "/provinces/49?snapshot=2").then().statusCode(404);
        as(board).filter(WireCheck.offContract()).get(STATS + "/provinces/49?snapshot=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("snapshot"));
        as(board).get(STATS + "/provinces/49?snapshot=1&boundaries=2025").then().statusCode(400);

        // only an admin unlocks, saying why; both are audited
        as(board).delete(lock + "?reason=x").then().statusCode(403);
        given().filter(WireCheck.offContract()).delete(lock).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().queryParam("reason", "Sở Nội vụ nộp bổ sung số liệu").delete(lock).then().statusCode(200)
                .body("locked", equalTo(false)).body("history.action", equalTo(List.of("LOCKED", "UNLOCKED")))
                .body("history[0].actedBy", equalTo(boardId)).body("history[0].snapshot", equalTo(1))
                .body("history[1].actedBy", equalTo("bootstrap-admin"))
                .body("history[1].reason", equalTo("Sở Nội vụ nộp bổ sung số liệu"));
        given().queryParam("reason", "again").delete(lock).then().statusCode(409);

        // revised after the unlock: the live figures change, the snapshot does not
        as(portal).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report("49.W-SNV", 25))
                .put("/api/v1/reports/" + first).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(board).get(STATS + "/provinces/49").then()
                .statusCode(200).body("participating", equalTo(35)));
        as(board).get(STATS + "/provinces/49?snapshot=1").then().statusCode(200).body("participating", equalTo(30))
                .body("agenciesReported", equalTo(2));
        as(board).get(STATS + "/provinces/49?snapshot=latest").then().statusCode(200)
                .body("participating", equalTo(30));

        // the next lock publishes the next snapshot; the first stays
        as(board).put(lock).then().statusCode(200).body("snapshot", equalTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(board).get(STATS + "/provinces/49?snapshot=2")
                .then().statusCode(200).body("participating", equalTo(35)));
        as(board).get(STATS + "/provinces/49?snapshot=1").then().body("participating", equalTo(30));
        as(portal).get(lock).then().statusCode(200).body("locked", equalTo(true))
                .body("history.action", equalTo(List.of("LOCKED", "UNLOCKED", "LOCKED")));
    }
}
