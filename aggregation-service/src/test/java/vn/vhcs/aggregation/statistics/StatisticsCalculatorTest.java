package vn.vhcs.aggregation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.contract.ReportState;

/** The arithmetic, on inputs whose figures are worked out by hand. */
class StatisticsCalculatorTest {

    static ReportState report(String agency, int total, int participating, int commitments, Integer units,
            Integer withRules, boolean onTime, List<ReportState.Model> models, List<ReportState.Commendation> commendations,
            List<ReportState.EmulationTitle> titles, List<ReportState.Directive> directives, BigDecimal computers) {
        return new ReportState(UUID.randomUUID(), agency, "OFFICE", "SO-KET-2022", "58", 1, vn.vhcs.contract.ReportStatus.SUBMITTED,
                Instant.parse("2022-04-20T00:00:00Z"), Instant.parse("2022-04-21T00:00:00Z"), onTime, null,
                new ReportState.Document("1/BC", java.time.LocalDate.parse("2022-04-20"), null, null),
                new ReportState.Workforce(total, Figure.ofCount(participating), Figure.ofCount(commitments)),
                units == null ? null : new ReportState.MemberUnits(units, withRules == null ? null : Figure.ofCount(withRules), null),
                directives, computers == null ? null : new ReportState.Indicators(new Percentage(computers, null), null, null),
                null, models, null, commendations, titles);
    }

    @Test
    void theIssuesExampleAddsUp() {
        ReportState a = report("58.SNV", 40, 39, 38, 300, 295, true,
                List.of(new ReportState.Model("m1", "ADMINISTRATION"), new ReportState.Model("m2", "ADMINISTRATION"),
                        new ReportState.Model("m3", "EDUCATION")),
                List.of(new ReportState.Commendation("CERTIFICATE_OF_MERIT", "COLLECTIVE", 2020, 2),
                        new ReportState.Commendation("CERTIFICATE_OF_MERIT", "COLLECTIVE", 2021, 3),
                        new ReportState.Commendation("PRAISE", "INDIVIDUAL", 2021, 4)),
                List.of(new ReportState.EmulationTitle("ADVANCED_WORKER", 2021, Figure.ofCount(38)),
                        new ReportState.EmulationTitle("ADVANCED_WORKER", 2020, Figure.ofCount(35))),
                List.of(new ReportState.Directive("PLAN", "SELF", null, "1/KH", null, null),
                        new ReportState.Directive("DECISION", "SELF", null, "2/QĐ", null, null)),
                new BigDecimal("100"));
        ReportState b = report("58.LDLD", 32, 32, 32, 50, 48, false,
                List.of(new ReportState.Model("m4", "HEALTH")),
                List.of(new ReportState.Commendation("CERTIFICATE_OF_MERIT", "COLLECTIVE", 2021, 1)),
                List.of(new ReportState.EmulationTitle("ADVANCED_WORKER", 2021, Figure.ofCount(31))),
                List.of(new ReportState.Directive("PLAN", "SELF", null, "3/KH", null, null)), new BigDecimal("95.5"));

        ProvinceStatistics s = StatisticsCalculator.compute("SO-KET-2022", "58", null,
                List.of(new StatisticsCalculator.Entry(a, "PROVINCIAL_DEPARTMENT", true),
                        new StatisticsCalculator.Entry(b, "MASS_ORGANISATION", false)),
                List.of(new StatisticsCalculator.Expected("58.SNV", "Sở Nội vụ", "PROVINCIAL_DEPARTMENT"),
                        new StatisticsCalculator.Expected("58.LDLD", "LĐLĐ", "MASS_ORGANISATION"),
                        new StatisticsCalculator.Expected("58.VP", "Văn phòng", "OFFICE")));

        assertEquals(2, s.agenciesReported());
        assertEquals(3, s.agenciesExpected());
        assertEquals(new Rate(0.66667, 2, 3), s.reportingRate());
        assertEquals(1, s.agenciesMissing());
        assertEquals(1, s.reportedOnTime());
        assertEquals(new Rate(0.5, 1, 2), s.onTimeRate());
        assertEquals(72, s.workforceTotal());
        assertEquals(71, s.participating());
        assertEquals(new Rate(0.98611, 71, 72), s.participationRate());
        assertEquals(70, s.commitmentsSigned());
        assertEquals(new Rate(0.97222, 70, 72), s.commitmentRate());
        assertEquals(new ProvinceStatistics.MemberUnits(350, 343, new Rate(0.98, 343, 350)), s.memberUnits());
        assertEquals(new ProvinceStatistics.Models(4, 4, Map.of("ADMINISTRATION", 2L, "EDUCATION", 1L, "HEALTH", 1L)),
                s.models());
        assertEquals(List.of(new ProvinceStatistics.CommendationCount("CERTIFICATE_OF_MERIT", "COLLECTIVE", 6),
                new ProvinceStatistics.CommendationCount("PRAISE", "INDIVIDUAL", 4)), s.commendations());
        assertEquals(List.of(new ProvinceStatistics.TitleCount("ADVANCED_WORKER", 2020, 35),
                new ProvinceStatistics.TitleCount("ADVANCED_WORKER", 2021, 69)), s.emulationTitles());
        assertEquals(new ProvinceStatistics.Directives(3, Map.of("PLAN", 2L, "DECISION", 1L)), s.directives());
        var computers = s.indicators().get("computerEquipmentPercent");
        assertEquals(new BigDecimal("97.75"), computers.mean());
        assertEquals(new BigDecimal("95.5"), computers.min());
        assertEquals(new BigDecimal("100"), computers.max());
        assertEquals(2, computers.reported());
        assertEquals(0, s.indicators().get("citizenSatisfactionPercent").reported());
        assertNull(s.indicators().get("citizenSatisfactionPercent").mean());
        assertEquals(Instant.parse("2022-04-21T00:00:00Z"), s.updatedAt());
        assertEquals(Map.of("2020", new Rate(0.48611, 35, 72), "2021", new Rate(0.95833, 69, 72)), s.advancedWorkerRate());
        var departments = s.byAgencyKind().get("PROVINCIAL_DEPARTMENT");
        assertEquals(1, departments.agenciesExpected());
        assertEquals(1, departments.agenciesReported());
        assertEquals(40, departments.workforceTotal());
        assertEquals(new Rate(0.975, 39, 40), departments.participationRate());
        assertEquals(3, departments.models());
        assertEquals(1, departments.reportedOnTime());
        var offices = s.byAgencyKind().get("OFFICE");
        assertEquals(1, offices.agenciesExpected());
        assertEquals(0, offices.agenciesReported());
        assertEquals(new Rate(0.0, 0, 1), offices.reportingRate());
        assertEquals(new Rate(null, 0, 0), offices.participationRate());
    }

    @Test
    void theMissingAgenciesAreTheExpectedOnesWithoutAReportByCode() {
        List<StatisticsCalculator.Expected> expected = List.of(
                new StatisticsCalculator.Expected("58.VP", "Văn phòng", "OFFICE"),
                new StatisticsCalculator.Expected("58.LDLD", "LĐLĐ", "MASS_ORGANISATION"),
                new StatisticsCalculator.Expected("58.SNV", "Sở Nội vụ", "PROVINCIAL_DEPARTMENT"),
                new StatisticsCalculator.Expected("58.BQL", "Ban Quản lý", "PROVINCIAL_DEPARTMENT"));
        // a report of an agency that is not expected (e.g. deactivated since) changes nothing
        assertEquals(List.of(expected.get(3), expected.get(1), expected.get(0)),
                StatisticsCalculator.missing(List.of("58.SNV", "58.GONE"), expected));
        assertEquals(List.of(), StatisticsCalculator.missing(List.of("58.VP", "58.LDLD", "58.SNV", "58.BQL"), expected));
    }

    @Test
    void aRateOverNothingIsNullNotZero() {
        ProvinceStatistics s = StatisticsCalculator.compute("R", "58", null, List.of(new StatisticsCalculator.Entry(
                report("58.A", 0, 0, 0, null, null, false, List.of(), List.of(), List.of(), List.of(), null), "OTHER",
                false)), List.of());
        assertEquals(new Rate(null, 0, 0), s.participationRate());
        assertEquals(new Rate(null, 0, 0), s.commitmentRate());
        assertEquals(new Rate(null, 0, 0), s.memberUnits().rate());
        assertEquals(new Rate(null, 0, 0), s.reportingRate());
        assertEquals(new Rate(0.0, 0, 1), s.onTimeRate());
    }

    @Test
    void ratesRoundHalfUpToFiveDecimals() {
        assertEquals(0.33333, Rate.of(1, 3).value());
        assertEquals(0.66667, Rate.of(2, 3).value());
        assertEquals(1.0, Rate.of(5, 5).value());
        assertEquals(0.00001, Rate.of(1, 100_000).value());
    }

    /** DESIGN "measures": counts as stated, percents over a base (the report's total, else the registry's staffing). */
    @Test
    void measuresOverMixedFigures() {
        java.util.function.BiFunction<Integer, Figure, ReportState> withParticipation = (total, figure) -> {
            ReportState base = report("58.X", 1, 0, 0, null, null, true, List.of(), List.of(), List.of(), List.of(), null);
            return new ReportState(base.id(), base.agencyCode(), base.agencyKind(), base.roundCode(), base.provinceCode(),
                    1, base.status(), base.submittedAt(), base.updatedAt(), true, null, base.document(),
                    new ReportState.Workforce(total, figure, null), null, List.of(), null, null, List.of(), null,
                    List.of(), List.of());
        };
        List<StatisticsCalculator.Entry> entries = List.of(
                // A: 39 of 40 (a count with its total)
                new StatisticsCalculator.Entry(withParticipation.apply(40, Figure.ofCount(39)), "OFFICE", true, null, null),
                // B: 50 % of a stated 32 → 16, estimated
                new StatisticsCalculator.Entry(withParticipation.apply(32, Figure.ofPercent(new BigDecimal("50"), null)),
                        "OFFICE", true, null, null),
                // C: about 100 % and no total: the registry's staffing 10 is the base → 10
                new StatisticsCalculator.Entry(withParticipation.apply(null,
                        Figure.ofPercent(new BigDecimal("100"), Figure.Qualifier.APPROXIMATELY)), "OFFICE", true, 10, null),
                // D: 90 % with no base at all: only in statedPercent
                new StatisticsCalculator.Entry(withParticipation.apply(null, Figure.ofPercent(new BigDecimal("90"), null)),
                        "OFFICE", true, null, null),
                // E: states nothing about participation
                new StatisticsCalculator.Entry(withParticipation.apply(25, null), "OFFICE", true, null, null));

        ProvinceStatistics s = StatisticsCalculator.compute("SO-KET-2022", "58", null, entries, List.of());
        Measure participation = s.measures().get("participation");

        assertEquals(4, participation.agenciesStating());
        assertEquals(1, participation.withCount());
        assertEquals(3, participation.withPercentOnly());
        assertEquals(1, participation.percentOnlyWithoutBase());
        // (39 + 16 + 10) / (40 + 32 + 10) = 65 / 82
        assertEquals(new Measure.MeasureRate(0.79268, new BigDecimal("65"), 82), participation.rate());
        assertEquals(true, participation.estimated());
        // 97.5, 50, 100, 90 → mean 84.375, shown with 2 decimals
        assertEquals(new Measure.StatedPercent(new BigDecimal("84.38"), new BigDecimal("50"), new BigDecimal("100"), 1),
                participation.statedPercent());
        // counts only, exact, over the agencies stating both count and total: A alone
        assertEquals(new Rate(0.975, 39, 40), s.participationRate());
        assertEquals(0, s.measures().get("commitments").agenciesStating());
        assertNull(s.measures().get("commitments").rate().value());
    }
}
