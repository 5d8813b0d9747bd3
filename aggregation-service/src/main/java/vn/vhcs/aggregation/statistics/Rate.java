package vn.vhcs.aggregation.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A share with what it was computed from. {@code value} is rounded to 5 decimals and is null
 * when the denominator is 0: no data is not a rate of 0.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Rate(Double value, long numerator, long denominator) {

    public static Rate of(long numerator, long denominator) {
        Double value = denominator == 0 ? null : Math.round(numerator * 100_000.0 / denominator) / 100_000.0;
        return new Rate(value, numerator, denominator);
    }
}
