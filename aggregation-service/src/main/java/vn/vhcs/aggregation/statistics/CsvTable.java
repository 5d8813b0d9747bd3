package vn.vhcs.aggregation.statistics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Any statistics answer as one CSV table (RFC 4180, UTF-8): one row per object, a header row,
 * nested fields as dotted columns ({@code participationRate.value}), counted lists as one column
 * per key ({@code commendations.CERTIFICATE_OF_MERIT.COLLECTIVE}), agency lists as codes joined
 * by {@code ;}. Numbers are written as they are, rates as decimals.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(
            new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CsvTable() {
    }

    public static String of(List<?> rows) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (Object row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            flatten("", JSON.valueToTree(row), cells);
            columns.addAll(cells.keySet());
            flat.add(cells);
        }
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        for (Map<String, String> cells : flat) {
            line(csv, columns.stream().map(c -> cells.getOrDefault(c, "")).toList());
        }
        return csv.toString();
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
                    cells.put(path + "." + key, item.get("count").asText());
                } else if (item.has("code")) {
                    codes.add(item.get("code").asText());
                } else {
                    codes.add(item.asText());
                }
            }
            if (codes.length() > 0 || node.isEmpty()) {
                cells.put(path, codes.toString());
            }
        } else {
            cells.put(path, node.asText());
        }
    }

    private static void line(StringBuilder csv, Iterable<String> values) {
        StringJoiner line = new StringJoiner(",");
        for (String v : values) {
            line.add(v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                    ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        csv.append(line).append("\r\n");
    }
}
