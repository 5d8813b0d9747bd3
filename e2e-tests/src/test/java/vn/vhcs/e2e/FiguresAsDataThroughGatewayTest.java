package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * Figures as data (issue 25), through the gateway with the real services: an administrator defines two
 * figures the 2026 guidance asks for and a round that asks for them; agencies' reports state them; the
 * statistics, the CSV, the workbook and the Word report show them under their labels — no release, no restart.
 * A label changed afterwards is in the next answer.
 */
@ExtendWith(RunningSystem.class)
class FiguresAsDataThroughGatewayTest {

    static final String ROUND = "FIG-NAM-2026";
    static final String SESSIONS = "cultureSessionsHeld";
    static final String LEVEL = "implementationLevel";
    static final String STATS = "/api/v1/statistics/rounds/" + ROUND + "/provinces/79";

    static void put(String url, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).put(url).then().statusCode(oneOf(200, 201));
    }

    static Map<String, Object> report(String agency, Map<String, Object> figures) {
        return Map.of("agencyCode", agency, "roundCode", ROUND, "document", Map.of("issuedOn", "2026-11-20"),
                "workforce", Map.of("total", 40), "figures", figures);
    }

    // the agencies exist from 2026 only, so no other test's round (all before 2026) expects them
    @Test
    void anAdministratorAsksForNewFiguresAndTheStatisticsShowThem() throws Exception {
        put("/api/v1/figures/" + SESSIONS, Map.of("kind", "COUNT", "outline", "II.2",
                "label", Map.of("vi", "Số buổi sinh hoạt chuyên đề về văn hóa công sở",
                        "en", "Workplace-culture sessions held")));
        put("/api/v1/figures/" + LEVEL, Map.of("kind", "ORDINAL", "outline", "IV.1",
                "label", Map.of("vi", "Mức độ thực hiện phong trào", "en", "How far the movement was carried out"),
                "levels", List.of(Map.of("code", "LOW", "label", Map.of("vi", "mức thấp", "en", "low")),
                        Map.of("code", "MEDIUM", "label", Map.of("vi", "mức trung bình", "en", "medium")),
                        Map.of("code", "HIGH", "label", Map.of("vi", "mức cao", "en", "high")))));
        given().get("/api/v1/figures?size=200").then().statusCode(200)
                .body("items.code", hasItem(SESSIONS)).body("items.code", hasItem("participation"))
                .body("items.find { it.code == 'participation' }.alias", equalTo("workforce.participating"));
        put("/api/v1/rounds/" + ROUND, Map.of("kind", "ANNUAL", "periodStart", "2026-01-01",
                "periodEnd", "2026-11-30", "dueDate", "2026-12-15", "closesOn", LocalDate.now().plusYears(1).toString(),
                "figures", List.of(SESSIONS, LEVEL, "participation", "culturalStandard")));
        put("/api/v1/agencies/79.FIG-SNV", Map.of("name", "Sở Nội vụ Thành phố Hồ Chí Minh", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", "79", "validFrom", "2026-01-01"));
        put("/api/v1/agencies/79.FIG-SGDDT", Map.of("name", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", "79", "validFrom", "2026-01-01"));

        // a figure the round does not ask for, and a level the figure does not have: both listed, nothing stored
        given().contentType(ContentType.JSON).body(report("79.FIG-SNV", Map.of("trainingsHeld", 2, LEVEL, "VERY_HIGH")))
                .post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", hasItem("figures.trainingsHeld")).body("errors.field", hasItem("figures." + LEVEL));

        given().contentType(ContentType.JSON).body(report("79.FIG-SNV", Map.of(SESSIONS, 12, LEVEL, "HIGH",
                "participation", Map.of("percent", 100)))).post("/api/v1/reports").then().statusCode(201)
                .body("workforce.participating.percent", equalTo(100)).body("figures." + SESSIONS, equalTo(12));
        given().contentType(ContentType.JSON).body(report("79.FIG-SGDDT", Map.of(SESSIONS, 3, LEVEL, "MEDIUM",
                "culturalStandard", true))).post("/api/v1/reports").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATS).then().statusCode(200)
                .body("figures." + SESSIONS + ".sum", equalTo(15))
                .body("figures." + SESSIONS + ".agenciesStating", equalTo(2))
                .body("figures." + LEVEL + ".levels.HIGH", equalTo(1))
                .body("figures.culturalStandard.yes", equalTo(1)));
        // the CSV's columns are titled by the catalogue's labels in Vietnamese (by codes in English)
        given().accept("text/csv").queryParam("lang", "vi").get(STATS).then().statusCode(200)
                .body(containsString("Số buổi sinh hoạt chuyên đề về văn hóa công sở"));
        assertTrue(workbookText(given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(STATS).then().statusCode(200).extract().asByteArray())
                .contains("Số buổi sinh hoạt chuyên đề về văn hóa công sở"));
        String word = wordText(given().get(STATS + "/report.docx").then().statusCode(200).extract().asByteArray());
        assertTrue(word.contains("Số buổi sinh hoạt chuyên đề về văn hóa công sở"), word);

        // the figure is used now: its kind stays; its label may change, and the next answer has the new one
        given().contentType(ContentType.JSON).body(Map.of("kind", "LIST", "label", Map.of("vi", "x")))
                .put("/api/v1/figures/" + SESSIONS).then().statusCode(409);
        put("/api/v1/figures/" + SESSIONS, Map.of("kind", "COUNT", "outline", "II.2",
                "label", Map.of("vi", "Số buổi sinh hoạt chuyên đề văn hóa công sở đã tổ chức",
                        "en", "Workplace-culture sessions held")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().accept("text/csv").queryParam("lang", "vi")
                .get(STATS).then().statusCode(200)
                .body(containsString("Số buổi sinh hoạt chuyên đề văn hóa công sở đã tổ chức")));
    }

    static String workbookText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                }
            }
        }
        return text.toString();
    }

    static String wordText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
