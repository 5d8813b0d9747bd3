package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.ReportState;
import vn.vhcs.aggregation.store.Tally;

/**
 * How many of the agencies reported did something at all — issued their own plan, stated
 * commitments… — the figure a province's report states ("2/4 cơ quan đã ban hành kế hoạch"),
 * where the other statistics count documents or people. The rules are here and only here: each
 * report adds 1 to a rule's counter when its latest version meets it, so a revision replaces the
 * report's answer (one report per agency and round) and the shares are kept on write like every
 * other figure.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Coverage", description = "Of the agencies reported (`of`, the same reports as `agenciesReported`), "
        + "how many meet each rule in their report's latest version: `ownPlan` — at least one own (`issuer: SELF`) "
        + "directive of kind `PLAN`; `ownRegulation` — at least one own `REGULATION`; `commitments` — "
        + "`workforce.commitmentsSigned` stated as a count > 0 or a percent > 0; `models` — at least one model named "
        + "or `modelsRegistered` > 0; `culturalStandard` — an emulation title `CULTURAL_STANDARD_UNIT` stated (with "
        + "no figure, or a figure above 0). A document cited from a higher body (`issuer: CITED`) never counts as "
        + "the agency's own.", requiredProperties = { "ownPlan", "ownRegulation", "commitments", "models",
                "culturalStandard" })
public record Coverage(Share ownPlan, Share ownRegulation, Share commitments, Share models, Share culturalStandard) {

    /** k of the n agencies reported, and k / n. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CoverageShare", description = "`agencies` of the `of` agencies reported meet the rule; `rate` is "
            + "`agencies / of` as a decimal (0.5 is half) rounded to 5 decimals, like every rate of the statistics, "
            + "and null when `of` is 0: no report is not a share of 0.", requiredProperties = { "agencies", "of",
                    "rate" })
    public record Share(@Schema(minimum = "0", examples = "1") int agencies,
            @Schema(minimum = "0", examples = "2") int of,
            @Schema(nullable = true, minimum = "0", maximum = "1", examples = "0.5") Double rate) {

        static Share of(long agencies, long of) {
            return new Share((int) agencies, (int) of, Rate.of(agencies, of).value());
        }
    }

    /** The counters of the rules (under this prefix) and of the reports they were applied to. */
    private static final String PREFIX = "cov|";
    private static final String OF = PREFIX + "of";

    /** The rules, each with the name of its field and counter. */
    enum Rule {
        OWN_PLAN("ownPlan", r -> hasOwn(r, "PLAN")),
        OWN_REGULATION("ownRegulation", r -> hasOwn(r, "REGULATION")),
        COMMITMENTS("commitments", r -> r.workforce() != null && positive(r.workforce().commitmentsSigned())),
        MODELS("models", r -> r.modelsTotal() > 0),
        CULTURAL_STANDARD("culturalStandard", r -> r.emulationTitles().stream()
                .anyMatch(t -> "CULTURAL_STANDARD_UNIT".equals(t.title()) && !statedZero(t.count())));

        private final String field;
        private final Predicate<ReportState> met;

        Rule(String field, Predicate<ReportState> met) {
            this.field = field;
            this.met = met;
        }

        boolean metBy(ReportState report) {
            return met.test(report);
        }

        String counter() {
            return PREFIX + field;
        }
    }

    /**
     * What one counting report adds: 1 to the reports the rules were applied to, and 1 to each
     * rule it meets. The rules' own count of reports (rather than {@code reports}) is the base, so
     * that figures kept before the rules existed (a snapshot published earlier) read as 0 of 0,
     * not as 0 of their reports.
     */
    static void add(Tally t, ReportState report) {
        t.add(OF, 1);
        for (Rule rule : Rule.values()) {
            if (rule.metBy(report)) {
                t.add(rule.counter(), 1);
            }
        }
    }

    /** The shares the summed counters describe. */
    static Coverage from(Tally t) {
        long of = t.count(OF);
        return new Coverage(share(t, Rule.OWN_PLAN, of), share(t, Rule.OWN_REGULATION, of),
                share(t, Rule.COMMITMENTS, of), share(t, Rule.MODELS, of), share(t, Rule.CULTURAL_STANDARD, of));
    }

    private static Share share(Tally t, Rule rule, long of) {
        return Share.of(t.count(rule.counter()), of);
    }

    /** An own directive of this kind: a higher body's document the report cites is not the agency's. */
    private static boolean hasOwn(ReportState r, String kind) {
        return r.directives().stream().anyMatch(d -> d.own() && kind.equals(d.kind()));
    }

    /**
     * A title stated as none: a count of 0 and no percent above 0, or a percent of 0. A title
     * stated without a figure ("hằng năm đều đạt chuẩn văn hóa") is stated, not zero.
     */
    private static boolean statedZero(Figure f) {
        return f != null && (f.count() != null || f.percent() != null) && !positive(f);
    }

    /** A figure stating more than nothing: a count above 0 or a percent above 0. */
    private static boolean positive(Figure f) {
        return f != null && (f.count() != null && f.count() > 0
                || f.percent() != null && f.percent().compareTo(BigDecimal.ZERO) > 0);
    }
}
