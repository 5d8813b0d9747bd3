package vn.vhcs.aggregation.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A share with what it was computed from. {@code value} is rounded to 5 decimals and is null
 * when the denominator is 0: no data is not a rate of 0.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Rate", description = "A share with what it was computed from. `value` is `numerator / denominator` "
        + "rounded to 5 decimals, and null when the denominator is 0: no data is not a rate of 0.",
        requiredProperties = { "value", "numerator", "denominator" })
public record Rate(
        @Schema(nullable = true, minimum = "0", examples = "0.9") Double value,
        @Schema(minimum = "0", examples = "18") long numerator,
        @Schema(minimum = "0", examples = "20") long denominator) {

    public static Rate of(long numerator, long denominator) {
        Double value = denominator == 0 ? null : Math.round(numerator * 100_000.0 / denominator) / 100_000.0;
        return new Rate(value, numerator, denominator);
    }
}
