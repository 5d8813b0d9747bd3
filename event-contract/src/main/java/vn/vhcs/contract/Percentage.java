package vn.vhcs.contract;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An indicator as a report states it: a percent, with an optional qualifier ("trên 95%"). A bare
 * number — the only form of v1 — is a percent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Percentage(BigDecimal percent, Figure.Qualifier qualifier) {

    public static final java.util.Set<String> FIELDS = java.util.Set.of("percent", "qualifier");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Percentage fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return new Percentage(node.decimalValue(), null);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("an indicator is a number or {\"percent\": p, \"qualifier\": q}");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field in an indicator: " + name);
            }
        });
        JsonNode percent = node.get("percent");
        JsonNode qualifier = node.get("qualifier");
        if (percent == null || !percent.isNumber()) {
            throw new IllegalArgumentException("percent must be a number");
        }
        if (qualifier != null && !qualifier.isNull() && !qualifier.isTextual()) {
            throw new IllegalArgumentException("qualifier must be text");
        }
        return new Percentage(percent.decimalValue(),
                qualifier == null || qualifier.isNull() ? null : Figure.Qualifier.valueOf(qualifier.textValue()));
    }

    /** As JSON: a percent alone is the bare number (the v1 form); with a qualifier, the object form. */
    @com.fasterxml.jackson.annotation.JsonValue
    public Object json() {
        if (qualifier == null) {
            return percent;
        }
        java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
        object.put("percent", percent);
        object.put("qualifier", qualifier);
        return object;
    }

    public Figure.Qualifier qualifierOrExact() {
        return qualifier == null ? Figure.Qualifier.EXACT : qualifier;
    }
}
