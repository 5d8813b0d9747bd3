package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Statistics of one round in one province, over its current, non-withdrawn reports. Field names
 * are the public contract; fields may be added, never renamed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProvinceStatistics(
        String roundCode,
        /** Null for the national figures. */
        String provinceCode,
        /** "2025" when pre-merger provinces were rolled into their successors, else null. */
        String boundaries,
        int agenciesExpected,
        int agenciesReported,
        Rate reportingRate,
        int reportedOnTime,
        Rate onTimeRate,
        List<AgencyRef> missingAgencies,
        long workforceTotal,
        long participating,
        Rate participationRate,
        long commitmentsSigned,
        Rate commitmentRate,
        MemberUnits memberUnits,
        Models models,
        List<CommendationCount> commendations,
        List<TitleCount> emulationTitles,
        /** Year → share of workforceTotal holding ADVANCED_WORKER that year. */
        Map<String, Rate> advancedWorkerRate,
        Directives directives,
        Map<String, IndicatorSummary> indicators,
        Map<String, KindFigures> byAgencyKind,
        Instant updatedAt) {

    /** The counts of the object, for the agencies of one kind. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record KindFigures(int agenciesExpected, int agenciesReported, Rate reportingRate, int reportedOnTime,
            Rate onTimeRate, long workforceTotal, long participating, Rate participationRate, long commitmentsSigned,
            Rate commitmentRate, long models) {
    }

    public record AgencyRef(String code, String name) {
    }

    public record MemberUnits(long total, long withCultureRules, Rate rate) {
    }

    public record Models(long total, Map<String, Long> bySector) {
    }

    public record CommendationCount(String form, String recipientKind, long count) {
    }

    public record TitleCount(String title, int year, long count) {
    }

    public record Directives(long total, Map<String, Long> byKind) {
    }

    /** Over the agencies that gave the indicator; null figures when none did. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record IndicatorSummary(BigDecimal mean, BigDecimal min, BigDecimal max, int reported) {
    }
}
