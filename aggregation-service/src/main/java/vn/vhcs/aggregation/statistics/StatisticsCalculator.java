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

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.vhcs.aggregation.figures.Figures;
import vn.vhcs.contract.ReportState;
import vn.vhcs.aggregation.store.Tally;

/**
 * The arithmetic of the statistics, as a pure function of the counting reports and the expected
 * agencies: the same inputs always give the same figures, whatever order events arrived in.
 */
public final class StatisticsCalculator {

    /**
     * The version of the counters a cell holds. Raise it with a release that adds counters (2: coverage): at
     * the first batch after the upgrade every cell is computed again from the reports held (ReadModel), so
     * figures that cells kept before it lack are right without a rebuild from the topics. 3: the figures of the
     * catalogue ({@link FigureTallies}).
     */
    public static final int COUNTERS_VERSION = 3;

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

    /**
     * The prefix of an accepted report's second copy of its counters: the statistics of the accepted
     * reports only ({@code ?accepted=true}) are the expectations plus these, kept on write like the rest.
     */
    static final String ACCEPTED = "A:";

    private static final List<String> BREAKDOWN_FIGURES = List.of("expected", "expectedReported", "reports", "onTime",
            "workforce", "participating", "commitments", "cr.participating.n", "cr.participating.d", "cr.commitments.n",
            "cr.commitments.d", "models.total");

    /**
     * Counters every cell of a (round, province) keeps per agency kind and bloc: the breakdowns' figures,
     * of every counting report and of the accepted ones.
     */
    static final List<String> BREAKDOWN = java.util.stream.Stream.concat(BREAKDOWN_FIGURES.stream(),
            BREAKDOWN_FIGURES.stream().map(k -> ACCEPTED + k)).toList();

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The same arithmetic as the kept statistics, over reports and expected agencies held in memory:
     * the sum of their contributions.
     */
    public static ProvinceStatistics compute(String round, String province, String boundaries, List<Entry> entries,
            List<Expected> expected) {
        return compute(round, province, boundaries, entries, expected, Figures.STANDARD, null);
    }

    /** {@link #compute} with a catalogue and the figures the round asks for ({@code roundFigures}, null: the standard set). */
    public static ProvinceStatistics compute(String round, String province, String boundaries, List<Entry> entries,
            List<Expected> expected, Figures catalogue, List<String> roundFigures) {
        Set<String> expectedCodes = expected.stream().map(Expected::code).collect(Collectors.toSet());
        Tally total = new Tally();
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> byBloc = new TreeMap<>();
        for (Entry e : entries) {
            Tally t = contribution(e, expectedCodes.contains(e.report().agencyCode()), catalogue);
            total.add(t, 1);
            byKind.computeIfAbsent(e.agencyKind(), k -> new Tally()).add(breakdown(t, catalogue), 1);
            byBloc.computeIfAbsent(blocOf(e.bloc()), k -> new Tally()).add(breakdown(t, catalogue), 1);
        }
        for (Expected a : expected) {
            total.add(expectation(), 1);
            byKind.computeIfAbsent(a.kind(), k -> new Tally()).add(expectation(), 1);
            byBloc.computeIfAbsent(blocOf(a.bloc()), k -> new Tally()).add(expectation(), 1);
        }
        Instant updatedAt = entries.stream().map(e -> e.report().updatedAt()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return statistics(round, province, boundaries, total, byKind, byBloc, updatedAt,
                catalogue.setOf(roundFigures), catalogue);
    }

    /** The bloc group of an agency: its bloc, or {@value #NO_BLOC}. */
    public static String blocOf(String bloc) {
        return bloc == null ? NO_BLOC : bloc;
    }

    /**
     * The counters of the accepted reports only, with every expectation: what the statistics of
     * {@code ?accepted=true} describe (an expected agency without an accepted report is missing).
     */
    public static Tally acceptedOnly(Tally t) {
        return new Tally().add("expected", t.count("expected")).add(t.under(ACCEPTED), 1);
    }

    /**
     * The part of a contribution an agency kind × bloc cell keeps: the {@link #BREAKDOWN} counters, and the
     * counters of the catalogue's figures that ask for a breakdown.
     */
    public static Tally breakdown(Tally contribution, Figures catalogue) {
        return contribution.only(BREAKDOWN).add(FigureTallies.breakdown(contribution, catalogue), 1);
    }

    /** What an expected agency adds to its cell, whether or not it has reported. */
    public static Tally expectation() {
        return new Tally().add("expected", 1);
    }

    /**
     * What one counting report adds to the statistics; {@code expectedReported} when its agency is
     * one the round expects in the report's province (then it is not missing).
     */
    public static Tally contribution(Entry e, boolean expectedReported) {
        return contribution(e, expectedReported, Figures.STANDARD);
    }

    /** {@link #contribution(Entry, boolean)}, the figures by code counted as {@code catalogue} defines them. */
    public static Tally contribution(Entry e, boolean expectedReported, Figures catalogue) {
        ReportState r = e.report();
        Tally t = new Tally().add("reports", 1).add("onTime", e.onTime() ? 1 : 0)
                .add("expectedReported", expectedReported ? 1 : 0).add("accepted", r.accepted() ? 1 : 0);
        var w = r.workforce();
        t.add("workforce", workforceTotal(r));
        t.add("participating", count(w == null ? null : w.participating()));
        t.add("commitments", count(w == null ? null : w.commitmentsSigned()));
        countRate(t, "cr.participating.", w, w == null ? null : w.participating());
        countRate(t, "cr.commitments.", w, w == null ? null : w.commitmentsSigned());
        var u = r.memberUnits();
        t.add("units", u == null || u.total() == null ? 0 : u.total());
        t.add("unitsWithRules", count(u == null ? null : u.withCultureRules()));
        if (u != null && u.total() != null && u.withCultureRules() != null && u.withCultureRules().count() != null) {
            t.add("units.rate.n", u.withCultureRules().count()).add("units.rate.d", u.total());
        }
        Measure.add(t, "m|participation|", workforceStatement(e, ReportState.Workforce::participating));
        Measure.add(t, "m|commitments|", workforceStatement(e, ReportState.Workforce::commitmentsSigned));
        Measure.add(t, "m|memberUnitsWithCultureRules|", unitsStatement(e, ReportState.MemberUnits::withCultureRules));
        Measure.add(t, "m|memberUnitsWithPlans|", unitsStatement(e, ReportState.MemberUnits::withPlans));

        t.add("models.total", r.modelsTotal()).add("models.named", list(r.models()).size());
        list(r.models()).forEach(m -> t.add("sector|" + m.sector(), 1));
        Set<String> citedHere = new TreeSet<>();
        for (ReportState.Directive d : list(r.directives())) {
            if (d.own()) {
                t.add("directive|" + d.kind(), 1);
            } else {
                String key = d.number() != null ? d.number() : "title:" + d.title();
                if (citedHere.add(key)) {
                    t.add("cited|" + key, 1).add("citedAs|" + citedAs(key, d), 1);
                }
            }
        }
        // "stated|…" counts the statements, so that a stated 0 is listed as 0 rather than left out
        list(r.commendations()).stream().filter(c -> c.count() != null).forEach(c -> {
            String kind = c.form() + "|" + c.recipientKind();
            String year = c.year() == null ? UNSPECIFIED : Integer.toString(c.year());
            t.add("commendation|" + kind, c.count()).add("stated|commendation|" + kind, 1)
                    .add("commendationYear|" + year, c.count()).add("stated|commendationYear|" + year, 1);
        });
        if (r.inspections() != null) {
            var i = r.inspections();
            t.add("inspections.reporting", 1).add("inspections.held", i.held() == null ? 0 : i.held())
                    .add("inspections.found", i.violationsFound() == null ? 0 : i.violationsFound())
                    .add("inspections.handled", i.violationsHandled() == null ? 0 : i.violationsHandled());
        }
        for (ReportState.EmulationTitle title : list(r.emulationTitles())) {
            if (title.count() == null) {
                continue;
            }
            if (title.count().hasCount()) {
                String key = title.title() + "|" + (title.year() == null ? "" : title.year());
                t.add("title|" + key, title.count().count()).add("stated|title|" + key, 1);
            }
            Measure.add(t, "tm|" + title.title() + ":" + (title.year() == null ? UNSPECIFIED : title.year()) + "|",
                    new Measure.Statement(title.count(), w == null ? null : w.total(), e.staffing()));
        }
        INDICATORS.forEach((name, field) -> {
            var p = r.indicators() == null ? null : field.apply(r.indicators());
            if (p != null && p.percent() != null) {
                t.add("indicator|" + name + "|sum", p.percent()).add("indicator|" + name + "|n", 1)
                        .add("indicator|" + name + "=" + p.percent().stripTrailingZeros().toPlainString(), 1);
            }
        });
        Coverage.add(t, r);
        FigureTallies.add(t, e, catalogue);
        return r.accepted() ? t.add(t.prefixed(ACCEPTED), 1) : t;
    }

    private static final Map<String, Function<ReportState.Indicators, vn.vhcs.contract.Percentage>> INDICATORS;
    static {
        INDICATORS = new LinkedHashMap<>();
        INDICATORS.put("computerEquipmentPercent", ReportState.Indicators::computerEquipmentPercent);
        INDICATORS.put("citizenSatisfactionPercent", ReportState.Indicators::citizenSatisfactionPercent);
        INDICATORS.put("digitizedProceduresPercent", ReportState.Indicators::digitizedProceduresPercent);
    }

    /** A cited document's description, as one report gives it: a JSON array, so any text fits. */
    private static String citedAs(String key, ReportState.Directive d) {
        try {
            return JSON.writeValueAsString(java.util.Arrays.asList(key, d.number(), d.kind(), d.issuedBy(), d.title()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The statistics the summed counters of a (round, province) — or of several — describe, with
     * the breakdowns by agency kind and by bloc from their cells.
     */
    public static ProvinceStatistics statistics(String round, String province, String boundaries, Tally t,
            Map<String, Tally> byKind, Map<String, Tally> byBloc, Instant updatedAt) {
        return statistics(round, province, boundaries, t, byKind, byBloc, updatedAt, Figures.STANDARD.setOf(null),
                Figures.STANDARD);
    }

    /** {@link #statistics} with the figures of the round's {@code set} and any other the counters hold. */
    public static ProvinceStatistics statistics(String round, String province, String boundaries, Tally t,
            Map<String, Tally> byKind, Map<String, Tally> byBloc, Instant updatedAt,
            List<vn.vhcs.contract.figures.FigureDefinition> set, Figures catalogue) {
        int expected = (int) t.count("expected");
        int reported = (int) t.count("reports");
        int expectedReported = (int) t.count("expectedReported");
        int onTime = (int) t.count("onTime");
        long workforce = t.count("workforce");

        Map<String, Long> bySector = new TreeMap<>();
        t.forEachUnder("sector|", (sector, n) -> bySector.put(sector, n.longValueExact()));
        long modelsTotal = t.count("models.total");
        long modelsNamed = t.count("models.named");
        if (modelsTotal > modelsNamed) {
            bySector.put(UNSPECIFIED, modelsTotal - modelsNamed);
        }
        Map<String, Long> byKindOfDirective = new TreeMap<>();
        t.forEachUnder("directive|", (kind, n) -> byKindOfDirective.put(kind, n.longValueExact()));

        Map<List<String>, Long> commendations = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        t.forEachUnder("stated|commendation|", (key, n) -> {
            int bar = key.indexOf('|');
            commendations.put(List.of(key.substring(0, bar), key.substring(bar + 1)), t.count("commendation|" + key));
        });
        List<ProvinceStatistics.CommendationCount> commendationCounts = new ArrayList<>();
        commendations.forEach((k, v) -> commendationCounts.add(new ProvinceStatistics.CommendationCount(k.get(0), k.get(1), v)));
        Map<String, Long> commendationsByYear = new TreeMap<>();
        t.forEachUnder("stated|commendationYear|", (year, n) -> commendationsByYear.put(year,
                t.count("commendationYear|" + year)));

        Map<String, Map<Integer, Long>> titles = new TreeMap<>();
        t.forEachUnder("stated|title|", (key, n) -> {
            int bar = key.lastIndexOf('|');
            String year = key.substring(bar + 1);
            titles.computeIfAbsent(key.substring(0, bar), k -> new TreeMap<>(
                    Comparator.nullsLast(Comparator.<Integer>naturalOrder())))
                    .put(year.isEmpty() ? null : Integer.valueOf(year), t.count("title|" + key));
        });
        List<ProvinceStatistics.TitleCount> titleCounts = new ArrayList<>();
        titles.forEach((title, years) -> years.forEach((year, count) -> titleCounts
                .add(new ProvinceStatistics.TitleCount(title, year, count))));
        Map<String, Rate> advancedWorkerRate = new TreeMap<>();
        titles.getOrDefault("ADVANCED_WORKER", Map.of()).forEach((year, count) -> advancedWorkerRate
                .put(year == null ? UNSPECIFIED : Integer.toString(year), Rate.of(count, workforce)));

        Map<String, Measure> measures = new LinkedHashMap<>();
        for (String name : List.of("participation", "commitments", "memberUnitsWithCultureRules", "memberUnitsWithPlans")) {
            measures.put(name, Measure.from(t, "m|" + name + "|"));
        }
        Set<String> titleKeys = new TreeSet<>();
        t.forEachUnder("tm|", (key, n) -> titleKeys.add(key.substring(0, key.indexOf('|'))));
        Map<String, Measure> titleMeasures = new TreeMap<>();
        titleKeys.forEach(key -> {
            Measure m = Measure.from(t, "tm|" + key + "|");
            if (m.withPercentOnly() > 0) {
                titleMeasures.put(key, m);
            }
        });

        Map<String, ProvinceStatistics.IndicatorSummary> indicators = new LinkedHashMap<>();
        INDICATORS.keySet().forEach(name -> indicators.put(name, indicator(t, name)));

        ProvinceStatistics.Inspections inspections = new ProvinceStatistics.Inspections(t.count("inspections.held"),
                t.count("inspections.found"), t.count("inspections.handled"), (int) t.count("inspections.reporting"));

        return new ProvinceStatistics(round, province, boundaries, expected, reported,
                Rate.of(expectedReported, expected), onTime, Rate.of(onTime, reported),
                expected - expectedReported, workforce, t.count("participating"), countRate(t, "cr.participating."),
                t.count("commitments"), countRate(t, "cr.commitments."),
                new ProvinceStatistics.MemberUnits(t.count("units"), t.count("unitsWithRules"),
                        Rate.of(t.count("units.rate.n"), t.count("units.rate.d"))),
                measures, new ProvinceStatistics.Models(modelsTotal, modelsNamed, bySector),
                commendationCounts, titleCounts, advancedWorkerRate,
                new ProvinceStatistics.Directives(byKindOfDirective.values().stream().mapToLong(Long::longValue).sum(),
                        byKindOfDirective),
                citedDocuments(t), commendationsByYear, titleMeasures, inspections, indicators,
                kindFigures(byKind, set, catalogue), kindFigures(byBloc, set, catalogue), updatedAt, (int) t.count("accepted"), Coverage.from(t), null,
                FigureTallies.statistics(t, set, catalogue));
    }

    /**
     * The documents the reports cite, most cited first; each described as most citing reports
     * describe it (ties: the first description in text order).
     */
    private static List<ProvinceStatistics.CitedDocument> citedDocuments(Tally t) {
        Map<String, Long> agencies = new TreeMap<>();
        t.forEachUnder("cited|", (key, n) -> agencies.put(key, n.longValueExact()));
        Map<String, List<String>> description = new TreeMap<>();
        Map<String, Long> descriptionCount = new TreeMap<>();
        t.forEachUnder("citedAs|", (json, n) -> {
            List<String> d = readList(json);
            String key = d.get(0);
            long count = n.longValueExact();
            if (count > descriptionCount.getOrDefault(key, 0L)) {
                description.put(key, d);
                descriptionCount.put(key, count);
            }
        });
        return agencies.entrySet().stream()
                .map(e -> {
                    List<String> d = description.get(e.getKey());
                    return new ProvinceStatistics.CitedDocument(d.get(1), d.get(2), d.get(3), d.get(4), e.getValue());
                })
                .sorted(Comparator.comparingLong((ProvinceStatistics.CitedDocument c) -> -c.agencies())
                        .thenComparing(c -> String.valueOf(c.number())))
                .toList();
    }

    private static List<String> readList(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException("unreadable cited document", e);
        }
    }

    private static ProvinceStatistics.IndicatorSummary indicator(Tally t, String name) {
        return summary(t, "indicator|" + name + "|sum", "indicator|" + name + "|n", "indicator|" + name + "=");
    }

    /** Mean, lowest, highest of percents kept as a sum, a count, and a count per value (under {@code values}). */
    static ProvinceStatistics.IndicatorSummary summary(Tally t, String sumKey, String nKey, String values) {
        long n = t.count(nKey);
        if (n == 0) {
            return new ProvinceStatistics.IndicatorSummary(null, null, null, 0);
        }
        BigDecimal[] minMax = new BigDecimal[2];
        t.forEachUnder(values, (value, count) -> {
            BigDecimal v = new BigDecimal(value);
            minMax[0] = minMax[0] == null || v.compareTo(minMax[0]) < 0 ? v : minMax[0];
            minMax[1] = minMax[1] == null || v.compareTo(minMax[1]) > 0 ? v : minMax[1];
        });
        BigDecimal mean = plain(t.value(sumKey).divide(BigDecimal.valueOf(n), 5, RoundingMode.HALF_UP));
        return new ProvinceStatistics.IndicatorSummary(mean, plain(minMax[0]), plain(minMax[1]), (int) n);
    }

    private static Map<String, ProvinceStatistics.KindFigures> kindFigures(Map<String, Tally> groups,
            List<vn.vhcs.contract.figures.FigureDefinition> set, Figures catalogue) {
        Map<String, ProvinceStatistics.KindFigures> figures = new TreeMap<>();
        groups.forEach((group, t) -> {
            if (t.isEmpty()) {
                return;
            }
            int expected = (int) t.count("expected");
            int expectedReported = (int) t.count("expectedReported");
            int reported = (int) t.count("reports");
            int onTime = (int) t.count("onTime");
            figures.put(group, new ProvinceStatistics.KindFigures(expected, reported, Rate.of(expectedReported, expected),
                    onTime, Rate.of(onTime, reported), expected - expectedReported, t.count("workforce"),
                    t.count("participating"), countRate(t, "cr.participating."), t.count("commitments"),
                    countRate(t, "cr.commitments."), t.count("models.total"),
                    FigureTallies.statistics(t, set.stream().filter(vn.vhcs.contract.figures.FigureDefinition::breakdown)
                            .toList(), catalogue)));
        });
        return figures;
    }

    private static Rate countRate(Tally t, String prefix) {
        return Rate.of(t.count(prefix + "n"), t.count(prefix + "d"));
    }

    /** DESIGN: counts only, exact, over the agencies that stated both the count and the workforce total. */
    private static void countRate(Tally t, String prefix, ReportState.Workforce w, vn.vhcs.contract.Figure f) {
        if (f != null && f.count() != null && w.total() != null) {
            t.add(prefix + "n", f.count()).add(prefix + "d", w.total());
        }
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

    /** 100.00000 as 100, 0.50000 as 0.5: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static long workforceTotal(ReportState r) {
        return r.workforce() == null || r.workforce().total() == null ? 0L : r.workforce().total();
    }

    /** The stated count of a figure; 0 when the report states none (a percent alone is no count). */
    private static long count(vn.vhcs.contract.Figure figure) {
        return figure == null || figure.count() == null ? 0L : figure.count();
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }


}
