package vn.vhcs.aggregation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vhcs.aggregation.figures.Figures;
import vn.vhcs.aggregation.store.Tally;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.ReportStatus;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureDefinition.Labels;
import vn.vhcs.contract.figures.FigureKind;

/** Each kind of figure, as the tallies keep it and the statistics answer it. */
class FigureTalliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static FigureDefinition figure(String code, FigureKind kind, FigureDefinition.Base base, String... levels) {
        return new FigureDefinition(code, kind, new Labels("Nhãn " + code, "Label " + code), null, base,
                java.util.Arrays.stream(levels).map(l -> new FigureDefinition.Level(l, new Labels("mức " + l, l)))
                        .toList(), "IX.9", false, null, false, false, 1);
    }

    private static final Figures CATALOGUE = new Figures(List.of(
            figure("classesHeld", FigureKind.COUNT, null),
            figure("staffShare", FigureKind.SHARE, FigureDefinition.Base.WORKFORCE),
            figure("unitShare", FigureKind.SHARE, FigureDefinition.Base.MEMBER_UNITS),
            figure("onlinePercent", FigureKind.PERCENT, null),
            figure("hasCanteen", FigureKind.YES_NO, null),
            figure("maturity", FigureKind.ORDINAL, null, "LOW", "MID", "HIGH"),
            figure("partners", FigureKind.LIST, null),
            figure("story", FigureKind.TEXT, null)), "t");

    static ReportState report(String agency, Integer workforce, Integer units, Map<String, Object> figures) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        figures.forEach((code, v) -> values.put(code, JSON.valueToTree(v)));
        return new ReportState(UUID.randomUUID(), agency, "OFFICE", "R", "58", 1, ReportStatus.SUBMITTED,
                Instant.parse("2022-04-20T00:00:00Z"), Instant.parse("2022-04-21T00:00:00Z"), true, null, null,
                workforce == null ? null : new ReportState.Workforce(workforce, null, null),
                units == null ? null : new ReportState.MemberUnits(units, null, null), List.of(), null, null,
                List.of(), null, List.of(), List.of(), null, null, values);
    }

    private static Map<String, FigureStatistic> answer(List<StatisticsCalculator.Entry> entries, int expected) {
        List<StatisticsCalculator.Expected> agencies = new java.util.ArrayList<>();
        for (int i = 0; i < expected; i++) {
            agencies.add(new StatisticsCalculator.Expected("E" + i, "E" + i, "OFFICE"));
        }
        return StatisticsCalculator.compute("R", "58", null, entries, agencies, CATALOGUE,
                List.of("classesHeld", "hasCanteen", "maturity")).figures();
    }

    private static StatisticsCalculator.Entry entry(ReportState r, Integer staffing) {
        return new StatisticsCalculator.Entry(r, "OFFICE", true, staffing, null);
    }

    @Test
    void countsAreSummedOverTheAgenciesStatingThem() {
        FigureStatistic f = answer(List.of(entry(report("A", null, null, Map.of("classesHeld", 12)), null),
                entry(report("B", null, null, Map.of("classesHeld", Map.of("count", 3, "qualifier", "MORE_THAN"))), null),
                entry(report("C", null, null, Map.of()), null)), 3).get("classesHeld");
        assertEquals(FigureKind.COUNT, f.kind());
        assertEquals(2, f.agenciesStating());
        assertEquals(15L, f.sum());
        assertEquals("Nhãn classesHeld", f.label().vi());
        assertNull(f.share());
        assertNull(f.yes());
    }

    @Test
    void sharesAreMeasuresOverTheirBase() {
        Map<String, FigureStatistic> figures = answer(List.of(
                entry(report("A", 40, 10, Map.of("staffShare", 30, "unitShare", 5)), null),
                // a percent of the registry's staffing (no total in the report); of the units: no base at all
                entry(report("B", null, null, Map.of("staffShare", Map.of("percent", 50), "unitShare",
                        Map.of("percent", 50))), 20)), 2);
        Measure staff = figures.get("staffShare").share();
        assertEquals(new Measure.MeasureRate(0.66667, new BigDecimal("40"), 60), staff.rate());
        assertTrue(staff.estimated());
        Measure units = figures.get("unitShare").share();
        assertEquals(new Measure.MeasureRate(0.5, new BigDecimal("5"), 10), units.rate());
        assertEquals(1, units.percentOnlyWithoutBase());
        assertEquals(2, figures.get("unitShare").agenciesStating());
    }

    @Test
    void percentsAreSummarisedAsIndicators() {
        FigureStatistic f = answer(List.of(entry(report("A", null, null, Map.of("onlinePercent", 90)), null),
                entry(report("B", null, null, Map.of("onlinePercent", Map.of("percent", 95.5, "qualifier", "MORE_THAN"))),
                        null)), 2).get("onlinePercent");
        assertEquals(new ProvinceStatistics.IndicatorSummary(new BigDecimal("92.75"), new BigDecimal("90"),
                new BigDecimal("95.5"), 2), f.percent());
    }

    @Test
    void yesNoIsACoverageOverTheExpectedAgencies() {
        FigureStatistic f = answer(List.of(entry(report("A", null, null, Map.of("hasCanteen", true)), null),
                entry(report("B", null, null, Map.of("hasCanteen", false)), null),
                entry(report("C", null, null, Map.of("hasCanteen", true)), null)), 7).get("hasCanteen");
        assertEquals(2, f.yes());
        assertEquals(1, f.no());
        assertEquals(Rate.of(2, 7), f.coverage());
        assertEquals(3, f.agenciesStating());
    }

    @Test
    void ordinalsAreCountedPerLevelEveryLevelShown() {
        FigureStatistic f = answer(List.of(entry(report("A", null, null, Map.of("maturity", "HIGH")), null),
                entry(report("B", null, null, Map.of("maturity", "HIGH")), null)), 2).get("maturity");
        assertEquals(Map.of("LOW", 0L, "MID", 0L, "HIGH", 2L), f.levels());
        assertEquals(List.of("LOW", "MID", "HIGH"), List.copyOf(f.levels().keySet()));
    }

    @Test
    void listsCountItemsAndTheAgenciesNamingEach() {
        FigureStatistic f = answer(List.of(
                entry(report("A", null, null, Map.of("partners", List.of("Phòng Tư pháp", " Đoàn thanh niên "))), null),
                entry(report("B", null, null, Map.of("partners", List.of("Đoàn thanh niên"))), null)), 2).get("partners");
        assertEquals(3L, f.items());
        assertEquals(List.of(new FigureStatistic.Named("Đoàn thanh niên", 2), new FigureStatistic.Named("Phòng Tư pháp", 1)),
                f.names());
    }

    @Test
    void textsAreOnlyCountedAsStated() {
        FigureStatistic f = answer(List.of(entry(report("A", null, null, Map.of("story", "Đã làm tốt.")), null),
                entry(report("B", null, null, Map.of("story", " ")), null)), 2).get("story");
        assertEquals(1, f.agenciesStating());
        assertNull(f.sum());
    }

    @Test
    void theRoundsSetIsAnsweredEvenUnstatedAndOtherStatedFiguresToo() {
        Map<String, FigureStatistic> figures = answer(List.of(entry(report("A", null, null,
                Map.of("story", "x", "unknownCode", 3)), null)), 1);
        // the set (classesHeld, hasCanteen, maturity) and the stated story; a code the catalogue lacks: nothing
        assertEquals(List.of("classesHeld", "hasCanteen", "maturity", "story"), List.copyOf(figures.keySet()));
        assertEquals(0, figures.get("classesHeld").agenciesStating());
        assertEquals(0L, figures.get("classesHeld").sum());
        assertEquals(Rate.of(0, 1), figures.get("hasCanteen").coverage());
        assertFalse(figures.containsKey("unknownCode"));
    }

    @Test
    void aValueNotOfItsKindsFormIsLeftOut() {
        Map<String, FigureStatistic> figures = answer(List.of(entry(report("A", null, null,
                Map.of("classesHeld", "many", "hasCanteen", 1)), null)), 1);
        assertEquals(0, figures.get("classesHeld").agenciesStating());
        assertEquals(0, figures.get("hasCanteen").agenciesStating());
    }

    @Test
    void theV2FieldsAreTalliedUnderTheirBuiltInCodes() {
        ReportState r = report("A", 40, null, Map.of());
        Tally t = StatisticsCalculator.contribution(entry(r, null), true);
        assertEquals(40, t.count("f|workforceTotal|sum"));
        Map<String, FigureStatistic> standard = StatisticsCalculator.compute("R", "58", null, List.of(entry(r, null)),
                List.of()).figures();
        assertEquals(40L, standard.get("workforceTotal").sum());
        assertTrue(standard.keySet().containsAll(vn.vhcs.contract.figures.StandardFigures.all().stream()
                .filter(FigureDefinition::standard).map(FigureDefinition::code).toList()));
    }
}
