package vn.vhcs.aggregation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vhcs.aggregation.figures.Figures;

import vn.vhcs.aggregation.store.Tally;
import vn.vhcs.contract.Percentage;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.ReportStatus;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureDefinition.Labels;
import vn.vhcs.contract.figures.FigureKind;
import vn.vhcs.contract.figures.FigureValues;

/**
 * Over random catalogues (definitions of every kind, defined, relabelled and added while reports come), random
 * reports with random values (and values of codes not defined yet), revisions and withdrawals: the tallies kept
 * on write (the old contribution taken off, the new one added; every cell counted again when a definition counts
 * differently, as the consumer does) equal the tallies computed from scratch from the current reports, and the
 * {@code figures} answer equals a direct computation from the reports' values, written here apart from
 * {@link FigureTallies}.
 */
class FigureTalliesPropertyTest {

    private static final List<String> NAMES = List.of("Phòng Tư pháp", "Đoàn thanh niên", "Công đoàn", "Hội phụ nữ",
            "Chi bộ");
    private static final int AGENCIES = 8;
    private static final int EXPECTED = 10;

    private Random random;
    private final Map<String, FigureDefinition> defined = new LinkedHashMap<>();
    /** Codes reports may state: the defined ones and some defined only later. */
    private final List<String> codes = new ArrayList<>();
    private final Map<String, FigureKind> plannedKind = new LinkedHashMap<>();
    private Figures catalogue;
    private List<String> roundSet;
    private final Map<String, ReportState> current = new TreeMap<>();
    private final Map<String, Integer> staffing = new TreeMap<>();
    private int recounts;
    private int stated;

    @Test
    void keptTalliesAndTheAnswerEqualAFreshComputationOverRandomCatalogues() {
        for (long seed = 1; seed <= 40; seed++) {
            run(seed);
        }
        assertTrue(recounts > 20, "definitions that count differently arrived: " + recounts);
        assertTrue(stated > 1000, "figures were stated: " + stated);
    }

    private void run(long seed) {
        random = new Random(seed);
        defined.clear();
        codes.clear();
        plannedKind.clear();
        current.clear();
        staffing.clear();
        int n = FigureKind.values().length + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String code = "fig" + i;
            FigureKind kind = i < FigureKind.values().length ? FigureKind.values()[i]
                    : FigureKind.values()[random.nextInt(FigureKind.values().length)];
            codes.add(code);
            plannedKind.put(code, kind);
            if (random.nextInt(4) > 0) { // some are defined only later, after reports state them
                define(code, kind, 1);
            }
        }
        catalogue = new Figures(defined.values(), "s" + seed);
        roundSet = random.nextBoolean() ? null : codes.stream().filter(c -> random.nextBoolean()).toList();
        for (int a = 0; a < AGENCIES; a++) {
            staffing.put("A" + a, random.nextInt(3) == 0 ? null : 10 + random.nextInt(40));
        }
        Tally kept = expectations();
        Tally keptBreakdown = expectations(); // the one agency kind's cell: every agency here is an OFFICE
        for (int step = 0; step < 60; step++) {
            if (random.nextInt(8) == 0) {
                Tally before = kept;
                kept = changeCatalogue(kept);
                if (kept != before) {
                    keptBreakdown = freshBreakdown();
                }
            } else {
                String agency = "A" + random.nextInt(AGENCIES);
                ReportState before = current.get(agency);
                ReportState after = random.nextInt(6) == 0 ? withdrawn(agency) : report(agency);
                if (counts(before)) {
                    kept.add(contribution(before), -1);
                    keptBreakdown.add(StatisticsCalculator.breakdown(contribution(before), catalogue), -1);
                }
                if (counts(after)) {
                    kept.add(contribution(after), 1);
                    keptBreakdown.add(StatisticsCalculator.breakdown(contribution(after), catalogue), 1);
                }
                current.put(agency, after);
            }
            assertEquals(fresh(), kept, "seed " + seed + ", step " + step);
            assertEquals(freshBreakdown(), keptBreakdown, "breakdown: seed " + seed + ", step " + step);
            List<FigureDefinition> set = catalogue.setOf(roundSet);
            Map<String, FigureStatistic> answered = StatisticsCalculator.statistics("R", "58", null, kept, Map.of(),
                    Map.of(), null, set, catalogue).figures();
            Map<String, FigureStatistic> direct = direct(set);
            assertEquals(direct, answered, "seed " + seed + ", step " + step);
            assertEquals(List.copyOf(direct.keySet()), List.copyOf(answered.keySet()), "in the outline's order");
            Map<String, FigureStatistic> byKind = StatisticsCalculator.statistics("R", "58", null, kept,
                    Map.of("OFFICE", keptBreakdown), Map.of(), null, set, catalogue).byAgencyKind().get("OFFICE").figures();
            Map<String, FigureStatistic> directByKind = direct(set.stream().filter(FigureDefinition::breakdown).toList());
            directByKind.values().removeIf(f -> !f.definition().breakdown()); // a stated figure not broken down
            assertEquals(directByKind, byKind, "by kind: seed " + seed + ", step " + step);
        }
    }

    // ---- the catalogue ----

    private void define(String code, FigureKind kind, long revision) {
        List<FigureDefinition.Level> levels = kind != FigureKind.ORDINAL ? List.of()
                : List.of(level("LOW"), level("MID"), level("HIGH"));
        FigureDefinition.Base base = kind != FigureKind.SHARE ? null
                : random.nextBoolean() ? FigureDefinition.Base.WORKFORCE : FigureDefinition.Base.MEMBER_UNITS;
        String outline = random.nextInt(5) == 0 ? null : "III." + (1 + random.nextInt(12)) + "." + (char) ('a' + random.nextInt(3));
        defined.put(code, new FigureDefinition(code, kind, new Labels("Chỉ tiêu " + code + " r" + revision, "Figure " + code),
                null, base, levels, outline, random.nextBoolean(), null, random.nextBoolean(), false, revision));
    }

    private static FigureDefinition.Level level(String code) {
        return new FigureDefinition.Level(code, new Labels("mức " + code, code));
    }

    /** A definition arrives: a new one, a relabelled one, or one of another base; recounted when it counts differently. */
    private Tally changeCatalogue(Tally kept) {
        String code = codes.get(random.nextInt(codes.size()));
        FigureDefinition held = defined.get(code);
        define(code, plannedKind.get(code), held == null ? 1 : held.revision() + 1);
        FigureDefinition next = defined.get(code);
        boolean recount = catalogue.countsDifferently(next);
        catalogue = new Figures(defined.values(), catalogue.stamp() + "+");
        if (recount) { // as EventApplier: every cell counted again from the reports held
            recounts++;
            return fresh();
        }
        return kept;
    }

    // ---- reports ----

    private ReportState report(String agency) {
        Integer workforce = random.nextInt(3) == 0 ? null : 20 + random.nextInt(30);
        Integer units = random.nextInt(3) == 0 ? null : 1 + random.nextInt(10);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String code : codes) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            stated++;
            values.put(code, value(plannedKind.get(code), workforce, units));
        }
        ReportState r = FigureTalliesTest.report(agency, workforce, units, values);
        return r;
    }

    private Object value(FigureKind kind, Integer workforce, Integer units) {
        return switch (kind) {
            case COUNT -> random.nextBoolean() ? random.nextInt(50)
                    : Map.of("count", random.nextInt(50), "qualifier", "MORE_THAN");
            case SHARE -> switch (random.nextInt(3)) {
                case 0 -> random.nextInt(1 + Math.min(workforce == null ? 20 : workforce, units == null ? 20 : units));
                case 1 -> Map.of("percent", new BigDecimal(random.nextInt(201)).movePointLeft(1).multiply(BigDecimal.valueOf(5)));
                default -> Map.of("percent", random.nextInt(101), "qualifier", "AT_LEAST");
            };
            case PERCENT -> random.nextBoolean() ? new BigDecimal(random.nextInt(401)).divide(BigDecimal.valueOf(4))
                    : Map.of("percent", random.nextInt(101), "qualifier", "MORE_THAN");
            case YES_NO -> random.nextBoolean();
            case ORDINAL -> List.of("LOW", "MID", "HIGH").get(random.nextInt(3));
            case LIST -> {
                List<String> names = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    String name = NAMES.get(random.nextInt(NAMES.size()));
                    names.add(random.nextBoolean() ? name : " " + name + " ");
                }
                yield names;
            }
            case TEXT -> random.nextInt(4) == 0 ? " " : "Nội dung " + random.nextInt(100);
        };
    }

    private ReportState withdrawn(String agency) {
        ReportState r = report(agency);
        return new ReportState(r.id(), r.agencyCode(), r.agencyKind(), r.roundCode(), r.provinceCode(), r.version(),
                ReportStatus.WITHDRAWN, r.submittedAt(), r.updatedAt(), r.onTime(), null, null, r.workforce(),
                r.memberUnits(), List.of(), null, null, List.of(), null, List.of(), List.of(), null, null, r.figures());
    }

    private static boolean counts(ReportState r) {
        return r != null && r.status() != ReportStatus.WITHDRAWN;
    }

    private Tally contribution(ReportState r) {
        return StatisticsCalculator.contribution(new StatisticsCalculator.Entry(r, "OFFICE", true,
                staffing.get(r.agencyCode()), null), true, catalogue);
    }

    private static Tally expectations() {
        Tally t = new Tally();
        for (int i = 0; i < EXPECTED; i++) {
            t.add(StatisticsCalculator.expectation(), 1);
        }
        return t;
    }

    private Tally freshBreakdown() {
        Tally t = expectations();
        current.values().stream().filter(FigureTalliesPropertyTest::counts)
                .forEach(r -> t.add(StatisticsCalculator.breakdown(contribution(r), catalogue), 1));
        return t;
    }

    private Tally fresh() {
        Tally t = expectations();
        current.values().stream().filter(FigureTalliesPropertyTest::counts).forEach(r -> t.add(contribution(r), 1));
        return t;
    }

    // ---- the answer, computed directly from the reports' values ----

    private Map<String, FigureStatistic> direct(List<FigureDefinition> set) {
        List<ReportState> reports = current.values().stream().filter(FigureTalliesPropertyTest::counts).toList();
        LinkedHashSet<FigureDefinition> shown = new LinkedHashSet<>(set);
        reports.forEach(r -> r.figureValues().forEach((code, v) -> {
            FigureDefinition f = catalogue.get(code); // the built-in ones too (workforce.total is workforceTotal)
            if (f != null && stated(f, v)) {
                shown.add(f);
            }
        }));
        Map<String, FigureStatistic> answer = new LinkedHashMap<>();
        shown.stream().sorted(FigureDefinition.OUTLINE_ORDER).forEach(f -> answer.put(f.code(), direct(f, reports)));
        return answer;
    }

    /** Whether a value states something of its figure (what puts a figure not in the set into the answer). */
    private static boolean stated(FigureDefinition f, JsonNode v) {
        return f.kind() != FigureKind.TEXT || !v.textValue().isBlank();
    }

    private FigureStatistic direct(FigureDefinition f, List<ReportState> reports) {
        List<JsonNode> values = reports.stream().map(r -> r.figureValues().get(f.code())).toList();
        int stating = 0;
        Measure share = null;
        Long sum = null;
        ProvinceStatistics.IndicatorSummary percent = null;
        Integer yes = null;
        Integer no = null;
        Rate coverage = null;
        Map<String, Long> levels = null;
        Long items = null;
        List<FigureStatistic.Named> names = null;
        switch (f.kind()) {
            case COUNT -> {
                sum = 0L;
                for (JsonNode v : values) {
                    if (v != null) {
                        stating++;
                        sum += FigureValues.figure(v).count();
                    }
                }
            }
            case SHARE -> {
                List<Measure.Statement> statements = new ArrayList<>();
                for (int i = 0; i < reports.size(); i++) {
                    ReportState r = reports.get(i);
                    if (values.get(i) == null) {
                        continue;
                    }
                    boolean units = f.base() == FigureDefinition.Base.MEMBER_UNITS;
                    statements.add(new Measure.Statement(FigureValues.figure(values.get(i)),
                            units ? (r.memberUnits() == null ? null : r.memberUnits().total())
                                    : (r.workforce() == null ? null : r.workforce().total()),
                            units ? null : staffing.get(r.agencyCode())));
                }
                share = Measure.of(statements);
                stating = share.agenciesStating();
            }
            case PERCENT -> {
                List<BigDecimal> stated = values.stream().filter(v -> v != null).map(FigureValues::percentage)
                        .map(Percentage::percent).toList();
                stating = stated.size();
                percent = stated.isEmpty() ? new ProvinceStatistics.IndicatorSummary(null, null, null, 0)
                        : new ProvinceStatistics.IndicatorSummary(
                                StatisticsCalculator.plain(stated.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                                        .divide(BigDecimal.valueOf(stated.size()), 5, RoundingMode.HALF_UP)),
                                StatisticsCalculator.plain(stated.stream().min(Comparator.naturalOrder()).get()),
                                StatisticsCalculator.plain(stated.stream().max(Comparator.naturalOrder()).get()),
                                stated.size());
            }
            case YES_NO -> {
                yes = (int) values.stream().filter(v -> v != null && v.booleanValue()).count();
                no = (int) values.stream().filter(v -> v != null && !v.booleanValue()).count();
                stating = yes + no;
                coverage = Rate.of(yes, EXPECTED);
            }
            case ORDINAL -> {
                levels = new LinkedHashMap<>();
                for (FigureDefinition.Level l : f.levels()) {
                    levels.put(l.code(), values.stream().filter(v -> v != null && v.textValue().equals(l.code())).count());
                }
                stating = (int) values.stream().filter(v -> v != null).count();
            }
            case LIST -> {
                Map<String, Long> agencies = new TreeMap<>();
                long all = 0;
                for (JsonNode v : values) {
                    if (v != null) {
                        stating++;
                        List<String> stated = FigureValues.names(v);
                        all += stated.size();
                        new LinkedHashSet<>(stated).forEach(name -> agencies.merge(name, 1L, Long::sum));
                    }
                }
                items = all;
                names = agencies.entrySet().stream().map(e -> new FigureStatistic.Named(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong((FigureStatistic.Named x) -> -x.agencies())
                                .thenComparing(FigureStatistic.Named::name))
                        .toList();
            }
            case TEXT -> stating = (int) values.stream().filter(v -> v != null && !v.textValue().isBlank()).count();
        }
        return new FigureStatistic(f.kind(), f.label(), stating, share, sum, percent, yes, no, coverage, levels, items,
                names, f);
    }

}
