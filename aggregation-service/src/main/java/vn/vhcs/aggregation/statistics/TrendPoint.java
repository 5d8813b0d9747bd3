package vn.vhcs.aggregation.statistics;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The headline figures of one round for a province. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrendPoint(String roundCode, String roundKind, LocalDate periodEnd, int agenciesExpected,
        int agenciesReported, Rate reportingRate, int reportedOnTime, Rate onTimeRate, long workforceTotal,
        long participating, Rate participationRate, long commitmentsSigned, Rate commitmentRate, long models,
        long commendations, long directives) {

    static TrendPoint of(vn.vhcs.aggregation.registry.ReportingRound round, ProvinceStatistics s) {
        return new TrendPoint(round.code, round.kind, round.periodEnd, s.agenciesExpected(), s.agenciesReported(),
                s.reportingRate(), s.reportedOnTime(), s.onTimeRate(), s.workforceTotal(), s.participating(),
                s.participationRate(), s.commitmentsSigned(), s.commitmentRate(), s.models().total(),
                s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum(),
                s.directives().total());
    }
}
