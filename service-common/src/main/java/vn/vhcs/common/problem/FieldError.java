package vn.vhcs.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One broken rule.
 *
 * @param field the JSON path of the offending value, e.g. {@code workforce.participating} or {@code models[2].sector}
 */
@Schema(name = "FieldError", description = "One broken rule.", requiredProperties = { "field", "message" })
public record FieldError(
        @Schema(description = "The JSON path of the offending value (e.g. `workforce.participating`, "
                + "`models[2].sector`), or the query parameter or header (`size`, `Idempotency-Key`).",
                examples = "workforce.participating")
        String field,
        @Schema(description = "What the value must be, in the caller's language.",
                examples = "must not exceed workforce.total (20)")
        String message) {
}
