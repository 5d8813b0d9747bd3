package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The tổng kết 2019–2025 on today's map (issue 22), through the gateway with the real services,
 * Kafka and PostgreSQL: a Bình Phước (70) Sở dissolved on 30/6/2025 into an Đồng Nai (75) Sở has
 * its 2022 sơ kết report filed in 2026 by the successor's portal; a college moved from 70 to 75 and
 * to another bloc on 1/7/2025. The 2022 statistics of 70 stay as they were after the move, the
 * tổng kết counts the college in 75, and the 2025 map sums Bình Phước's 2022 figures into Đồng Nai.
 */
@ExtendWith(RunningSystem.class)
class MergerStoryThroughGatewayTest {

    // sorts before DASHBOARD-SO-KET, the sơ kết the dashboard test expects as the latest one. The story's agencies
    // exist from 1/4/2022 and its sơ kết ends on 30/6/2022, so they are not expected in SO-KET-2022 (ends 31/3/2022),
    // whose figures for 70 EndToEndTest checks exactly, whichever of the two runs first
    static final String SO_KET = "BP-SO-KET-2022";
    static final String TONG_KET = "BP-TONG-KET-2025";
    static final String DISSOLVED = "70.MS-SNV";
    static final String SUCCESSOR = "75.MS-SNV";
    static final String MOVED = "70.MS-CDYT";

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    static String key(Map<String, Object> client) {
        return given().contentType(ContentType.JSON).body(client).post("/api/v1/clients").then().statusCode(201)
                .extract().path("key");
    }

    static void put(String url, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).put(url).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static Map<String, Object> report(String agency, String round, String issuedOn, int total, int participating) {
        return Map.of("agencyCode", agency, "roundCode", round, "document", Map.of("issuedOn", issuedOn),
                "workforce", Map.of("total", total, "participating", participating, "commitmentsSigned", participating));
    }

    static String stats(String round, String province) {
        return "/api/v1/statistics/rounds/" + round + "/provinces/" + province;
    }

    @Test
    void theTongKetOnTodaysMap() throws java.io.IOException {
        String closes = LocalDate.now().plusYears(1).toString();
        put("/api/v1/rounds/" + SO_KET, Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-06-30", "dueDate", "2022-07-31", "closesOn", closes));
        put("/api/v1/rounds/" + TONG_KET, Map.of("kind", "FINAL_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2025-09-30", "dueDate", "2025-10-31", "closesOn", closes));
        put("/api/v1/agencies/" + SUCCESSOR, Map.of("name", "Sở Nội vụ tỉnh Đồng Nai", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", "75", "blocCode", "TĐS1"));
        put("/api/v1/agencies/" + DISSOLVED, Map.of("name", "Sở Nội vụ tỉnh Bình Phước", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", "70", "blocCode", "TĐS3", "validFrom", "2022-04-01",
                "validTo", "2025-06-30", "successorCode", SUCCESSOR));
        put("/api/v1/agencies/" + MOVED, Map.of("name", "Trường Cao đẳng Y tế Bình Phước", "kind",
                "PUBLIC_SERVICE_UNIT", "provinceCode", "70", "blocCode", "TĐS3", "validFrom", "2022-04-01"));
        String successorPortal = key(Map.of("name", "Cổng của Sở Nội vụ Đồng Nai", "role", "SUBMITTER",
                "agencies", List.of(SUCCESSOR)));
        String collegePortal = key(Map.of("name", "Cổng dịch vụ công tỉnh Bình Phước", "role", "SUBMITTER",
                "provinces", List.of("70")));

        // the college's 2022 sơ kết report, filed while it was Bình Phước's
        as(collegePortal).contentType(ContentType.JSON).body(report(MOVED, SO_KET, "2022-07-20", 40, 38))
                .post("/api/v1/reports").then().statusCode(201).body("provinceCode", equalTo("70"));
        // the dissolved Sở's 2022 report, filed in 2026 by its successor's portal: counted in 70, no longer missing
        as(successorPortal).contentType(ContentType.JSON).body(report(DISSOLVED, SO_KET, "2026-12-01", 30, 30))
                .post("/api/v1/reports").then().statusCode(201).body("provinceCode", equalTo("70"));
        // (other tests' agencies of 70 are expected too: the story counts its own reports and names its agencies)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats(SO_KET, "70")).then()
                .statusCode(200).body("agenciesReported", equalTo(2))
                .body("byBloc.'TĐS3'.agenciesReported", equalTo(2)));
        given().get(stats(SO_KET, "70") + "/missing-agencies?size=200").then().statusCode(200)
                .body("items.code", not(hasItem(DISSOLVED)));
        String before = given().get(stats(SO_KET, "70")).then().extract().asString();

        // the college moves to Đồng Nai and to the bloc TĐS1 from 1 July 2025
        given().contentType(ContentType.JSON).body(Map.of("name", "Trường Cao đẳng Y tế Đồng Nai", "kind",
                "PUBLIC_SERVICE_UNIT", "provinceCode", "75", "blocCode", "TĐS1", "validFrom", "2022-04-01",
                "effectiveFrom", "2025-07-01")).put("/api/v1/agencies/" + MOVED).then().statusCode(200);
        given().get("/api/v1/agencies/" + MOVED + "/history").then().statusCode(200)
                .body("provinceCode", equalTo(List.of("70", "75")));
        // the tổng kết reads it as it was on 30/9/2025: Đồng Nai's, bloc TĐS1; the dissolved Sở is not expected
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats(TONG_KET, "75")
                + "/missing-agencies?size=200").then().statusCode(200)
                .body("items.code", hasItem(MOVED)).body("items.code", hasItem(SUCCESSOR))
                .body("items.code", not(hasItem(DISSOLVED))));
        given().get(stats(TONG_KET, "70") + "/missing-agencies?size=200").then().statusCode(200)
                .body("items.code", not(hasItem(MOVED)));
        assertEquals(before, given().get(stats(SO_KET, "70")).then().extract().asString(),
                "the move effective 1/7/2025 left the 2022 statistics of Bình Phước as they were");

        // on the 2025 map, Bình Phước's 2022 figures count in Đồng Nai (whose own Sở had not reported)
        given().get(stats(SO_KET, "75") + "?boundaries=2025").then().statusCode(200)
                .body("agenciesReported", equalTo(2));
        given().get(stats(SO_KET, "75") + "/missing-agencies?boundaries=2025&size=200").then().statusCode(200)
                .body("items.code", hasItem(SUCCESSOR)).body("items.code", not(hasItem(DISSOLVED)))
                .body("items.code", not(hasItem(MOVED)));
        as(successorPortal).contentType(ContentType.JSON).body(report(SUCCESSOR, TONG_KET, "2025-10-20", 50, 45))
                .post("/api/v1/reports").then().statusCode(201).body("provinceCode", equalTo("75"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats(TONG_KET, "75")).then()
                .statusCode(200).body("agenciesReported", equalTo(1)));
        // the trend of Đồng Nai on the 2025 map: the sơ kết with Bình Phước's reports, then the tổng kết
        String reviews = "size=200";
        given().get("/api/v1/statistics/provinces/75/trend?boundaries=2025&" + reviews).then().statusCode(200)
                .body("items.find { it.roundCode == '" + SO_KET + "' }.agenciesReported", equalTo(2))
                .body("items.find { it.roundCode == '" + TONG_KET + "' }.agenciesReported", equalTo(1))
                .body("items.find { it.roundCode == '" + TONG_KET + "' }.roundKind", equalTo("FINAL_REVIEW"));
        // and the country's: the two rounds are the story's own
        given().get("/api/v1/statistics/national/trend?" + reviews).then().statusCode(200)
                .body("items.find { it.roundCode == '" + SO_KET + "' }.agenciesReported", equalTo(2))
                .body("items.find { it.roundCode == '" + TONG_KET + "' }.agenciesReported", equalTo(1));
        // the tổng kết against the sơ kết, on the 2025 map: one report against two
        given().get(stats(TONG_KET, "75") + "/comparison?with=" + SO_KET + "&boundaries=2025").then().statusCode(200)
                .body("figures.find { it.figure == 'agenciesReported' }.value", equalTo(1))
                .body("figures.find { it.figure == 'agenciesReported' }.withValue", equalTo(2))
                .body("figures.find { it.figure == 'agenciesReported' }.change", equalTo(-1));

        // the province's Word report of the sơ kết on the 2025 map is issued by Đồng Nai, naming Bình Phước
        byte[] docx = given().get(stats(SO_KET, "75") + "/report.docx?boundaries=2025").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String body = text.getText();
            int former = body.indexOf("gồm địa bàn các tỉnh, thành phố trước sắp xếp: ");
            assertTrue(former > 0 && body.substring(former, body.indexOf(')', former)).contains("Bình Phước"), body);
            assertTrue(body.toUpperCase(java.util.Locale.ROOT).contains("ĐỒNG NAI"), body);
        }
    }
}
