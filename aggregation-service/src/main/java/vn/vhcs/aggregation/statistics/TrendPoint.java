package vn.vhcs.aggregation.statistics;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The headline figures of one round for a province. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "TrendPoint", description = "The headline figures of one round for a province.", requiredProperties = {
        "roundCode", "roundKind", "periodEnd", "agenciesExpected", "agenciesReported", "reportingRate",
        "reportedOnTime", "onTimeRate", "workforceTotal", "participating", "participationRate", "commitmentsSigned",
        "commitmentRate", "models", "commendations", "directives" })
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
        @Schema(minimum = "0") long participating,
        Rate participationRate,
        @Schema(minimum = "0") long commitmentsSigned,
        Rate commitmentRate,
        @Schema(minimum = "0", description = "Total models.") long models,
        @Schema(minimum = "0", description = "Total commendations.") long commendations,
        @Schema(minimum = "0", description = "Total directives.") long directives) {

    static TrendPoint of(vn.vhcs.aggregation.registry.ReportingRound round, ProvinceStatistics s) {
        return new TrendPoint(round.code, round.kind, round.periodEnd, s.agenciesExpected(), s.agenciesReported(),
                s.reportingRate(), s.reportedOnTime(), s.onTimeRate(), s.workforceTotal(), s.participating(),
                s.participationRate(), s.commitmentsSigned(), s.commitmentRate(), s.models().total(),
                s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum(),
                s.directives().total());
    }
}
