package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vhcs.contract.Figure;
import vn.vhcs.aggregation.store.Tally;

/**
 * What the reports state about one figure (participation, commitments, member units with culture
 * rules or with plans), and how: counts, percents, on which base — with nothing invented (DESIGN
 * "Statistics", {@code measures}). The {@code rate} adds stated counts and, for an agency that
 * stated only a percent, percent × its base (the report's own total, else the registry's
 * staffing where that is a base for this figure), over the sum of those bases; it is
 * {@code estimated} as soon as one percent entered it. Agencies with a percent and no base count
 * only in {@code statedPercent}, which holds every stated figure as a percent.
 */
@Schema(name = "Measure", description = "What the reports state about one figure and how: how many agencies state it, "
        + "with a count or only a percent (and how many of those have no base), the rate over the agencies that have a "
        + "base (counts, plus percent × base for percent-only agencies: then `estimated`), and the stated percents.")
public record Measure(
        @Schema(description = "Agencies whose report states this figure (a count, a percent, or both).") int agenciesStating,
        @Schema(description = "Of those, agencies stating a count.") int withCount,
        @Schema(description = "Of those, agencies stating only a percent.") int withPercentOnly,
        @Schema(description = "Of the percent-only agencies, those with no base (no total in the report, no staffing in "
                + "the registry): they enter only `statedPercent`.") int percentOnlyWithoutBase,
        @Schema(description = "The share over the agencies with a base; its value is null when none has one.") MeasureRate rate,
        @Schema(description = "True when a stated percent (not a count) entered the rate: the numerator is an estimate.")
        boolean estimated,
        @Schema(description = "Every stated figure as a percent (a count over its base), summarised.")
        StatedPercent statedPercent) {

    /** One agency's statement: the figure, the total the report gives, and the registry's base if one applies. */
    public record Statement(Figure figure, Integer reportTotal, Integer registryBase) {

        Integer base() {
            return reportTotal != null ? reportTotal : registryBase;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MeasureRate", description = "A rate with what it was computed from; the numerator may have decimals "
            + "when percents entered it (percent × base / 100). `value` is rounded to 5 decimals, null over no base.")
    public record MeasureRate(
            @Schema(nullable = true, description = "numerator / denominator; null when no agency has a base.")
            Double value,
            BigDecimal numerator, long denominator) {

        static MeasureRate of(BigDecimal numerator, long denominator) {
            Double value = denominator == 0 ? null
                    : numerator.divide(BigDecimal.valueOf(denominator), 5, RoundingMode.HALF_UP).doubleValue();
            return new MeasureRate(value, plain(numerator), denominator);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "StatedPercent", description = "The stated figures as percents: mean, lowest, highest (null when "
            + "none), and how many agencies stated 100 %.")
    public record StatedPercent(
            @Schema(type = SchemaType.NUMBER, nullable = true) BigDecimal mean,
            @Schema(type = SchemaType.NUMBER, nullable = true) BigDecimal min,
            @Schema(type = SchemaType.NUMBER, nullable = true) BigDecimal max,
            int at100) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Measure of(List<Statement> statements) {
        Tally tally = new Tally();
        statements.forEach(s -> add(tally, "", s));
        return from(tally, "");
    }

    /**
     * Adds one agency's statement to the counters under {@code prefix}: how it was stated, what it
     * adds to the rate, and its percent (its sum, and a count per value for the lowest and highest).
     */
    static void add(Tally tally, String prefix, Statement s) {
        Figure f = s.figure();
        if (f == null || (f.count() == null && f.percent() == null)) {
            return;
        }
        tally.add(prefix + "stating", 1);
        Integer base = s.base();
        if (f.count() != null) {
            tally.add(prefix + "withCount", 1);
        } else {
            tally.add(prefix + "percentOnly", 1);
            if (base == null) {
                tally.add(prefix + "withoutBase", 1);
            }
        }
        BigDecimal percent = f.percentOf(base);
        if (percent != null) {
            tally.add(prefix + "pct.sum", percent).add(prefix + "pct.n", 1)
                    .add(prefix + "pct=" + percent.stripTrailingZeros().toPlainString(), 1);
        }
        if (base == null) {
            return; // a count or percent with no base enters no rate
        }
        if (f.count() != null) {
            tally.add(prefix + "num", f.count());
        } else {
            tally.add(prefix + "num", f.percent().multiply(BigDecimal.valueOf(base)).divide(HUNDRED));
            tally.add(prefix + "estimated", 1);
        }
        tally.add(prefix + "den", base);
    }

    /** The measure the counters under {@code prefix} describe. */
    static Measure from(Tally tally, String prefix) {
        MeasureRate rate = MeasureRate.of(tally.value(prefix + "num"), tally.count(prefix + "den"));
        long n = tally.count(prefix + "pct.n");
        StatedPercent stated = new StatedPercent(null, null, null, 0);
        if (n > 0) {
            BigDecimal[] minMax = new BigDecimal[2];
            tally.forEachUnder(prefix + "pct=", (value, count) -> {
                BigDecimal v = new BigDecimal(value);
                minMax[0] = minMax[0] == null || v.compareTo(minMax[0]) < 0 ? v : minMax[0];
                minMax[1] = minMax[1] == null || v.compareTo(minMax[1]) > 0 ? v : minMax[1];
            });
            BigDecimal mean = tally.value(prefix + "pct.sum").divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            stated = new StatedPercent(plain(mean), plain(minMax[0]), plain(minMax[1]),
                    (int) tally.count(prefix + "pct=100"));
        }
        return new Measure((int) tally.count(prefix + "stating"), (int) tally.count(prefix + "withCount"),
                (int) tally.count(prefix + "percentOnly"), (int) tally.count(prefix + "withoutBase"), rate,
                tally.count(prefix + "estimated") > 0, stated);
    }

    /** 100.00 as 100, 0.50 as 0.5: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.setScale(Math.min(value.scale(), 4), RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
