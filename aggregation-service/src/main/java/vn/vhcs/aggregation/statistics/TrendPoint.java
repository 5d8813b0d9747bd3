package vn.vhcs.aggregation.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The headline figures of one round for a province or the whole country: the round's statistics
 * answer cut to what a series draws, taken from it and never computed apart. Field names are the
 * public contract; fields may be added, never renamed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "TrendPoint", description = "The headline figures of one round for a province (or the whole country), "
        + "the same as the round's statistics answer (`GET /api/v1/statistics/rounds/{round}/provinces/{province}` or "
        + "`…/national`) gives: reporting rates, `measures` (participation and commitments whether stated as counts or "
        + "as percents, with `estimated`), models, commendations, emulation titles and `coverage`. Draw a line per "
        + "`roundKind`: an annual round, a sơ kết and a tổng kết cover different periods.", requiredProperties = {
                "roundCode", "roundKind", "periodEnd", "agenciesExpected", "agenciesReported", "reportingRate",
                "reportedOnTime", "onTimeRate", "workforceTotal", "participating", "participationRate",
                "commitmentsSigned", "commitmentRate", "models", "commendations", "directives", "agenciesMissing",
                "measures", "modelsNamed", "commendationsByForm", "commendationsByYear", "emulationTitles", "coverage" })
public record TrendPoint(
        @Schema(pattern = "^[A-Z0-9-]{2,40}$", examples = "SO-KET-2022") String roundCode,
        @Schema(enumeration = { "ANNUAL", "MIDTERM_REVIEW", "FINAL_REVIEW" }, description = "`ANNUAL`, "
                + "`MIDTERM_REVIEW` (sơ kết), `FINAL_REVIEW` (tổng kết).") String roundKind,
        @Schema(description = "The round's period end; points are in this order.", examples = "2022-03-31")
        LocalDate periodEnd,
        @Schema(minimum = "0") int agenciesExpected,
        @Schema(minimum = "0") int agenciesReported,
        Rate reportingRate,
        @Schema(minimum = "0") int reportedOnTime,
        Rate onTimeRate,
        @Schema(minimum = "0") long workforceTotal,
        @Schema(minimum = "0", description = "Stated counts only, as in the statistics; a percent is in `measures`.")
        long participating,
        @Schema(description = "Over the agencies that stated both a count and the workforce total, as in the "
                + "statistics: null when every report states a percent. The rate to draw is "
                + "`measures.participation.rate`.")
        Rate participationRate,
        @Schema(minimum = "0") long commitmentsSigned,
        @Schema(description = "Counts only, like `participationRate`; see `measures.commitments`.")
        Rate commitmentRate,
        @Schema(minimum = "0", description = "Total models (`models.total` of the statistics).") long models,
        @Schema(minimum = "0", description = "Total commendations.") long commendations,
        @Schema(minimum = "0", description = "Total directives.") long directives,
        @Schema(minimum = "0", description = "Expected agencies without a current report.") int agenciesMissing,
        @Schema(description = "The round's `measures`: `participation`, `commitments`, `memberUnitsWithCultureRules`, "
                + "`memberUnitsWithPlans`, each with its rate over counts and percent × base (`estimated` when a "
                + "percent entered it).")
        Map<String, Measure> measures,
        @Schema(minimum = "0", description = "Models named in the reports (`models.named`).") long modelsNamed,
        @Schema(description = "The round's `commendations`: by form × recipient kind, summed over years.")
        List<ProvinceStatistics.CommendationCount> commendationsByForm,
        @Schema(description = "The round's `commendationsByYear`.") Map<String, Long> commendationsByYear,
        @Schema(description = "The round's `emulationTitles`: by title × year.")
        List<ProvinceStatistics.TitleCount> emulationTitles,
        @Schema(description = "The round's `coverage`: how many of the agencies reported did each thing.")
        Coverage coverage,
        @Schema(description = "Figure code → the figure's main number in the round's `figures`: the `sum` of a "
                + "COUNT, the `percent.mean` of a PERCENT, the `share.rate.value` of a SHARE, the `yes` of a YES_NO, the "
                + "`items` of a LIST, the `agenciesStating` of an ORDINAL or TEXT; a figure without one (a share over "
                + "no base, a percent no agency stated) is left out.")
        Map<String, java.math.BigDecimal> figures) {

    static TrendPoint of(vn.vhcs.aggregation.registry.ReportingRound round, ProvinceStatistics s) {
        return new TrendPoint(round.code, round.kind, round.periodEnd, s.agenciesExpected(), s.agenciesReported(),
                s.reportingRate(), s.reportedOnTime(), s.onTimeRate(), s.workforceTotal(), s.participating(),
                s.participationRate(), s.commitmentsSigned(), s.commitmentRate(), s.models().total(),
                s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum(),
                s.directives().total(), s.agenciesMissing(), s.measures(), s.models().named(), s.commendations(),
                s.commendationsByYear(), s.emulationTitles(), s.coverage(), headlines(s));
    }

    private static Map<String, java.math.BigDecimal> headlines(ProvinceStatistics s) {
        Map<String, java.math.BigDecimal> figures = new java.util.LinkedHashMap<>();
        if (s.figures() != null) {
            s.figures().forEach((code, f) -> {
                java.math.BigDecimal main = FigureTallies.headline(f);
                if (main != null) {
                    figures.put(code, main);
                }
            });
        }
        return figures;
    }
}
