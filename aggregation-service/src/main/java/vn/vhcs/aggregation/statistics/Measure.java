package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vhcs.contract.Figure;

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
    public record MeasureRate(Double value, BigDecimal numerator, long denominator) {

        static MeasureRate of(BigDecimal numerator, long denominator) {
            Double value = denominator == 0 ? null
                    : numerator.divide(BigDecimal.valueOf(denominator), 5, RoundingMode.HALF_UP).doubleValue();
            return new MeasureRate(value, plain(numerator), denominator);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "StatedPercent", description = "The stated figures as percents: mean, lowest, highest (null when "
            + "none), and how many agencies stated 100 %.")
    public record StatedPercent(BigDecimal mean, BigDecimal min, BigDecimal max, int at100) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Measure of(List<Statement> statements) {
        int stating = 0;
        int withCount = 0;
        int percentOnly = 0;
        int withoutBase = 0;
        boolean estimated = false;
        BigDecimal numerator = BigDecimal.ZERO;
        long denominator = 0;
        List<BigDecimal> percents = new ArrayList<>();
        for (Statement s : statements) {
            Figure f = s.figure();
            if (f == null || (f.count() == null && f.percent() == null)) {
                continue;
            }
            stating++;
            Integer base = s.base();
            if (f.count() != null) {
                withCount++;
            } else {
                percentOnly++;
                if (base == null) {
                    withoutBase++;
                }
            }
            BigDecimal percent = f.percentOf(base);
            if (percent != null) {
                percents.add(percent);
            }
            if (base == null) {
                continue; // a count or percent with no base enters no rate
            }
            if (f.count() != null) {
                numerator = numerator.add(BigDecimal.valueOf(f.count()));
            } else {
                numerator = numerator.add(f.percent().multiply(BigDecimal.valueOf(base)).divide(HUNDRED));
                estimated = true;
            }
            denominator += base;
        }
        MeasureRate rate = MeasureRate.of(numerator, denominator);
        return new Measure(stating, withCount, percentOnly, withoutBase, rate, estimated, summary(percents));
    }

    private static StatedPercent summary(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            return new StatedPercent(null, null, null, 0);
        }
        BigDecimal total = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = total.divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
        int at100 = (int) percents.stream().filter(p -> p.compareTo(HUNDRED) == 0).count();
        return new StatedPercent(plain(mean), plain(percents.stream().min(Comparator.naturalOrder()).get()),
                plain(percents.stream().max(Comparator.naturalOrder()).get()), at100);
    }

    /** 100.00 as 100, 0.50 as 0.5: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.setScale(Math.min(value.scale(), 4), RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
