package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** The report lifecycle and the statistics views, through the gateway, in a round of their own. */
@ExtendWith(RunningSystem.class)
class ReportLifecycleThroughGatewayTest {

    static final String ROUND = "LIFECYCLE-2022";
    static final String STATS = "/api/v1/statistics/rounds/" + ROUND;
    private static boolean registered;

    @BeforeEach
    void registry() {
        if (registered) {
            return;
        }
        registered = true;
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(201);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("""
                code,name,kind,provinceCode,parentCode
                45.L-SNV,Sở Nội vụ tỉnh Quảng Trị,PROVINCIAL_DEPARTMENT,45,
                44.L-SNV,Sở Nội vụ tỉnh Quảng Bình,PROVINCIAL_DEPARTMENT,44,
                44.L-LDLD,Liên đoàn Lao động tỉnh Quảng Bình,MASS_ORGANISATION,44,
                """).post("/api/v1/agencies:import").then().statusCode(200).body("created", equalTo(3));
    }

    static Map<String, Object> report(String agency, int total, int participating) {
        return Map.of("agencyCode", agency, "roundCode", ROUND,
                "document", Map.of("number", "12/BC", "issuedOn", "2022-04-20"),
                "workforce", Map.of("total", total, "participating", participating, "commitmentsSigned", participating),
                "models", List.of(Map.of("name", "Công sở xanh", "sector", "ADMINISTRATION")));
    }

    @Test
    void submitReviseWithdrawAndSubmitAgainShowInTheStatistics() {
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", "lifecycle-1")
                .body(report("45.L-SNV", 40, 30)).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "lifecycle-1")
                .body(report("45.L-SNV", 40, 30)).post("/api/v1/reports").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS + "/provinces/45").then()
                .statusCode(200).body("participating", equalTo(30)));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report("45.L-SNV", 40, 38))
                .put("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"2\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS + "/provinces/45").then()
                .body("participating", equalTo(38)).body("participationRate.value", equalTo(0.95f)));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report("45.L-SNV", 40, 39))
                .put("/api/v1/reports/" + id).then().statusCode(412);
        given().header("If-Match", "\"2\"").delete("/api/v1/reports/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS + "/provinces/45").then()
                .body("agenciesReported", equalTo(0)).body("workforceTotal", equalTo(0))
                .body("agenciesMissing", equalTo(1)));
        given().get(STATS + "/provinces/45/missing-agencies").then().statusCode(200)
                .body("items.code", equalTo(List.of("45.L-SNV"))).body("total", equalTo(1))
                .body("items[0].name", equalTo("Sở Nội vụ tỉnh Quảng Trị"))
                .body("items[0].kind", equalTo("PROVINCIAL_DEPARTMENT"));

        given().contentType(ContentType.JSON).body(report("45.L-SNV", 41, 41)).post("/api/v1/reports")
                .then().statusCode(201).body("version", equalTo(4)).body("id", equalTo(id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS + "/provinces/45").then()
                .body("agenciesReported", equalTo(1)).body("workforceTotal", equalTo(41)));
        given().get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("items.status", equalTo(List.of("SUBMITTED", "REVISED", "WITHDRAWN", "SUBMITTED")));
    }

    @Test
    void mergedProvincesNationalFiguresTrendsAndCsv() {
        given().contentType(ContentType.JSON).body(report("44.L-SNV", 50, 45)).post("/api/v1/reports")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS + "/provinces/44").then()
                .body("agenciesReported", equalTo(1)).body("agenciesExpected", equalTo(2)));
        given().get(STATS + "/provinces/44?boundaries=2025").then().statusCode(200)
                .body("agenciesExpected", equalTo(3))
                .body("agenciesMissing", greaterThanOrEqualTo(1));
        given().get(STATS + "/provinces/44/missing-agencies?boundaries=2025").then().statusCode(200)
                .body("items.code", hasItem("44.L-LDLD"));
        given().get(STATS + "/national").then().statusCode(200).body("provinceCode", equalTo(null));
        given().get("/api/v1/statistics/provinces/44/trend?boundaries=2025&size=200").then().statusCode(200)
                .body("items.roundCode", hasItem(ROUND));
        given().accept("text/csv").get(STATS + "/provinces/44?boundaries=2025").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(containsString("participationRate.value"))
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-44-2025.csv\"");
        byte[] csv = given().accept("text/csv").header("Accept-Language", "vi")
                .get(STATS + "/provinces/44/missing-agencies?boundaries=2025").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"chua-bao-cao-" + ROUND + "-44-2025.csv\"")
                .extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("\uFEFFMã cơ quan,Tên cơ quan,Loại cơ quan,Khối thi đua\r\n"),
                "through the gateway: the byte order mark and Vietnamese titles\n" + text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("44.L-LDLD,Liên đoàn Lao động tỉnh Quảng Bình,"), text);
        given().filter(WireCheck.offContract()).accept("application/xml").get(STATS + "/provinces/44/missing-agencies")
                .then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void aClosedRoundRefusesInVietnameseWhenAsked() {
        String round = "CLOSED-2022";
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart", "2021-01-01",
                "periodEnd", "2021-12-31", "dueDate", "2022-01-15", "closesOn", "2022-02-15"))
                .put("/api/v1/rounds/" + round).then().statusCode(201);
        var body = new java.util.HashMap<>(report("44.L-LDLD", 10, 10));
        body.put("roundCode", round);
        body.put("document", Map.of("issuedOn", "2022-01-10"));
        given().contentType(ContentType.JSON).header("Accept-Language", "vi").body(body).post("/api/v1/reports")
                .then().statusCode(409).body("type", equalTo("urn:vhcs:problem:round-closed"))
                .body("title", equalTo("Đợt báo cáo đã đóng"));
        LocalDate later = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7);
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart", "2021-01-01",
                "periodEnd", "2021-12-31", "dueDate", "2022-01-15", "closesOn", later.toString()))
                .put("/api/v1/rounds/" + round).then().statusCode(200);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201);
    }
}
