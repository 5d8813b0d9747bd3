package vn.vhcs.aggregation.api;

import java.util.List;
import java.util.Locale;

import vn.vhcs.aggregation.export.CsvTable;

/**
 * An answer's rows as a table, written by the writer of the response's format: as CSV by
 * {@link CsvWriter} (column titles in {@code locale}'s language), as a workbook of one sheet named
 * {@code sheet} (Vietnamese titles) by {@link XlsxWriter}.
 */
public record TableAnswer(List<?> rows, Class<?> type, Locale locale, String sheet) {

    /** The rows as one CSV table ({@link CsvTable}). */
    public String csv() {
        return CsvTable.of(rows, type, locale);
    }
}
