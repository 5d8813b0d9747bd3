package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The province board's downloads through the gateway, with a reader key of the province: the
 * statistics and the report list as spreadsheets and the province report as a Word document,
 * binary bodies passed through unchanged, their figures the API's. A round of its own in Đắk Lắk
 * (66): two agencies, one of which reports, stating its participation only as a percent.
 */
@ExtendWith(RunningSystem.class)
class ExportsThroughGatewayTest {

    static final String ROUND = "EXPORT-E2E";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String STATISTICS = "/api/v1/statistics/rounds/" + ROUND + "/provinces/66";

    @Test
    void aReaderDownloadsTheWorkbooksAndTheProvinceReport() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        for (String code : List.of("66.SNV", "66.STC")) {
            given().contentType(ContentType.JSON).body(Map.of("name", "Sở " + code + " tỉnh Đắk Lắk", "kind",
                    "PROVINCIAL_DEPARTMENT", "provinceCode", "66")).put("/api/v1/agencies/" + code).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        given().contentType(ContentType.JSON).body(Map.of("agencyCode", "66.STC", "roundCode", ROUND,
                "workforce", Map.of("total", 30, "participating", Map.of("percent", 90, "qualifier", "MORE_THAN")),
                "narrative", Map.of("difficulties", "Biên chế còn ít.")))
                .post("/api/v1/reports").then().statusCode(201);
        String reader = "Bearer " + given().contentType(ContentType.JSON).body(Map.of("name", "Ban TĐKT Đắk Lắk",
                "role", "READER", "provinces", List.of("66"), "reports", true)).post("/api/v1/clients").then()
                .statusCode(201).extract().<String>path("key");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given()
                .header("Authorization", reader).get(STATISTICS).then().statusCode(200)
                .body("agenciesReported", equalTo(1)));
        Map<String, Object> json = given().header("Authorization", reader).get(STATISTICS).then().extract().jsonPath()
                .getMap("$");

        Response xlsx = given().header("Authorization", reader).accept(XLSX).get(STATISTICS);
        xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition", startsWith("attachment;"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet summary = book.getSheet("Tổng hợp");
            assertEquals(((Number) json.get("agenciesExpected")).doubleValue(), value(summary, "agenciesExpected"));
            assertEquals(((Number) json.get("agenciesMissing")).doubleValue(), value(summary, "agenciesMissing"));
            Row stated = book.getSheet("Cơ quan báo cáo").getRow(1);
            assertEquals("66.STC", stated.getCell(1).getStringCellValue());
            assertEquals("trên 90 %", stated.getCell(10).getStringCellValue(), "the figure as the agency stated it");
        }

        Response docx = given().header("Authorization", reader).get(STATISTICS + "/report.docx");
        docx.then().statusCode(200).contentType(DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String body = text.getText();
            assertTrue(body.contains("có " + json.get("agenciesExpected") + " cơ quan, đơn vị thuộc diện báo cáo; "
                    + json.get("agenciesReported") + " cơ quan, đơn vị đã gửi báo cáo"), body);
            // the body counts who wrote; the agency's own words are in the annex, under its name
            int annex = body.indexOf("Nội dung các cơ quan, đơn vị báo cáo");
            assertTrue(body.indexOf("Sở 66.STC tỉnh Đắk Lắk\nKhó khăn: Biên chế còn ít.", annex) > annex, body);
            assertTrue(body.contains("tham gia Phong trào đạt trên 90 %"), "the qualifier as stated: " + body);
            assertTrue(body.contains("là số ước tính"), "a percent entered the participation rate: in a footnote");
        }

        int reports = given().header("Authorization", reader).get("/api/v1/reports?round=" + ROUND).then()
                .statusCode(200).extract().path("total");
        Response list = given().header("Authorization", reader).accept(XLSX).get("/api/v1/reports?round=" + ROUND);
        list.then().statusCode(200).contentType(XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(list.asByteArray()))) {
            assertEquals(reports, book.getSheet("Báo cáo").getLastRowNum());
        }
        // another province's reader gets neither
        String stranger = "Bearer " + given().contentType(ContentType.JSON).body(Map.of("name", "Ban TĐKT khác",
                "role", "READER", "provinces", List.of("01"))).post("/api/v1/clients").then().statusCode(201)
                .extract().<String>path("key");
        given().header("Authorization", stranger).get(STATISTICS + "/report.docx").then().statusCode(403);
        given().header("Authorization", stranger).accept(XLSX).get(STATISTICS).then().statusCode(403);
    }

    private static double value(Sheet summary, String field) {
        for (Row row : summary) {
            if (row.getCell(2) != null && row.getCell(2).getStringCellValue().equals(field)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row for " + field);
    }
}
