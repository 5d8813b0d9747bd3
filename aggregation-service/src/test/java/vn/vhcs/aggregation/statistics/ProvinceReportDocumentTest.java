package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.export.ProvinceReportDocument;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;

/**
 * The tổng kết report of a province, read back with POI. Mười Bốn (14) has three agencies: two
 * report to the tổng kết each stating only "trên 98 %" of its people take part (its staffing is the
 * base), one of them with its own plan and texts; it had one report at the sơ kết (80 %) and one in
 * the 2023 annual round (3 commendations, 15 "Lao động tiên tiến"). Mười Hai (12) and Mười Lăm (15)
 * merged into Mười Lăm on 1 July 2025, one report each. Fictional provinces on unused codes.
 */
@QuarkusTest
class ProvinceReportDocumentTest {

    static final String RUN = Long.toString(System.nanoTime() % 100000);
    static final String FINAL = "DOCX-TK-" + RUN;
    static final String MIDTERM = "DOCX-SK-" + RUN;
    static final String ANNUAL = "DOCX-NAM-" + RUN;
    static final String BASE = "/api/v1/statistics/rounds/";

    @BeforeEach
    void events() {
        TestEvents.once(getClass(), events -> {
            events.send(round(MIDTERM, "MIDTERM_REVIEW", "2019-06-14", "2022-03-31"));
            events.send(round(ANNUAL, "ANNUAL", "2023-01-01", "2023-12-31"));
            events.send(round(FINAL, "FINAL_REVIEW", "2019-06-14", "2025-06-30"));
            events.send(province("14", "2008-08-01", null, null, "Mười Bốn"));
            events.send(province("12", "2008-08-01", "2025-06-30", "15", "Mười Hai"));
            events.send(province("15", "2008-08-01", "2025-06-30", "15", "Mười Lăm"));
            events.send(province("15", "2025-07-01", null, null, "Mười Lăm"));
            LocalDate today = LocalDate.now();
            for (String code : List.of("14.A", "14.B", "14.C")) {
                events.send(TestEvents.agency(code, "14", 1, "2008-08-01", null, today));
            }
            events.send(TestEvents.agency("12.A", "12", 1, "2008-08-01", "2025-06-30", today));
            events.send(TestEvents.agency("15.A", "15", 1, "2008-08-01", null, today));
            events.send(report(FINAL, "14.A", "14", p -> {
                ObjectNode w = p.putObject("workforce");
                w.putObject("participating").put("percent", 98).put("qualifier", "MORE_THAN");
                ((ObjectNode) p.get("narrative")).put("results", "Toàn thể công chức đã ký cam kết thực hiện văn hóa công sở.");
            }));
            events.send(report(FINAL, "14.B", "14", p -> {
                p.putObject("workforce").putObject("participating").put("percent", 98).put("qualifier", "MORE_THAN");
                p.remove("narrative");
                p.putArray("directives");
            }));
            events.send(report(MIDTERM, "14.A", "14", p -> p.putObject("workforce").put("total", 20)
                    .putObject("participating").put("percent", 80)));
            events.send(report(ANNUAL, "14.A", "14", p -> {
                p.putArray("commendations").addObject().put("form", "PRAISE").put("recipientKind", "INDIVIDUAL")
                        .put("year", 2023).put("count", 3);
                p.putArray("emulationTitles").addObject().put("title", "ADVANCED_WORKER").put("year", 2023)
                        .put("count", 15);
            }));
            events.send(report(FINAL, "12.A", "12", null));
            events.send(report(FINAL, "15.A", "15", null));
        }, () -> {
            given().get(BASE + FINAL + "/provinces/14").then().statusCode(200).body("agenciesReported", equalTo(2));
            given().get(BASE + MIDTERM + "/provinces/14").then().statusCode(200).body("agenciesReported", equalTo(1));
            given().get(BASE + ANNUAL + "/provinces/14").then().statusCode(200).body("agenciesReported", equalTo(1));
            given().get(BASE + FINAL + "/provinces/15?boundaries=2025").then().statusCode(200)
                    .body("agenciesReported", equalTo(2));
        });
    }

    @Test
    void theTongKetStatesFiguresAsAReportDoesAndComparesWithTheSoKet() throws Exception {
        try (XWPFDocument doc = docx(BASE + FINAL + "/provinces/14/report.docx");
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("UBND TỈNH MƯỜI BỐN"), text);
            assertTrue(text.contains("Tổng kết thực hiện Phong trào thi đua"), text);
            assertTrue(text.contains("Qua báo cáo của 2 cơ quan, đơn vị, tỷ lệ cán bộ, công chức, viên chức, người lao "
                    + "động tham gia Phong trào đạt trên 98 %."), "the stated qualifier, the value once: " + text);
            assertFalse(text.contains("từ 98 % đến 98 %") || text.contains("bình quân 98 %"), text);
            String footnotes = doc.getFootnotes().stream().flatMap(f -> f.getParagraphs().stream())
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(footnotes.contains("Tỷ lệ chung là số ước tính, tính trên 40 người")
                    && footnotes.contains("2 cơ quan, đơn vị chỉ nêu tỷ lệ phần trăm"), "how it was estimated: " + footnotes);
            assertTrue(text.contains("1/2 cơ quan, đơn vị đã ban hành kế hoạch thực hiện Phong trào (đạt 50 %)."), text);
            assertTrue(text.contains("2/2 cơ quan, đơn vị có mô hình, cách làm hay (đạt 100 %)."), text);

            int annex = text.indexOf("Nội dung các cơ quan, đơn vị báo cáo");
            int results = text.indexOf("3. Kết quả thực hiện các nội dung thi đua");
            int written = text.indexOf("Có 1/2 cơ quan, đơn vị báo cáo nội dung này", results);
            assertTrue(written > results && written < annex, "the section says how many wrote on it: " + text);
            assertTrue(text.indexOf(ProvinceReportDocument.SYNTHESIS, written) < annex, "room for the synthesis");
            assertFalse(text.substring(0, annex).contains("Toàn thể công chức đã ký cam kết"), "no agency text in the body");
            assertTrue(text.indexOf("Kết quả thực hiện các nội dung thi đua: Toàn thể công chức đã ký cam kết") > annex,
                    "the agency's text, under its name, in the annex");
            assertTrue(text.indexOf("Cơ quan 14.A", annex) > annex, text);

            XWPFTable comparison = table(doc, "Chỉ tiêu");
            assertEquals(List.of("Số cơ quan, đơn vị đã báo cáo", "1", "2", "Tăng 1"), cells(row(comparison,
                    "Số cơ quan, đơn vị đã báo cáo")));
            assertEquals(List.of("Tỷ lệ cán bộ, công chức, viên chức, người lao động tham gia Phong trào (ước tính)",
                    "80 %", "98 %", "Tăng 18 điểm phần trăm"), cells(row(comparison, "tham gia Phong trào")));
            assertTrue(text.contains("So với kết quả sơ kết (đợt " + MIDTERM + ", năm 2022)"), text);
            assertEquals(List.of("2023", "3", "Lao động tiên tiến: 15"), cells(row(table(doc, "Năm"), "2023")));

            XWPFTable figures = table(doc, "STT");
            assertEquals(3, figures.getNumberOfRows(), "the header and the two agencies reported");
            assertTrue(Integer.parseInt(figures.getCTTbl().getTblGrid().getGridColArray(1).getW().toString()) >= 5000,
                    "the agency's name has room");
            assertEquals(STPageOrientation.LANDSCAPE, doc.getDocument().getBody().getSectPr().getPgSz().getOrient(),
                    "the annexes are landscape");
            XWPFTable missing = table(doc, "Mã cơ quan");
            assertEquals("14.C", missing.getRow(1).getCell(1).getText());
        }
    }

    @Test
    void theIssuerIsTheProvinceAtThePeriodsEndOrOnThe2025MapItsSuccessorNamingTheFormerOnes() throws Exception {
        try (XWPFDocument doc = docx(BASE + FINAL + "/provinces/12/report.docx");
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("UBND TỈNH MƯỜI HAI"), text);
            assertFalse(text.contains("trước sắp xếp"), text);
            assertFalse(text.contains("So sánh với kết quả sơ kết"), "12 had no report at the sơ kết: " + text);
        }
        try (XWPFDocument doc = docx(BASE + FINAL + "/provinces/15/report.docx?boundaries=2025");
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("UBND TỈNH MƯỜI LĂM"), text);
            assertFalse(text.contains("MƯỜI HAI"), text);
            assertTrue(text.contains("gồm địa bàn các tỉnh, thành phố trước sắp xếp: Mười Hai, Mười Lăm)"), text);
            assertTrue(text.contains("có 2 cơ quan, đơn vị thuộc diện báo cáo; 2 cơ quan, đơn vị đã gửi báo cáo"), text);
        }
    }

    private static XWPFDocument docx(String path) throws Exception {
        byte[] body = given().get(path).then().statusCode(200).contentType(ProvinceReportDocument.MEDIA_TYPE).extract()
                .asByteArray();
        return new XWPFDocument(new ByteArrayInputStream(body));
    }

    private static XWPFTable table(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)
                || t.getRow(0).getTableCells().size() > 1 && t.getRow(0).getCell(1).getText().equals(firstHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
    }

    private static XWPFTableRow row(XWPFTable table, String first) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().contains(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static ObjectNode round(String code, String kind, String start, String end) {
        ObjectNode event = MissingAgenciesAndCsvTest.round(code);
        ((ObjectNode) event.get("round")).put("kind", kind).put("periodStart", start).put("periodEnd", end);
        return event;
    }

    private static ObjectNode province(String code, String from, String to, String successor, String name) {
        ObjectNode event = TestEvents.province(code, from, to, successor);
        ((ObjectNode) event.get("province")).put("name", name);
        return event;
    }

    private static ObjectNode report(String round, String agency, String province, Consumer<ObjectNode> change) {
        ObjectNode event = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), agency, province, 1);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("roundCode", round);
        if (change != null) {
            change.accept(payload);
        }
        return event;
    }
}
