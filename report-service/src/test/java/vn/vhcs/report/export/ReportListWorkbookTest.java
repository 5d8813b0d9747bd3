package vn.vhcs.report.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.GatewayTokens;

/**
 * The report list as a spreadsheet: the same page as the JSON, each report's figures as the agency
 * stated them, with the scope of the JSON list.
 */
@QuarkusTest
class ReportListWorkbookTest {

    static final String XLSX = ReportWorkbook.MEDIA_TYPE;

    @BeforeEach
    void round() {
        ReportFixtures.round();
    }

    @Test
    void theWorkbookIsTheJsonPageWithFiguresAsStated() throws Exception {
        String first = ReportFixtures.agency("37");
        String second = ReportFixtures.agency("37");
        given().contentType(ContentType.JSON).body(ReportFixtures.report(first)).post("/api/v1/reports").then()
                .statusCode(201);
        Map<String, Object> stated = ReportFixtures.with(ReportFixtures.report(second), "workforce.participating",
                Map.of("percent", 95, "qualifier", "MORE_THAN"));
        ReportFixtures.with(stated, "indicators.citizenSatisfactionPercent", Map.of("percent", 95, "qualifier", "MORE_THAN"));
        given().contentType(ContentType.JSON).body(stated).post("/api/v1/reports").then().statusCode(201);

        String query = "/api/v1/reports?province=37&agency=";
        for (String agency : List.of(first, second)) {
            Map<String, Object> json = given().get(query + agency).then().statusCode(200).extract().jsonPath()
                    .getMap("items[0]");
            Response answer = given().accept(XLSX).get(query + agency);
            answer.then().statusCode(200).contentType(XLSX)
                    .header("Content-Disposition", "attachment; filename=\"bao-cao-37.xlsx\"");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()))) {
                Sheet reports = book.getSheet("Báo cáo");
                assertEquals(1, reports.getLastRowNum());
                List<String> header = cells(reports.getRow(0));
                List<String> row = cells(reports.getRow(1));
                assertEquals(json.get("id"), row.get(header.indexOf("Mã báo cáo")));
                assertEquals("Cơ quan thử " + agency, row.get(header.indexOf("Tên cơ quan, đơn vị")));
                @SuppressWarnings("unchecked")
                Map<String, Object> workforce = (Map<String, Object>) json.get("workforce");
                assertEquals(workforce.get("total").toString(), row.get(header.indexOf("Tổng số CBCCVC và người lao động")));
                Object participating = workforce.get("participating");
                assertEquals(participating instanceof Map ? "trên 95 %" : participating.toString(),
                        row.get(header.indexOf("Số người tham gia")));
                assertEquals(((List<?>) json.get("models")).size(), book.getSheet("Mô hình").getLastRowNum());
                List<String> award = cells(book.getSheet("Khen thưởng, danh hiệu").getRow(1));
                assertEquals(List.of(agency, "Cơ quan thử " + agency, "Khen thưởng", "Biểu dương", "Cá nhân", "2021", "4"),
                        award);
            }
        }
        // a reader without reports may not have them in any form
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.reader("r", List.of("37"), false)))
                .accept(XLSX).get(query + first).then().statusCode(403);
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                            .toPlainString()
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
