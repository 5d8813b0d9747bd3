package vn.vhcs.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a registration may call an agency stays text in a workbook: never a formula a spreadsheet runs. */
class SpreadsheetWriterTest {

    @Test
    void aNameThatLooksLikeAFormulaStaysAString() throws IOException {
        SpreadsheetWriter writer = new SpreadsheetWriter();
        Sheet sheet = writer.sheet("Cơ quan", "Mã", "Tên", "Số");
        SpreadsheetWriter.row(sheet, "70.X", "=HYPERLINK(\"http://x\")", -2);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(writer.bytes()))) {
            var row = read.getSheet("Cơ quan").getRow(1);
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", row.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
        }
    }
}
