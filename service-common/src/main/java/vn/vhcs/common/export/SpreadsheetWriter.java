package vn.vhcs.common.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds an XLSX workbook (Apache POI) the way every export of vhcs writes one: sheets with a bold,
 * frozen header row, numbers as numbers (a spreadsheet adds them up) and anything else as text,
 * column widths set rather than measured (measuring needs fonts a server may not have). Needs
 * {@code poi-ooxml}, which service-common leaves to the services that export.
 */
public final class SpreadsheetWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;

    public SpreadsheetWriter() {
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
    }

    /** A new sheet with its header row; each column as wide as its title, within 12–60 characters. */
    public Sheet sheet(String name, String... titles) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, titles[i].length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Appends a row: numbers as numbers, null as an empty cell, anything else as its text. */
    public static void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    /** Column widths in characters, from the first column. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /** The workbook as an XLSX file; the writer is done after this. */
    public byte[] bytes() {
        return OfficeFiles.bytes(book);
    }
}
