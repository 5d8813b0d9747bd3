package vn.vhcs.contract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;

/**
 * A figure's value as a report states it in {@code figures.{code}}, by its kind, and the aliases between
 * those values and the v2 fields. The one place that knows each kind's JSON form: report-service checks
 * bodies with it, aggregation-service reads events with it.
 *
 * <ul>
 * <li>{@code SHARE}: a {@link Figure} — a whole number, or {@code {"count", "percent", "qualifier"}};</li>
 * <li>{@code PERCENT}: a {@link Percentage} — a number, or {@code {"percent", "qualifier"}};</li>
 * <li>{@code COUNT}: a whole number, or {@code {"count": n, "qualifier": q}} (a built-in alias: the number only);</li>
 * <li>{@code YES_NO}: {@code true} or {@code false};</li>
 * <li>{@code ORDINAL}: one of the definition's level codes;</li>
 * <li>{@code LIST}: an array of names (at most 500, each at most 500 characters);</li>
 * <li>{@code TEXT}: text of at most 20,000 characters.</li>
 * </ul>
 */
public final class FigureValues {

    public static final int MAX_COUNT = 1_000_000;
    public static final int MAX_ITEMS = 500;
    public static final int MAX_ITEM_LENGTH = 500;
    public static final int MAX_TEXT_LENGTH = 20_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The member of a report (and of its event state) that holds figures by code. */
    public static final String MEMBER = "figures";

    private FigureValues() {
    }

    /**
     * A broken rule of a value: {@code path} is relative to the value ("" for the value itself, ".count", "[2]"),
     * {@code rule} a message key of the service that reports it, {@code args} its arguments.
     */
    public record Violation(String path, String rule, List<Object> args) {

        static Violation of(String path, String rule, Object... args) {
            return new Violation(path, rule, List.of(args));
        }
    }

    /** The rules of a value of this figure; {@code total} is its base's total where the report states it. */
    public static List<Violation> check(FigureDefinition figure, JsonNode value, Integer total) {
        List<Violation> broken = new ArrayList<>();
        if (value == null || value.isNull()) {
            return broken;
        }
        switch (figure.kind()) {
            case SHARE -> share(broken, value, total);
            case PERCENT -> percent(broken, value);
            case COUNT -> count(broken, value, figure.alias() != null);
            case YES_NO -> {
                if (!value.isBoolean()) {
                    broken.add(Violation.of("", "figure.kind.YES_NO"));
                }
            }
            case ORDINAL -> {
                List<String> codes = figure.levels().stream().map(FigureDefinition.Level::code).toList();
                if (!value.isTextual() || !codes.contains(value.textValue())) {
                    broken.add(Violation.of("", "figure.kind.ORDINAL", String.join(", ", codes)));
                }
            }
            case LIST -> list(broken, value);
            case TEXT -> {
                if (!value.isTextual() || value.textValue().length() > MAX_TEXT_LENGTH) {
                    broken.add(Violation.of("", "figure.kind.TEXT", MAX_TEXT_LENGTH));
                }
            }
        }
        return broken;
    }

    private static void share(List<Violation> broken, JsonNode value, Integer total) {
        Figure f;
        try {
            f = Figure.fromJson(value);
        } catch (RuntimeException e) {
            broken.add(Violation.of("", "figure.kind.SHARE"));
            return;
        }
        if (f.count() == null && f.percent() == null) {
            broken.add(Violation.of("", "report.figure.empty"));
            return;
        }
        String countPath = f.percent() == null && value.isNumber() ? "" : ".count";
        boolean ok = f.count() == null || inRange(broken, countPath, f.count());
        ok &= f.percent() == null || percentInRange(broken, ".percent", f.percent());
        if (!ok || total == null) {
            return;
        }
        if (f.count() != null && f.count() > total) {
            broken.add(Violation.of(countPath, "figure.share.max", total));
        } else if (!f.countAgreesWithPercent(total)) {
            broken.add(Violation.of(".percent", "figure.share.disagree", f.count(), total));
        }
    }

    private static void percent(List<Violation> broken, JsonNode value) {
        Percentage p;
        try {
            p = Percentage.fromJson(value);
        } catch (RuntimeException e) {
            broken.add(Violation.of("", "figure.kind.PERCENT"));
            return;
        }
        percentInRange(broken, value.isNumber() ? "" : ".percent", p.percent());
    }

    private static void count(List<Violation> broken, JsonNode value, boolean bareOnly) {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            inRange(broken, "", value.intValue());
            return;
        }
        Figure f = null;
        try {
            f = bareOnly ? null : Figure.fromJson(value);
        } catch (RuntimeException e) {
            // reported below
        }
        if (f == null || f.count() == null || f.percent() != null) {
            broken.add(Violation.of("", bareOnly ? "figure.kind.COUNT.bare" : "figure.kind.COUNT"));
            return;
        }
        inRange(broken, ".count", f.count());
    }

    private static void list(List<Violation> broken, JsonNode value) {
        if (!value.isArray() || value.size() > MAX_ITEMS) {
            broken.add(Violation.of("", "figure.kind.LIST", MAX_ITEMS));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > MAX_ITEM_LENGTH) {
                broken.add(Violation.of("[" + i + "]", "figure.list.item", MAX_ITEM_LENGTH));
            }
        }
    }

    private static boolean inRange(List<Violation> broken, String path, int count) {
        if (count < 0 || count > MAX_COUNT) {
            broken.add(Violation.of(path, "report.figure.count.range"));
            return false;
        }
        return true;
    }

    private static boolean percentInRange(List<Violation> broken, String path, BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            broken.add(Violation.of(path, "report.figure.percent.range"));
            return false;
        }
        return true;
    }

    // ---- reading a checked value ----

    /** A SHARE's or COUNT's value as a {@link Figure} (a COUNT has no percent). */
    public static Figure figure(JsonNode value) {
        return value == null || value.isNull() ? null : Figure.fromJson(value);
    }

    /** A PERCENT's value. */
    public static Percentage percentage(JsonNode value) {
        return value == null || value.isNull() ? null : Percentage.fromJson(value);
    }

    /** A LIST's names, trimmed, blanks left out. */
    public static List<String> names(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isTextual() && !item.textValue().isBlank()) {
                    names.add(item.textValue().strip());
                }
            });
        }
        return names;
    }

    // ---- aliases ----

    /** The value at a dotted path ({@code workforce.participating}) of a JSON object; null when absent. */
    public static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** Puts a value at a dotted path of a JSON object, making the objects on the way. */
    public static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            node = next instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /**
     * Every figure a report (or its event state) states, by code: its {@code figures} member and, for the
     * built-in figures with an alias, the v2 field's value (the {@code figures} member's value wins, though
     * report-service never lets them differ).
     */
    public static Map<String, JsonNode> of(JsonNode report, Collection<FigureDefinition> aliased) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (report == null || !report.isObject()) {
            return values;
        }
        for (FigureDefinition f : aliased) {
            JsonNode v = f.alias() == null ? null : at(report, f.alias());
            if (v != null) {
                values.put(f.code(), v);
            }
        }
        JsonNode figures = report.get(MEMBER);
        if (figures != null && figures.isObject()) {
            figures.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue());
                }
            });
        }
        return values;
    }

    /** {@link #of} with the built-in aliases. */
    public static Map<String, JsonNode> of(JsonNode report) {
        return of(report, StandardFigures.aliased());
    }

    /** The values of {@code figures} as a JSON object, in the order given. */
    public static ObjectNode object(Map<String, JsonNode> values) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        values.forEach(object::set);
        return object;
    }
}
