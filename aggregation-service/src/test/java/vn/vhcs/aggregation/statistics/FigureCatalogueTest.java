package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.export.ProvinceReportDocument;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.RegistryEvent;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureDefinition.Labels;
import vn.vhcs.contract.figures.FigureKind;

/**
 * A figure an administrator adds: a report states it before its definition arrives (the definitions travel on
 * the registry topic, the reports on theirs), then the definition arrives and a round asks for it; the statistics,
 * the CSV, the workbook and the Word report show it under its label; a new label shows in the next answers, with
 * no restart. A round and province (64) of its own.
 */
@QuarkusTest
class FigureCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUND = "FIG-" + (System.nanoTime() % 100000);
    private static final String BASE = "/api/v1/statistics/rounds/" + ROUND + "/provinces/64";
    /** A code of this run only: the database outlives a run, and a definition only takes a higher revision. */
    private static final String CODE = "thematicClasses" + (System.nanoTime() % 100000);
    private static final String LABEL = "Số lớp học tập chuyên đề đã mở";
    private static final String RELABELLED = "Số lớp học tập, quán triệt chuyên đề đã mở";

    @Test
    void aNewFigureIsCountedWhenItsDefinitionArrivesAndShownUnderItsLabelEverywhere() throws Exception {
        try (TestEvents events = new TestEvents()) {
            ObjectNode round = MissingAgenciesAndCsvTest.round(ROUND);
            ((ObjectNode) round.get("round")).putArray("figures").add(CODE).add("trainingsHeld");
            events.send(round);
            events.send(TestEvents.province("64"));
            events.send(TestEvents.agency("64.F1", "64", "PROVINCIAL_DEPARTMENT", 1, true));
            events.send(TestEvents.agency("64.F2", "64", "PROVINCIAL_DEPARTMENT", 1, true));
            ObjectNode report = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "64.F1", "64", 1);
            ObjectNode payload = (ObjectNode) report.get("payload");
            payload.put("roundCode", ROUND);
            payload.putObject("figures").put(CODE, 3).put("trainingsHeld", 12);
            events.send(report);
            // counted where the catalogue knows it; the unknown code is in no answer yet
            await(() -> given().get(BASE).then().statusCode(200).body("agenciesReported", equalTo(1))
                    .body("figures.trainingsHeld.sum", equalTo(12)).body("figures." + CODE, nullValue()));

            events.send(defined(LABEL, 1));
            await(() -> given().get(BASE).then().statusCode(200).body("figures." + CODE + ".sum", equalTo(3)));
        }
        given().get(BASE).then().statusCode(200)
                .body("figures." + CODE + ".kind", equalTo("COUNT"))
                .body("figures." + CODE + ".label.vi", equalTo(LABEL))
                .body("figures." + CODE + ".agenciesStating", equalTo(1))
                .body("figures.trainingsHeld.label.vi", equalTo("Số lớp tập huấn, bồi dưỡng đã tổ chức"));
        String etag = given().get(BASE).header("ETag");

        assertShown(LABEL);

        try (TestEvents events = new TestEvents()) {
            events.send(defined(RELABELLED, 2));
            events.send(defined("Một nhãn cũ hơn", 1)); // an older revision changes nothing
        }
        await(() -> given().get(BASE).then().statusCode(200).body("figures." + CODE + ".label.vi", equalTo(RELABELLED)));
        given().get(BASE).then().body("figures." + CODE + ".sum", equalTo(3));
        assertNotEquals(etag, given().get(BASE).header("ETag"), "a label is part of the answer");
        assertShown(RELABELLED);
    }

    /** The CSV's title, the workbook's figures sheet and the Word report's sentence carry the label. */
    private static void assertShown(String label) throws Exception {
        List<String> csv = given().accept(CsvTable.MEDIA_TYPE).header("Accept-Language", "vi").get(BASE).then()
                .statusCode(200).extract().asString().lines().toList();
        List<String> titles = cells(csv.get(0));
        int column = titles.indexOf(label + " - Tổng");
        assertTrue(column >= 0, "a column titled with the label: " + csv.get(0));
        assertEquals("3", cells(csv.get(1)).get(column));

        byte[] xlsx = given().accept(StatisticsWorkbook.MEDIA_TYPE).get(BASE).then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet figures = book.getSheet("Chỉ tiêu");
            Row row = null;
            for (Row r : figures) {
                if (r.getCell(2) != null && CODE.equals(r.getCell(2).getStringCellValue())) {
                    row = r;
                }
            }
            assertTrue(row != null, "a row for the figure");
            assertEquals(label, row.getCell(1).getStringCellValue());
            assertEquals(1, row.getCell(3).getNumericCellValue());
            assertEquals("3 (1 cơ quan, đơn vị nêu)", row.getCell(4).getStringCellValue());
            // each agency's value as it stated it, in a column under the label
            Sheet agencies = book.getSheet("Cơ quan báo cáo");
            int under = -1;
            for (int i = 0; i < agencies.getRow(0).getLastCellNum(); i++) {
                if (label.equals(agencies.getRow(0).getCell(i).getStringCellValue())) {
                    under = i;
                }
            }
            assertTrue(under > 0, "a column under the label");
            assertEquals("3", agencies.getRow(1).getCell(under).getStringCellValue());
        }

        byte[] docx = given().get(BASE + "/report.docx").then().statusCode(200).contentType(ProvinceReportDocument.MEDIA_TYPE)
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains(label + ": 3 (1 cơ quan, đơn vị nêu)."), text);
            assertTrue(text.contains("Số lớp tập huấn, bồi dưỡng đã tổ chức: 12 (1 cơ quan, đơn vị nêu)."), text);
        }
    }

    /** A CSV line's cells (RFC 4180 quotes; no line breaks in these). */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static ObjectNode defined(String label, long revision) {
        FigureDefinition figure = new FigureDefinition(CODE, FigureKind.COUNT, new Labels(label, "Thematic classes"),
                null, null, List.of(), "II.2", false, null, false, false, revision);
        RegistryEvent event = new RegistryEvent(UUID.randomUUID(), RegistryEvent.RegistryEventType.FigureDefined, 2,
                Instant.now(), RegistryEvent.figureKey(CODE), revision, null, null, null, null, null, figure);
        try {
            return (ObjectNode) JSON.readTree(EventCodec.toJson(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(org.awaitility.core.ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
    }
}
