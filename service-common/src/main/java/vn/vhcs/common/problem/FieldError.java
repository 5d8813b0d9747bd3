package vn.vhcs.common.problem;

/**
 * One broken rule.
 *
 * @param field the JSON path of the offending value, e.g. {@code workforce.participating} or {@code models[2].sector}
 */
public record FieldError(String field, String message) {
}
