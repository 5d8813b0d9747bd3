package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.vhcs.aggregation.statistics.ProvinceStatistics.AgencyRef;
import vn.vhcs.contract.ReportState;

/**
 * The arithmetic of the statistics, as a pure function of the counting reports and the expected
 * agencies: the same inputs always give the same figures, whatever order events arrived in.
 */
public final class StatisticsCalculator {

    /** A counting report, with its agency's current kind and whether it came in time. */
    public record Entry(ReportState report, String agencyKind, boolean onTime) {
    }

    /** An agency expected to report. */
    public record Expected(String code, String name, String kind) {
    }

    private StatisticsCalculator() {
    }

    public static ProvinceStatistics compute(String round, String province, String boundaries, List<Entry> entries,
            List<Expected> expected) {
        List<ReportState> reports = entries.stream().map(Entry::report).toList();
        Set<String> reporting = reports.stream().map(ReportState::agencyCode).collect(Collectors.toSet());
        List<AgencyRef> missing = expected.stream().filter(a -> !reporting.contains(a.code()))
                .map(a -> new AgencyRef(a.code(), a.name())).toList();
        int onTime = (int) entries.stream().filter(Entry::onTime).count();

        long workforce = sum(reports, r -> (long) r.workforce().total());
        long participating = sum(reports, r -> (long) r.workforce().participating());
        long commitments = sum(reports, r -> (long) r.workforce().commitmentsSigned());
        long units = sum(reports, r -> r.memberUnits() == null || r.memberUnits().total() == null ? 0L
                : (long) r.memberUnits().total());
        long unitsWithRules = sum(reports, r -> r.memberUnits() == null || r.memberUnits().withCultureRules() == null
                ? 0L : (long) r.memberUnits().withCultureRules());

        Map<String, Long> bySector = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        Map<List<String>, Long> commendations = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<String, Map<Integer, Long>> titles = new TreeMap<>();
        for (ReportState r : reports) {
            list(r.models()).forEach(m -> bySector.merge(m.sector(), 1L, Long::sum));
            list(r.directives()).forEach(d -> byKind.merge(d.kind(), 1L, Long::sum));
            list(r.commendations()).forEach(c -> commendations.merge(List.of(c.form(), c.recipientKind()),
                    (long) c.count(), Long::sum));
            list(r.emulationTitles()).forEach(t -> titles.computeIfAbsent(t.title(), k -> new TreeMap<>())
                    .merge(t.year(), (long) t.count(), Long::sum));
        }
        List<ProvinceStatistics.CommendationCount> commendationCounts = new ArrayList<>();
        commendations.forEach((k, v) -> commendationCounts.add(new ProvinceStatistics.CommendationCount(k.get(0), k.get(1), v)));
        List<ProvinceStatistics.TitleCount> titleCounts = new ArrayList<>();
        titles.forEach((title, years) -> years.forEach((year, count) -> titleCounts
                .add(new ProvinceStatistics.TitleCount(title, year, count))));
        Map<String, Rate> advancedWorkerRate = new TreeMap<>();
        titles.getOrDefault("ADVANCED_WORKER", Map.of())
                .forEach((year, count) -> advancedWorkerRate.put(Integer.toString(year), Rate.of(count, workforce)));

        Map<String, ProvinceStatistics.IndicatorSummary> indicators = new LinkedHashMap<>();
        indicators.put("computerEquipmentPercent", summary(reports, i -> i.computerEquipmentPercent()));
        indicators.put("citizenSatisfactionPercent", summary(reports, i -> i.citizenSatisfactionPercent()));
        indicators.put("digitizedProceduresPercent", summary(reports, i -> i.digitizedProceduresPercent()));

        Instant updatedAt = reports.stream().map(ReportState::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);

        return new ProvinceStatistics(round, province, boundaries, expected.size(), reports.size(),
                Rate.of(expected.size() - missing.size(), expected.size()), onTime, Rate.of(onTime, reports.size()),
                missing, workforce, participating, Rate.of(participating, workforce), commitments,
                Rate.of(commitments, workforce),
                new ProvinceStatistics.MemberUnits(units, unitsWithRules, Rate.of(unitsWithRules, units)),
                new ProvinceStatistics.Models(bySector.values().stream().mapToLong(Long::longValue).sum(), bySector),
                commendationCounts, titleCounts, advancedWorkerRate,
                new ProvinceStatistics.Directives(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind),
                indicators, byAgencyKind(entries, expected), updatedAt);
    }

    private static Map<String, ProvinceStatistics.KindFigures> byAgencyKind(List<Entry> entries, List<Expected> expected) {
        Set<String> kinds = new TreeSet<>();
        entries.forEach(e -> kinds.add(e.agencyKind()));
        expected.forEach(a -> kinds.add(a.kind()));
        Map<String, ProvinceStatistics.KindFigures> figures = new TreeMap<>();
        for (String kind : kinds) {
            List<Entry> mine = entries.stream().filter(e -> kind.equals(e.agencyKind())).toList();
            List<Expected> expectedOfKind = expected.stream().filter(a -> kind.equals(a.kind())).toList();
            Set<String> reporting = mine.stream().map(e -> e.report().agencyCode()).collect(Collectors.toSet());
            int expectedReported = (int) expectedOfKind.stream().filter(a -> reporting.contains(a.code())).count();
            int onTime = (int) mine.stream().filter(Entry::onTime).count();
            List<ReportState> reports = mine.stream().map(Entry::report).toList();
            long workforce = sum(reports, r -> (long) r.workforce().total());
            long participating = sum(reports, r -> (long) r.workforce().participating());
            long commitments = sum(reports, r -> (long) r.workforce().commitmentsSigned());
            figures.put(kind, new ProvinceStatistics.KindFigures(expectedOfKind.size(), mine.size(),
                    Rate.of(expectedReported, expectedOfKind.size()), onTime, Rate.of(onTime, mine.size()), workforce,
                    participating, Rate.of(participating, workforce), commitments, Rate.of(commitments, workforce),
                    sum(reports, r -> (long) list(r.models()).size())));
        }
        return figures;
    }

    /** 100.00000 as 100, 0.50000 as 0.5: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static long sum(List<ReportState> reports, Function<ReportState, Long> value) {
        return reports.stream().mapToLong(value::apply).sum();
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    private static ProvinceStatistics.IndicatorSummary summary(List<ReportState> reports,
            Function<ReportState.Indicators, BigDecimal> field) {
        List<BigDecimal> values = reports.stream().map(ReportState::indicators).filter(Objects::nonNull).map(field)
                .filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return new ProvinceStatistics.IndicatorSummary(null, null, null, 0);
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = plain(total.divide(BigDecimal.valueOf(values.size()), 5, RoundingMode.HALF_UP));
        return new ProvinceStatistics.IndicatorSummary(mean, plain(values.stream().min(Comparator.naturalOrder()).get()),
                plain(values.stream().max(Comparator.naturalOrder()).get()), values.size());
    }
}
