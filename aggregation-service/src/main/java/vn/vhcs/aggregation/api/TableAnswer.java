package vn.vhcs.aggregation.api;

import java.util.List;
import java.util.Locale;
import vn.vhcs.aggregation.export.CsvTable;

/**
 * An answer's rows as a table, written by {@link TableAnswerWriter} as CSV ({@link CsvTable}:
 * column titles in {@code locale}'s language) or as a workbook of one sheet named {@code sheet}
 * (Vietnamese titles), whichever the response's media type is.
 */
public record TableAnswer(List<?> rows, Class<?> type, Locale locale, String sheet) {
}
