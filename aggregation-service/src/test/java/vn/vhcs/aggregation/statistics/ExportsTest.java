package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.vhcs.aggregation.export.ProvinceReportDocument;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.testing.GatewayTokens;

/**
 * The spreadsheet and the province report, read back with POI: their figures are the JSON API's
 * for the same data. A round of its own in Ninh Bình (37): three agencies, two of which report —
 * the contract's example (100 % participation as a percent, "trên 95 %" satisfaction, a narrative)
 * and one stating counts and no directive — and one that has not.
 */
@QuarkusTest
class ExportsTest {

    static final String ROUND = "EXPORT-" + (System.nanoTime() % 100000);
    static final String BASE = "/api/v1/statistics/rounds/" + ROUND;
    static final String XLSX = StatisticsWorkbook.MEDIA_TYPE;
    static final String DOCX = ProvinceReportDocument.MEDIA_TYPE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void events() {
        TestEvents.once(getClass(), events -> {
            events.send(MissingAgenciesAndCsvTest.round(ROUND));
            events.send(TestEvents.province("37", "2008-08-01", "2025-06-30", "37"));
            for (String code : List.of("37.E1", "37.E2", "37.E3")) {
                events.send(TestEvents.agency(code, "37", "PROVINCIAL_DEPARTMENT", 1, true));
            }
            events.send(report("37.E1", null));
            events.send(report("37.E2", payload -> {
                payload.putObject("workforce").put("total", 40).put("participating", 39).put("commitmentsSigned", 38);
                payload.remove("narrative");
                payload.putArray("directives"); // no plan of its own: 1 of the 2 agencies has one
            }));
        }, () -> given().get(BASE + "/provinces/37").then()
                .statusCode(200).body("agenciesReported", equalTo(2)).body("agenciesExpected", equalTo(3)));
    }

    private static ObjectNode report(String agency, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode event = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), agency, "37", 1);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("roundCode", ROUND);
        if (change != null) {
            change.accept(payload);
        }
        return event;
    }

    @Test
    void theProvinceWorkbookHoldsTheApisFigures() throws Exception {
        JsonNode statistics = JSON.readTree(given().get(BASE + "/provinces/37").then().statusCode(200).extract()
                .asString());
        Response answer = given().accept(XLSX).get(BASE + "/provinces/37");
        answer.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-37.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()))) {
            // every numeric figure of the summary is the API's, found by the field name beside it
            Sheet summary = book.getSheet("Tổng hợp");
            int compared = 0;
            for (Row row : summary) {
                if (row.getRowNum() == 0 || row.getCell(1) == null || row.getCell(1).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                JsonNode field = at(statistics, row.getCell(2).getStringCellValue());
                if (field != null && field.isNumber()) {
                    assertEquals(0, field.decimalValue().compareTo(BigDecimal.valueOf(row.getCell(1).getNumericCellValue())),
                            row.getCell(2).getStringCellValue());
                    compared++;
                }
            }
            assertTrue(compared > 30, "compared " + compared + " figures");
            assertEquals("Số cơ quan đã báo cáo", label(summary, "agenciesReported"));
            for (String rule : List.of("ownPlan", "ownRegulation", "commitments", "models", "culturalStandard")) {
                assertEquals(statistics.at("/coverage/" + rule + "/agencies").asDouble(),
                        value(summary, "coverage." + rule + ".agencies"), rule);
                assertEquals(statistics.get("agenciesReported").asDouble(), value(summary, "coverage." + rule + ".of"),
                        rule + ": over the agencies reported");
            }
            assertEquals("Cơ quan thực hiện - Tự ban hành kế hoạch - Tỷ lệ", label(summary, "coverage.ownPlan.rate"));

            Sheet agencies = book.getSheet("Cơ quan báo cáo");
            assertEquals(statistics.get("agenciesReported").asInt(), agencies.getLastRowNum());
            List<String> e1 = cells(agencies.getRow(1));
            assertEquals("37.E1", e1.get(1));
            assertTrue(e1.contains("trên 95 %"), "satisfaction as stated: " + e1);
            assertTrue(e1.contains("100 %"), "participation as stated: " + e1);
            assertEquals("39", cells(agencies.getRow(2)).get(10), "a count stays a count");

            Sheet missing = book.getSheet("Chưa báo cáo");
            assertEquals(statistics.get("agenciesMissing").asInt(), missing.getLastRowNum());
            assertEquals("37.E3", missing.getRow(1).getCell(0).getStringCellValue());
            assertEquals(statistics.at("/models/named").asInt(), book.getSheet("Mô hình").getLastRowNum());

            Sheet byYear = book.getSheet("Theo năm");
            assertEquals(statistics.at("/commendationsByYear/2021").asDouble(),
                    rowsOf(byYear, "2021", "Khen thưởng").get(0).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void theNationalTrendAndMissingWorkbooksFollowTheirJson() throws Exception {
        JsonNode national = JSON.readTree(given().get(BASE + "/national").asString());
        try (XSSFWorkbook book = workbook(BASE + "/national")) {
            assertEquals(national.get("agenciesReported").asDouble(), value(book.getSheet("Tổng hợp"), "agenciesReported"));
            assertEquals(national.get("agenciesReported").asInt(), book.getSheet("Cơ quan báo cáo").getLastRowNum());
            assertEquals(national.at("/coverage/ownPlan/agencies").asDouble(),
                    value(book.getSheet("Tổng hợp"), "coverage.ownPlan.agencies"));
            assertEquals(national.get("agenciesMissing").asInt(), book.getSheet("Chưa báo cáo").getLastRowNum());
        }
        int provinces = given().get(BASE + "/provinces?size=200").then().statusCode(200).extract().path("total");
        try (XSSFWorkbook book = workbook(BASE + "/provinces?size=200")) {
            assertEquals(provinces, book.getSheet("Tổng hợp").getLastRowNum(), "one row per province");
        }
        int rounds = given().get("/api/v1/statistics/provinces/37/trend?size=200").then().extract().path("total");
        try (XSSFWorkbook book = workbook("/api/v1/statistics/provinces/37/trend?size=200")) {
            assertEquals(rounds, book.getSheet("Xu hướng").getLastRowNum());
        }
        try (XSSFWorkbook book = workbook(BASE + "/provinces/37/missing-agencies")) {
            assertEquals("Mã cơ quan", book.getSheet("Chưa báo cáo").getRow(0).getCell(0).getStringCellValue());
            assertEquals("37.E3", book.getSheet("Chưa báo cáo").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theProvinceReportIsADraftInTheAdministrativeLayoutWithTheApisFigures() throws Exception {
        JsonNode s = JSON.readTree(given().get(BASE + "/provinces/37").asString());
        Response answer = given().get(BASE + "/provinces/37/report.docx");
        answer.then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + ROUND + "-37.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (String part : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ NỘI VỤ",
                    "/BC-SNV", "BÁO CÁO", "Sơ kết thực hiện Phong trào thi đua", "I. ĐẶC ĐIỂM TÌNH HÌNH",
                    "II. KẾT QUẢ THỰC HIỆN", "III. TỒN TẠI, HẠN CHẾ", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
                    "V. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "GIÁM ĐỐC", "PHỤ LỤC I")) {
                assertTrue(text.contains(part), part);
            }
            assertTrue(text.contains("có " + s.get("agenciesExpected") + " cơ quan, đơn vị thuộc diện báo cáo; "
                    + s.get("agenciesReported") + " cơ quan, đơn vị đã gửi báo cáo (đạt "
                    + VietnameseText.share(s.at("/reportingRate/value").asDouble()) + ")"), text);
            // figures in the register of a report, as the agencies qualified them; the internals in a footnote
            JsonNode participation = s.at("/measures/participation");
            assertTrue(participation.get("estimated").asBoolean(), "a percent entered the rate");
            assertTrue(text.contains("Qua báo cáo của 2 cơ quan, đơn vị, tỷ lệ cán bộ, công chức, viên chức, người lao "
                    + "động tham gia Phong trào đạt " + VietnameseText.share(participation.at("/rate/value").asDouble())
                    + "; 1 cơ quan, đơn vị đạt 100 %."), text);
            assertFalse(text.contains("nêu số liệu ("), "no statistics' internals in the body: " + text);
            String footnotes = doc.getFootnotes().stream().flatMap(f -> f.getParagraphs().stream())
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(footnotes.contains("Tỷ lệ chung là số ước tính, tính trên 60 người"), footnotes);
            assertTrue(text.contains("tỷ lệ đơn vị trực thuộc có quy định về văn hóa công sở đạt khoảng 80 %"),
                    "the stated qualifier kept: " + text);
            assertTrue(text.contains("tỷ lệ người dân hài lòng đạt trên 95 %."), "one value, said once: " + text);
            assertFalse(text.contains("từ trên 95 %"), text);
            assertTrue(text.contains("đã đăng ký " + s.at("/models/total") + " mô hình"), text);
            assertEquals(1, s.at("/coverage/ownPlan/agencies").asInt());
            assertTrue(text.contains(s.at("/coverage/ownPlan/agencies") + "/" + s.at("/agenciesReported")
                    + " cơ quan, đơn vị đã ban hành kế hoạch thực hiện Phong trào (đạt "
                    + VietnameseText.share(s.at("/coverage/ownPlan/rate").asDouble()) + ")"), "agencies, not documents");
            // the body counts who wrote and leaves room for the synthesis; the texts are in the annex
            int annex = text.indexOf("Nội dung các cơ quan, đơn vị báo cáo");
            assertTrue(text.indexOf("Có 1/2 cơ quan, đơn vị báo cáo nội dung này") < annex, text);
            assertTrue(text.indexOf(ProvinceReportDocument.SYNTHESIS) < annex, text);
            assertTrue(text.indexOf("Thuận lợi: Giám đốc Sở đã chỉ đạo") > annex, "the agency's own words in the annex");
            XWPFTable figures = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 8)
                    .findFirst().orElseThrow();
            assertEquals(s.get("agenciesReported").asInt() + 1, figures.getNumberOfRows());
            assertEquals("39", figures.getRow(2).getCell(3).getText(), "participation of 37.E2 as it stated it");
            XWPFTable missing = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Mã cơ quan")).findFirst().orElseThrow();
            assertEquals(s.get("agenciesMissing").asInt() + 1, missing.getNumberOfRows());
            assertEquals("37.E3", missing.getRow(1).getCell(1).getText());
        }
        String etag = answer.header("ETag");
        given().header("If-None-Match", etag).get(BASE + "/provinces/37/report.docx").then().statusCode(304);
        given().get(BASE + "/national/report.docx").then().statusCode(200).contentType(DOCX);
    }

    @Test
    void readersSeeExportsOnlyWithinTheirProvinces() {
        String inScope = GatewayTokens.bearer(GatewayTokens.reader("board", List.of("37"), false));
        String outOfScope = GatewayTokens.bearer(GatewayTokens.reader("board", List.of("01"), false));
        given().header("Authorization", inScope).accept(XLSX).get(BASE + "/provinces/37").then().statusCode(200);
        given().header("Authorization", inScope).get(BASE + "/provinces/37/report.docx").then().statusCode(200);
        given().header("Authorization", outOfScope).accept(XLSX).get(BASE + "/provinces/37").then().statusCode(403);
        given().header("Authorization", outOfScope).get(BASE + "/provinces/37/report.docx").then().statusCode(403);
        given().header("Authorization", inScope).get(BASE + "/national/report.docx").then().statusCode(403);
        given().header("Authorization", inScope).accept(XLSX).get(BASE + "/national").then().statusCode(403);
    }

    private static XSSFWorkbook workbook(String path) throws Exception {
        Response answer = given().accept(XLSX).get(path);
        answer.then().statusCode(200).contentType(XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()));
    }

    /** The JSON node at a dotted CSV column (null where the column is a flattened list). */
    private static JsonNode at(JsonNode root, String column) {
        JsonNode node = root;
        for (String part : column.split("\\.")) {
            node = node == null || !node.isObject() ? null : node.get(part);
        }
        return node;
    }

    private static String label(Sheet summary, String field) {
        for (Row row : summary) {
            if (row.getCell(2) != null && row.getCell(2).getStringCellValue().equals(field)) {
                return row.getCell(0).getStringCellValue();
            }
        }
        throw new AssertionError("no row for " + field);
    }

    private static double value(Sheet summary, String field) {
        for (Row row : summary) {
            if (row.getCell(2) != null && row.getCell(2).getStringCellValue().equals(field)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row for " + field);
    }

    private static List<Row> rowsOf(Sheet sheet, String... cells) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (cells(row).containsAll(List.of(cells))) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
