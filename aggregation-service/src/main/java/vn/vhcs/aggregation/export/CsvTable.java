package vn.vhcs.aggregation.export;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.contract.figures.FigureDefinition.Labels;

/**
 * Any statistics answer as one CSV table (RFC 4180, UTF-8 with a byte order mark, so that a
 * spreadsheet opens Vietnamese names as they are): one row per object, a header row (also when
 * there is no row), nested fields as dotted columns ({@code participationRate.value}), counted
 * lists as one column per key ({@code commendations.CERTIFICATE_OF_MERIT.COLLECTIVE}), lists of
 * agencies as codes joined by {@code ;}. Numbers are written plainly (100, never {@code 1E+2}),
 * rates as decimals. Column titles are the dotted field names, or in Vietnamese.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    /** U+FEFF, written first: EF BB BF in UTF-8. */
    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String TITLE = "statistics.column.";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(
            new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CsvTable() {
    }

    /**
     * The rows, objects of {@code type}, as a table whose column titles are in {@code locale}'s
     * language: the field names in English, translated in Vietnamese.
     */
    public static String of(List<?> rows, Class<?> type, Locale locale) {
        Table table = table(rows, type);
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        line(csv, table.columns().stream().map(c -> table.title(c, locale)).toList());
        for (Map<String, String> cells : table.rows()) {
            line(csv, table.columns().stream().map(c -> cells.getOrDefault(c, "")).toList());
        }
        return csv.toString();
    }

    /**
     * The flattened table before it is written: dotted column names, each row's cells by column, and the labels
     * of the catalogue's figures its {@code figures.<code>.…} columns hold, by code (from the answer itself).
     */
    public record Table(List<String> columns, List<Map<String, String>> rows, Map<String, Labels> figureLabels) {

        public Table(List<String> columns, List<Map<String, String>> rows) {
            this(columns, rows, Map.of());
        }

        /**
         * {@link CsvTable#title}, but in Vietnamese a figure's columns are titled with its label in the catalogue
         * ("Số lớp tập huấn, bồi dưỡng đã tổ chức - Tổng"), not its code.
         */
        public String title(String column, Locale locale) {
            String[] parts = column.split("\\.", 3);
            Labels label = parts.length == 3 && FIGURES.equals(parts[0]) ? figureLabels.get(parts[1]) : null;
            if (label == null || !locale.getLanguage().equals(Messages.VIETNAMESE.getLanguage())) {
                return CsvTable.title(column, locale);
            }
            return label.in(locale.getLanguage()) + " - " + CsvTable.title(parts[2], locale);
        }
    }

    private static final String FIGURES = "figures";

    /** The rows flattened as the CSV writes them (the spreadsheet export writes the same cells). */
    public static Table table(List<?> rows, Class<?> type) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        Map<String, Labels> labels = new LinkedHashMap<>();
        for (Object row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            JsonNode tree = JSON.valueToTree(row);
            figures(tree, labels);
            flatten("", tree, cells);
            columns.addAll(cells.keySet());
            flat.add(cells);
        }
        if (rows.isEmpty()) {
            columns(type, "", columns);
        }
        return new Table(List.copyOf(columns), flat, labels);
    }

    /**
     * The catalogue's figures of an answer ({@code figures.<code>}) as cells: their labels go to the titles (and
     * {@code labels}) rather than into every row, the kind is said by the columns, a LIST's names are one cell
     * ("Phòng A (2);Phòng B (1)").
     */
    private static void figures(JsonNode owner, Map<String, Labels> labels) {
        // wherever they are: the answer's, the national figures' central part's, a kind's or bloc's breakdown
        owner.fields().forEachRemaining(child -> {
            if (child.getValue().isObject() && !FIGURES.equals(child.getKey())) {
                figures(child.getValue(), labels);
            }
        });
        if (!owner.path(FIGURES).isObject()) {
            return;
        }
        owner.get(FIGURES).fields().forEachRemaining(f -> {
            if (f.getValue() instanceof ObjectNode figure && figure.path("label").isObject()) {
                labels.putIfAbsent(f.getKey(), JSON.convertValue(figure.get("label"), Labels.class));
                figure.remove(List.of("label", "kind"));
                if (figure.path("names").isArray()) {
                    StringJoiner names = new StringJoiner(";");
                    figure.get("names").forEach(n -> names.add(n.path("name").asText() + " ("
                            + n.path("agencies").asText() + ")"));
                    figure.put("names", names.toString());
                }
            }
        });
    }

    /** The column title: the dotted field name, or each of its parts translated in Vietnamese. */
    public static String title(String column, Locale locale) {
        if (!locale.getLanguage().equals(Messages.VIETNAMESE.getLanguage())) {
            return column;
        }
        StringJoiner title = new StringJoiner(" - ");
        for (String part : column.split("\\.")) {
            String text = Messages.get(locale, TITLE + part);
            title.add(text.equals(TITLE + part) ? part : text);
        }
        return title.toString();
    }

    /**
     * The columns a type has before any data: its fields, nested records' fields dotted. A field of a
     * type it is nested in (the national figures' {@code central} part) has no columns of its own.
     */
    private static void columns(Class<?> type, String path, Set<String> columns) {
        columns(type, path, columns, new java.util.HashSet<>());
    }

    private static void columns(Class<?> type, String path, Set<String> columns, Set<Class<?>> enclosing) {
        if (!type.isRecord()) {
            columns.add(path);
            return;
        }
        enclosing.add(type);
        for (RecordComponent field : type.getRecordComponents()) {
            if (!enclosing.contains(field.getType())) {
                columns(field.getType(), path.isEmpty() ? field.getName() : path + "." + field.getName(), columns,
                        enclosing);
            }
        }
        enclosing.remove(type);
    }

    /** A number as written by hand: 100 not 1E+2, 0.5 not 5E-1, 0.00001 not 1.0E-5. */
    static String plain(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        return number.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static void flatten(String path, JsonNode node, Map<String, String> cells) {
        if (node == null || node.isNull()) {
            cells.put(path, "");
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), cells);
            }
        } else if (node.isArray()) {
            StringJoiner codes = new StringJoiner(";");
            for (JsonNode item : node) {
                if (item.has("count")) {
                    StringJoiner key = new StringJoiner(".");
                    item.fields().forEachRemaining(f -> {
                        if (!f.getKey().equals("count")) {
                            key.add(f.getValue().asText());
                        }
                    });
                    JsonNode count = item.get("count");
                    cells.put(path + "." + key, count.isNumber() ? plain(count) : count.asText());
                } else if (item.has("code")) {
                    codes.add(item.get("code").asText());
                } else {
                    codes.add(item.asText());
                }
            }
            if (codes.length() > 0 || node.isEmpty()) {
                cells.put(path, codes.toString());
            }
        } else if (node.isNumber()) {
            cells.put(path, plain(node));
        } else {
            cells.put(path, node.asText());
        }
    }

    private static void line(StringBuilder csv, Iterable<String> values) {
        StringJoiner line = new StringJoiner(",");
        for (String cell : values) {
            String v = inert(cell);
            line.add(v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                    ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        csv.append(line).append("\r\n");
    }

    /** A number as the statistics write it: a spreadsheet reads it as a number, never as a formula. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /**
     * A cell a spreadsheet would run as a formula (OWASP "CSV injection": it begins with =, +, -, @, a tab or a
     * carriage return; an agency's name is whatever its registration said) gets a leading apostrophe, so it is shown
     * as text. Numbers, negative ones included, stay numbers.
     */
    static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
