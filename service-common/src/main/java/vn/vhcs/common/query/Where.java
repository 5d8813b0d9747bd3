package vn.vhcs.common.query;

import java.util.HashMap;
import java.util.Map;

/**
 * The where clause of a search whose filters are each optional: a filter left out (null) adds
 * nothing. Named parameters, never values in the text.
 */
public final class Where {

    private final StringBuilder clause = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = :field} when the value is given. */
    public Where equal(String field, Object value) {
        return value == null ? this : and(field + " = :" + field, Map.of(field, value));
    }

    /** A condition and the named parameters it uses. */
    public Where and(String condition, Map<String, Object> named) {
        clause.append(" and ").append(condition);
        params.putAll(named);
        return this;
    }

    public String clause() {
        return clause.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
