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

import vn.vhcs.contract.ReportState;

/**
 * The arithmetic of the statistics, as a pure function of the counting reports and the expected
 * agencies: the same inputs always give the same figures, whatever order events arrived in.
 */
public final class StatisticsCalculator {

    /**
     * A counting report, with its agency's current kind, whether it came in time, and the agency's
     * staffing in the registry (the base of a percent-only workforce figure when the report gives no total).
     */
    public record Entry(ReportState report, String agencyKind, boolean onTime, Integer staffing, String bloc) {

        public Entry(ReportState report, String agencyKind, boolean onTime) {
            this(report, agencyKind, onTime, null, null);
        }
    }

    /** An agency expected to report. */
    public record Expected(String code, String name, String kind, String bloc) {

        public Expected(String code, String name, String kind) {
            this(code, name, kind, null);
        }
    }

    /** The group of agencies that belong to no emulation bloc. */
    static final String NO_BLOC = "NONE";

    /** The key of figures whose year the report does not state. */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private StatisticsCalculator() {
    }

    public static ProvinceStatistics compute(String round, String province, String boundaries, List<Entry> entries,
            List<Expected> expected) {
        List<ReportState> reports = entries.stream().map(Entry::report).toList();
        List<Expected> missing = missing(reports.stream().map(ReportState::agencyCode).toList(), expected);
        int onTime = (int) entries.stream().filter(Entry::onTime).count();

        long workforce = sum(reports, StatisticsCalculator::workforceTotal);
        long participating = sum(reports, r -> count(r.workforce() == null ? null : r.workforce().participating()));
        long commitments = sum(reports, r -> count(r.workforce() == null ? null : r.workforce().commitmentsSigned()));
        long units = sum(reports, r -> r.memberUnits() == null || r.memberUnits().total() == null ? 0L
                : (long) r.memberUnits().total());
        long unitsWithRules = sum(reports, r -> count(r.memberUnits() == null ? null : r.memberUnits().withCultureRules()));

        Map<String, Long> bySector = new TreeMap<>();
        long modelsTotal = 0;
        long modelsNamed = 0;
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> commendationsByYear = new TreeMap<>();
        Map<String, CitedAcc> cited = new LinkedHashMap<>();
        long held = 0;
        long found = 0;
        long handled = 0;
        int inspecting = 0;
        Map<List<String>, Long> commendations = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<String, Map<Integer, Long>> titles = new TreeMap<>();
        for (ReportState r : reports) {
            list(r.models()).forEach(m -> bySector.merge(m.sector(), 1L, Long::sum));
            modelsNamed += list(r.models()).size();
            modelsTotal += r.modelsTotal();
            Set<String> citedHere = new TreeSet<>();
            for (ReportState.Directive d : list(r.directives())) {
                if (d.own()) {
                    byKind.merge(d.kind(), 1L, Long::sum);
                } else {
                    String key = d.number() != null ? d.number() : "title:" + d.title();
                    if (citedHere.add(key)) {
                        cited.computeIfAbsent(key, k -> new CitedAcc(d)).agencies++;
                    }
                }
            }
            list(r.commendations()).stream().filter(c -> c.count() != null).forEach(c -> {
                commendations.merge(List.of(c.form(), c.recipientKind()), (long) c.count(), Long::sum);
                commendationsByYear.merge(c.year() == null ? UNSPECIFIED : Integer.toString(c.year()), (long) c.count(),
                        Long::sum);
            });
            if (r.inspections() != null) {
                inspecting++;
                held += r.inspections().held() == null ? 0 : r.inspections().held();
                found += r.inspections().violationsFound() == null ? 0 : r.inspections().violationsFound();
                handled += r.inspections().violationsHandled() == null ? 0 : r.inspections().violationsHandled();
            }
            list(r.emulationTitles()).stream().filter(t -> t.count() != null && t.count().hasCount())
                    .forEach(t -> titles.computeIfAbsent(t.title(), k -> new TreeMap<>(
                            Comparator.nullsLast(Comparator.<Integer>naturalOrder())))
                            .merge(t.year(), (long) t.count().count(), Long::sum));
        }
        List<ProvinceStatistics.CommendationCount> commendationCounts = new ArrayList<>();
        commendations.forEach((k, v) -> commendationCounts.add(new ProvinceStatistics.CommendationCount(k.get(0), k.get(1), v)));
        List<ProvinceStatistics.TitleCount> titleCounts = new ArrayList<>();
        titles.forEach((title, years) -> years.forEach((year, count) -> titleCounts
                .add(new ProvinceStatistics.TitleCount(title, year, count))));
        Map<String, Rate> advancedWorkerRate = new TreeMap<>();
        titles.getOrDefault("ADVANCED_WORKER", Map.of())
                .forEach((year, count) -> advancedWorkerRate.put(year == null ? UNSPECIFIED : Integer.toString(year), Rate.of(count, workforce)));

        if (modelsTotal > modelsNamed) {
            bySector.put("UNSPECIFIED", modelsTotal - modelsNamed);
        }
        List<ProvinceStatistics.CitedDocument> citedDocuments = cited.values().stream()
                .sorted(Comparator.comparingLong((CitedAcc c) -> -c.agencies).thenComparing(c -> String.valueOf(c.number)))
                .map(c -> new ProvinceStatistics.CitedDocument(c.number, c.kind, c.issuedBy, c.title, c.agencies))
                .toList();

        Map<String, ProvinceStatistics.IndicatorSummary> indicators = new LinkedHashMap<>();
        indicators.put("computerEquipmentPercent", summary(reports, i -> i.computerEquipmentPercent()));
        indicators.put("citizenSatisfactionPercent", summary(reports, i -> i.citizenSatisfactionPercent()));
        indicators.put("digitizedProceduresPercent", summary(reports, i -> i.digitizedProceduresPercent()));

        Instant updatedAt = reports.stream().map(ReportState::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);

        return new ProvinceStatistics(round, province, boundaries, expected.size(), reports.size(),
                Rate.of(expected.size() - missing.size(), expected.size()), onTime, Rate.of(onTime, reports.size()),
                missing.size(), workforce, participating, countRate(reports, w -> w.participating()), commitments,
                countRate(reports, w -> w.commitmentsSigned()),
                new ProvinceStatistics.MemberUnits(units, unitsWithRules, unitsRate(reports)),
                measures(entries),
                new ProvinceStatistics.Models(modelsTotal, modelsNamed, bySector),
                commendationCounts, titleCounts, advancedWorkerRate,
                new ProvinceStatistics.Directives(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind),
                citedDocuments, commendationsByYear, titleMeasures(entries),
                new ProvinceStatistics.Inspections(held, found, handled, inspecting),
                indicators, byGroup(entries, expected, Entry::agencyKind, Expected::kind),
                byGroup(entries, expected, e -> e.bloc() == null ? NO_BLOC : e.bloc(),
                        a -> a.bloc() == null ? NO_BLOC : a.bloc()),
                updatedAt);
    }

    /** One cited document across reports: as the first citing report describes it, and how many agencies cite it. */
    private static final class CitedAcc {
        final String number;
        final String kind;
        final String issuedBy;
        final String title;
        long agencies;

        CitedAcc(ReportState.Directive d) {
            number = d.number();
            kind = d.kind();
            issuedBy = d.issuedBy();
            title = d.title();
        }
    }

    /** DESIGN {@code measures}: what the reports state about each figure, and how. */
    static Map<String, Measure> measures(List<Entry> entries) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        measures.put("participation", Measure.of(entries.stream().map(e -> workforceStatement(e,
                w -> w.participating())).toList()));
        measures.put("commitments", Measure.of(entries.stream().map(e -> workforceStatement(e,
                w -> w.commitmentsSigned())).toList()));
        measures.put("memberUnitsWithCultureRules", Measure.of(entries.stream().map(e -> unitsStatement(e,
                u -> u.withCultureRules())).toList()));
        measures.put("memberUnitsWithPlans", Measure.of(entries.stream().map(e -> unitsStatement(e,
                u -> u.withPlans())).toList()));
        return measures;
    }

    /** Emulation titles a report states only as a percent, in {@code measures} form, by TITLE:year. */
    static Map<String, Measure> titleMeasures(List<Entry> entries) {
        Map<String, List<Measure.Statement>> byKey = new TreeMap<>();
        Set<String> percentOnly = new TreeSet<>();
        for (Entry e : entries) {
            var w = e.report().workforce();
            for (ReportState.EmulationTitle t : list(e.report().emulationTitles())) {
                if (t.count() == null) {
                    continue;
                }
                String key = t.title() + ":" + (t.year() == null ? UNSPECIFIED : t.year());
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Measure.Statement(t.count(), w == null ? null : w.total(), e.staffing()));
                if (t.count().percentOnly()) {
                    percentOnly.add(key);
                }
            }
        }
        Map<String, Measure> measures = new TreeMap<>();
        percentOnly.forEach(key -> measures.put(key, Measure.of(byKey.get(key))));
        return measures;
    }

    private static Measure.Statement workforceStatement(Entry e,
            Function<ReportState.Workforce, vn.vhcs.contract.Figure> figure) {
        var w = e.report().workforce();
        return new Measure.Statement(w == null ? null : figure.apply(w), w == null ? null : w.total(), e.staffing());
    }

    private static Measure.Statement unitsStatement(Entry e,
            Function<ReportState.MemberUnits, vn.vhcs.contract.Figure> figure) {
        var u = e.report().memberUnits();
        return new Measure.Statement(u == null ? null : figure.apply(u), u == null ? null : u.total(), null);
    }

    /** The expected agencies without a counting report among {@code reporting}, by code. */
    public static List<Expected> missing(java.util.Collection<String> reporting, List<Expected> expected) {
        Set<String> reported = Set.copyOf(reporting);
        return expected.stream().filter(a -> !reported.contains(a.code()))
                .sorted(Comparator.comparing(Expected::code)).toList();
    }

    /** The counts of the agencies of each group (agency kind, emulation bloc). */
    private static Map<String, ProvinceStatistics.KindFigures> byGroup(List<Entry> entries, List<Expected> expected,
            Function<Entry, String> entryGroup, Function<Expected, String> expectedGroup) {
        Set<String> kinds = new TreeSet<>();
        entries.forEach(e -> kinds.add(entryGroup.apply(e)));
        expected.forEach(a -> kinds.add(expectedGroup.apply(a)));
        Map<String, ProvinceStatistics.KindFigures> figures = new TreeMap<>();
        for (String kind : kinds) {
            List<Entry> mine = entries.stream().filter(e -> kind.equals(entryGroup.apply(e))).toList();
            List<Expected> expectedOfKind = expected.stream().filter(a -> kind.equals(expectedGroup.apply(a))).toList();
            Set<String> reporting = mine.stream().map(e -> e.report().agencyCode()).collect(Collectors.toSet());
            int expectedReported = (int) expectedOfKind.stream().filter(a -> reporting.contains(a.code())).count();
            int onTime = (int) mine.stream().filter(Entry::onTime).count();
            List<ReportState> reports = mine.stream().map(Entry::report).toList();
            long workforce = sum(reports, StatisticsCalculator::workforceTotal);
            long participating = sum(reports, r -> count(r.workforce() == null ? null : r.workforce().participating()));
            long commitments = sum(reports, r -> count(r.workforce() == null ? null : r.workforce().commitmentsSigned()));
            figures.put(kind, new ProvinceStatistics.KindFigures(expectedOfKind.size(), mine.size(),
                    Rate.of(expectedReported, expectedOfKind.size()), onTime, Rate.of(onTime, mine.size()),
                    expectedOfKind.size() - expectedReported, workforce,
                    participating, countRate(reports, w -> w.participating()), commitments,
                    countRate(reports, w -> w.commitmentsSigned()), sum(reports, r -> (long) r.modelsTotal())));
        }
        return figures;
    }

    /** 100.00000 as 100, 0.50000 as 0.5: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** DESIGN: counts only, exact, over the agencies that stated both the count and the workforce total. */
    private static Rate countRate(List<ReportState> reports,
            Function<ReportState.Workforce, vn.vhcs.contract.Figure> figure) {
        long numerator = 0;
        long denominator = 0;
        for (ReportState r : reports) {
            var w = r.workforce();
            var f = w == null ? null : figure.apply(w);
            if (f != null && f.count() != null && w.total() != null) {
                numerator += f.count();
                denominator += w.total();
            }
        }
        return Rate.of(numerator, denominator);
    }

    /** Member units with culture rules over member units, for the reports that state both counts. */
    private static Rate unitsRate(List<ReportState> reports) {
        long numerator = 0;
        long denominator = 0;
        for (ReportState r : reports) {
            var u = r.memberUnits();
            if (u != null && u.total() != null && u.withCultureRules() != null && u.withCultureRules().count() != null) {
                numerator += u.withCultureRules().count();
                denominator += u.total();
            }
        }
        return Rate.of(numerator, denominator);
    }

    private static long workforceTotal(ReportState r) {
        return r.workforce() == null || r.workforce().total() == null ? 0L : r.workforce().total();
    }

    /** The stated count of a figure; 0 when the report states none (a percent alone is no count). */
    private static long count(vn.vhcs.contract.Figure figure) {
        return figure == null || figure.count() == null ? 0L : figure.count();
    }

    private static long sum(List<ReportState> reports, Function<ReportState, Long> value) {
        return reports.stream().mapToLong(value::apply).sum();
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    private static ProvinceStatistics.IndicatorSummary summary(List<ReportState> reports,
            Function<ReportState.Indicators, vn.vhcs.contract.Percentage> field) {
        List<BigDecimal> values = reports.stream().map(ReportState::indicators).filter(Objects::nonNull).map(field)
                .filter(Objects::nonNull).map(vn.vhcs.contract.Percentage::percent).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return new ProvinceStatistics.IndicatorSummary(null, null, null, 0);
        }
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = plain(total.divide(BigDecimal.valueOf(values.size()), 5, RoundingMode.HALF_UP));
        return new ProvinceStatistics.IndicatorSummary(mean, plain(values.stream().min(Comparator.naturalOrder()).get()),
                plain(values.stream().max(Comparator.naturalOrder()).get()), values.size());
    }
}
