package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vhcs.aggregation.figures.Figures;
import vn.vhcs.aggregation.store.Tally;
import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureValues;

/**
 * One tally per figure code, kept on write like every other counter: what a report's figures
 * ({@link ReportState#figureValues()}) add under {@code f|<code>|…}, by the figure's kind in the catalogue, and
 * the {@link FigureStatistic}s the summed counters describe. A value whose code the catalogue does not know yet
 * adds nothing: when its definition arrives, every cell is counted again (see {@code EventApplier}).
 */
public final class FigureTallies {

    static final String PREFIX = "f|";

    private FigureTallies() {
    }

    /** Adds what a counting report states about each figure the catalogue knows. */
    static void add(Tally t, StatisticsCalculator.Entry e, Figures catalogue) {
        ReportState r = e.report();
        Integer workforce = r.workforce() == null ? null : r.workforce().total();
        Integer units = r.memberUnits() == null ? null : r.memberUnits().total();
        r.figureValues().forEach((code, value) -> {
            FigureDefinition f = catalogue.get(code);
            if (f != null) {
                add(t, f, value, workforce, units, e.staffing());
            }
        });
    }

    /**
     * One value of one figure: {@code workforce} and {@code units} are the report's totals, {@code staffing} the
     * registry's (the base of a workforce share stated as a percent when the report gives no total).
     */
    static void add(Tally t, FigureDefinition f, JsonNode value, Integer workforce, Integer units, Integer staffing) {
        String p = prefix(f.code());
        try {
            switch (f.kind()) {
                case SHARE -> {
                    boolean ofUnits = f.base() == FigureDefinition.Base.MEMBER_UNITS;
                    Measure.add(t, p, new Measure.Statement(FigureValues.figure(value), ofUnits ? units : workforce,
                            ofUnits ? null : staffing));
                }
                case PERCENT -> {
                    Percentage v = FigureValues.percentage(value);
                    if (v != null && v.percent() != null) {
                        t.add(p + "stating", 1).add(p + "sum", v.percent()).add(p + "n", 1)
                                .add(p + "pct=" + v.percent().stripTrailingZeros().toPlainString(), 1);
                    }
                }
                case COUNT -> {
                    Figure v = FigureValues.figure(value);
                    if (v != null && v.count() != null) {
                        t.add(p + "stating", 1).add(p + "sum", v.count());
                    }
                }
                case YES_NO -> {
                    if (value.isBoolean()) {
                        t.add(p + "stating", 1).add(p + (value.booleanValue() ? "yes" : "no"), 1);
                    }
                }
                case ORDINAL -> {
                    if (value.isTextual()) {
                        t.add(p + "stating", 1).add(p + "level=" + value.textValue(), 1);
                    }
                }
                case LIST -> {
                    if (value.isArray()) {
                        List<String> names = FigureValues.names(value);
                        t.add(p + "stating", 1).add(p + "items", names.size());
                        new LinkedHashSet<>(names).forEach(name -> t.add(p + "name=" + name, 1));
                    }
                }
                case TEXT -> {
                    if (value.isTextual() && !value.textValue().isBlank()) {
                        t.add(p + "stating", 1);
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            // not of its kind's form (report-service checks values, so only a value older than a kind change):
            // left out rather than counted as something it does not say
        }
    }

    /** The counters of a contribution (the {@code A:} copy too) of the figures asking for a breakdown. */
    static Tally breakdown(Tally contribution, Figures catalogue) {
        Tally part = new Tally();
        for (String prefix : List.of(PREFIX, StatisticsCalculator.ACCEPTED + PREFIX)) {
            contribution.forEachUnder(prefix, (key, n) -> {
                FigureDefinition f = catalogue.get(key.substring(0, key.indexOf('|')));
                if (f != null && f.breakdown()) {
                    part.add(prefix + key, n);
                }
            });
        }
        return part;
    }

    /**
     * The statistic of every figure of the round's {@code set}, and of any other figure the counters hold, by
     * code in the outline's order.
     */
    static Map<String, FigureStatistic> statistics(Tally t, List<FigureDefinition> set, Figures catalogue) {
        Set<String> stated = new TreeSet<>();
        t.forEachUnder(PREFIX, (key, n) -> stated.add(key.substring(0, key.indexOf('|'))));
        List<FigureDefinition> shown = new ArrayList<>(set);
        stated.forEach(code -> {
            FigureDefinition f = catalogue.get(code);
            if (f != null && shown.stream().noneMatch(s -> s.code().equals(code))) {
                shown.add(f);
            }
        });
        shown.sort(FigureDefinition.OUTLINE_ORDER);
        Map<String, FigureStatistic> figures = new LinkedHashMap<>();
        long expected = t.count("expected");
        shown.forEach(f -> figures.put(f.code(), statistic(t, f, expected)));
        return figures;
    }

    /** The statistic of one figure from the counters; {@code expected}: the agencies expected to report. */
    static FigureStatistic statistic(Tally t, FigureDefinition f, long expected) {
        String p = prefix(f.code());
        int stating = (int) t.count(p + "stating");
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
            case SHARE -> share = Measure.from(t, p);
            case PERCENT -> percent = StatisticsCalculator.summary(t, p + "sum", p + "n", p + "pct=");
            case COUNT -> sum = t.count(p + "sum");
            case YES_NO -> {
                yes = (int) t.count(p + "yes");
                no = (int) t.count(p + "no");
                coverage = Rate.of(yes, expected);
            }
            case ORDINAL -> {
                levels = new LinkedHashMap<>();
                for (FigureDefinition.Level level : f.levels()) {
                    levels.put(level.code(), t.count(p + "level=" + level.code()));
                }
                Map<String, Long> all = levels;
                t.forEachUnder(p + "level=", (level, n) -> all.putIfAbsent(level, n.longValueExact()));
            }
            case LIST -> {
                items = t.count(p + "items");
                List<FigureStatistic.Named> named = new ArrayList<>();
                t.forEachUnder(p + "name=", (name, n) -> named.add(new FigureStatistic.Named(name, n.longValueExact())));
                named.sort(Comparator.comparingLong((FigureStatistic.Named n) -> -n.agencies())
                        .thenComparing(FigureStatistic.Named::name));
                names = named;
            }
            case TEXT -> {
                // gathered, not counted
            }
        }
        // an English label left out reads as the Vietnamese one (Labels.in): the answer always has both
        FigureDefinition.Labels label = new FigureDefinition.Labels(f.label().vi(), f.label().in("en"));
        return new FigureStatistic(f.kind(), label, stating, share, sum, percent, yes, no, coverage, levels, items,
                names, f);
    }

    /**
     * A figure's main number for a trend or a comparison: the sum (COUNT), the mean (PERCENT), the rate (SHARE),
     * the yes (YES_NO), the items (LIST); else the agencies stating it.
     */
    public static BigDecimal headline(FigureStatistic s) {
        return switch (s.kind()) {
            case COUNT -> BigDecimal.valueOf(s.sum());
            case PERCENT -> s.percent().mean();
            case SHARE -> s.share().rate().value() == null ? null : BigDecimal.valueOf(s.share().rate().value());
            case YES_NO -> BigDecimal.valueOf(s.yes());
            case LIST -> BigDecimal.valueOf(s.items());
            case ORDINAL, TEXT -> BigDecimal.valueOf(s.agenciesStating());
        };
    }

    private static String prefix(String code) {
        return PREFIX + code + "|";
    }
}
