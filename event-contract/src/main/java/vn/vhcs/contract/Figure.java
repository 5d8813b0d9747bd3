package vn.vhcs.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A figure as a report states it (DESIGN "Figures"): a count, a percent with an optional qualifier,
 * or both when the report gives both. A bare whole number — the only form of v1 — is a count.
 * Nothing is derived here: a percent stays a percent until a statistic has a base for it.
 *
 * @param count whole number 0…1,000,000, or null when the report states only a percent
 * @param percent 0…100 with at most 2 decimals, or null when the report states only a count
 * @param qualifier how exact the stated figure is; null means {@link Qualifier#EXACT}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(Integer count, BigDecimal percent, Qualifier qualifier) {

    /** "trên/hơn" MORE_THAN, "… trở lên" AT_LEAST, "khoảng/ước/gần" APPROXIMATELY, "dưới" LESS_THAN. */
    public enum Qualifier {
        EXACT, MORE_THAN, AT_LEAST, APPROXIMATELY, LESS_THAN
    }

    /** The JSON member names of the object form; nothing else is accepted in it. */
    public static final java.util.Set<String> FIELDS = java.util.Set.of("count", "percent", "qualifier");

    public static Figure ofCount(int count) {
        return new Figure(count, null, null);
    }

    public static Figure ofPercent(BigDecimal percent, Qualifier qualifier) {
        return new Figure(null, percent, qualifier);
    }

    /** Reads a bare whole number (a count) or the object form; anything else is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Figure fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return ofCount(node.intValue());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("a figure is a whole number or {\"count\": n, \"percent\": p, \"qualifier\": q}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            String name = it.next().getKey();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field in a figure: " + name);
            }
        }
        JsonNode count = node.get("count");
        JsonNode percent = node.get("percent");
        JsonNode qualifier = node.get("qualifier");
        if (count != null && !count.isNull() && !(count.isIntegralNumber() && count.canConvertToInt())) {
            throw new IllegalArgumentException("count must be a whole number");
        }
        if (percent != null && !percent.isNull() && !percent.isNumber()) {
            throw new IllegalArgumentException("percent must be a number");
        }
        if (qualifier != null && !qualifier.isNull() && !qualifier.isTextual()) {
            throw new IllegalArgumentException("qualifier must be one of " + java.util.Arrays.toString(Qualifier.values()));
        }
        return new Figure(count == null || count.isNull() ? null : count.intValue(),
                percent == null || percent.isNull() ? null : percent.decimalValue(),
                qualifier == null || qualifier.isNull() ? null : Qualifier.valueOf(qualifier.textValue()));
    }

    /**
     * As JSON: a count alone is the bare whole number (the v1 form, so a v1 client reads back what
     * it sent); anything else is the object form with the parts stated.
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public Object json() {
        if (count != null && percent == null && qualifier == null) {
            return count;
        }
        java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
        if (count != null) {
            object.put("count", count);
        }
        if (percent != null) {
            object.put("percent", percent);
        }
        if (qualifier != null) {
            object.put("qualifier", qualifier);
        }
        return object;
    }

    /** The qualifier in force: {@link Qualifier#EXACT} when none was stated. */
    public Qualifier qualifierOrExact() {
        return qualifier == null ? Qualifier.EXACT : qualifier;
    }

    public boolean hasCount() {
        return count != null;
    }

    public boolean percentOnly() {
        return count == null && percent != null;
    }

    /** The stated percent, or the count as a percent of {@code total} (null when neither is possible). */
    public BigDecimal percentOf(Integer total) {
        if (percent != null) {
            return percent;
        }
        if (count == null || total == null || total == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 4,
                RoundingMode.HALF_EVEN);
    }

    /**
     * DESIGN: when both are stated they must agree, |n/total·100 − p| &lt; 1. True when they do, or when
     * there is nothing to compare (one of them, or the total, is missing).
     */
    public boolean countAgreesWithPercent(Integer total) {
        if (count == null || percent == null || total == null || total == 0) {
            return true;
        }
        BigDecimal fromCount = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total),
                6, RoundingMode.HALF_EVEN);
        return fromCount.subtract(percent).abs().compareTo(BigDecimal.ONE) < 0;
    }
}
