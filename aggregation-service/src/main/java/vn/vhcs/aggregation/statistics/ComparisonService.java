package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;

/**
 * Two rounds of one place side by side: the API's comparison, and the Word report's "so với sơ
 * kết" (a FINAL_REVIEW against the latest MIDTERM_REVIEW before it, {@link #latestBefore}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComparisonService {

    private final StatisticsService statistics;
    private final RegistryCopy registry;

    /** A province (or, with the 2025 boundaries, a post-merger one) in {@code round} and in {@code with}. */
    @Transactional
    public Comparison province(String round, String with, String province, Boundaries boundaries) {
        return of(statistics.reportingRound(round), statistics.province(round, province, boundaries),
                statistics.reportingRound(with), statistics.province(with, province, boundaries));
    }

    /** The whole country in {@code round} and in {@code with}. */
    @Transactional
    public Comparison national(String round, String with) {
        return of(statistics.reportingRound(round), statistics.national(round), statistics.reportingRound(with),
                statistics.national(with));
    }

    /**
     * The latest round of {@code kind} whose period ends before {@code round}'s: the sơ kết a tổng
     * kết is compared with. Empty when there is none.
     */
    @Transactional
    public Optional<ReportingRound> latestBefore(ReportingRound round, String kind) {
        ReportingRound latest = null;
        for (ReportingRound r : registry.roundsInOrder()) {
            if (kind.equals(r.kind) && r.periodEnd.isBefore(round.periodEnd)) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The comparison of two statistics answers of the same place. */
    public static Comparison of(ReportingRound round, ProvinceStatistics figures, ReportingRound with,
            ProvinceStatistics withFigures) {
        List<Comparison.Change> changes = new ArrayList<>();
        for (Headline h : HEADLINES) {
            changes.add(h.change(figures, withFigures));
        }
        for (Headline h : figureHeadlines(figures, withFigures)) {
            changes.add(h.change(figures, withFigures));
        }
        return new Comparison(figures.provinceCode(), figures.boundaries(), info(round), info(with), changes);
    }

    private static Comparison.RoundInfo info(ReportingRound r) {
        return new Comparison.RoundInfo(r.code, r.kind, r.periodStart, r.periodEnd);
    }

    /** A headline figure: its name, whether it is a rate, and where it is in a statistics answer. */
    private record Headline(String figure, boolean rate, Function<ProvinceStatistics, Number> value,
            Function<ProvinceStatistics, Boolean> estimated) {

        Comparison.Change change(ProvinceStatistics now, ProvinceStatistics then) {
            BigDecimal value = decimal(this.value.apply(now));
            BigDecimal withValue = decimal(this.value.apply(then));
            BigDecimal change = value == null || withValue == null ? null : value.subtract(withValue);
            if (change != null && rate) {
                change = change.movePointRight(2).setScale(3, RoundingMode.HALF_UP); // percentage points
            }
            return new Comparison.Change(figure, rate ? "RATE" : "COUNT", value, withValue,
                    change == null ? null : StatisticsCalculator.plain(change), estimated.apply(now),
                    estimated.apply(then));
        }

        private static BigDecimal decimal(Number n) {
            if (n == null) {
                return null;
            }
            return n instanceof Double d ? StatisticsCalculator.plain(BigDecimal.valueOf(d)) : BigDecimal.valueOf(n.longValue());
        }
    }

    private static Headline count(String figure, Function<ProvinceStatistics, Number> value) {
        return new Headline(figure, false, value, s -> false);
    }

    private static Headline rate(String figure, Function<ProvinceStatistics, Rate> rate) {
        return new Headline(figure, true, s -> rate.apply(s).value(), s -> false);
    }

    private static Headline measure(String name) {
        Function<ProvinceStatistics, Measure> measure = s -> measureOf(s.measures(), name);
        return new Headline("measures." + name + ".rate", true,
                s -> measure.apply(s) == null ? null : measure.apply(s).rate().value(),
                s -> measure.apply(s) != null && measure.apply(s).estimated());
    }

    private static Measure measureOf(Map<String, Measure> measures, String name) {
        return measures == null ? null : measures.get(name);
    }

    private static List<Headline> coverage(String name, Function<Coverage, Coverage.Share> share) {
        return List.of(count("coverage." + name + ".agencies", s -> share.apply(s.coverage()).agencies()),
                new Headline("coverage." + name + ".rate", true, s -> share.apply(s.coverage()).rate(), s -> false));
    }

    /**
     * The catalogue's figures of either round (the round's order first), each by the number that fits a change:
     * a SHARE's rate, a COUNT's sum, a YES_NO's coverage, a LIST's items; a PERCENT's, an ORDINAL's, a TEXT's
     * agencies stating (a mean of percents is no rate nor count).
     */
    private static List<Headline> figureHeadlines(ProvinceStatistics now, ProvinceStatistics then) {
        java.util.Map<String, vn.vhcs.contract.figures.FigureKind> kinds = new java.util.LinkedHashMap<>();
        for (ProvinceStatistics s : List.of(now, then)) {
            if (s.figures() != null) {
                s.figures().forEach((code, f) -> kinds.putIfAbsent(code, f.kind()));
            }
        }
        List<Headline> h = new ArrayList<>();
        kinds.forEach((code, kind) -> {
            String at = "figures." + code + ".";
            Function<ProvinceStatistics, FigureStatistic> f = s -> s.figures() == null ? null : s.figures().get(code);
            h.add(switch (kind) {
                case SHARE -> new Headline(at + "share.rate", true,
                        s -> f.apply(s) == null ? null : f.apply(s).share().rate().value(),
                        s -> f.apply(s) != null && f.apply(s).share().estimated());
                case COUNT -> count(at + "sum", s -> f.apply(s) == null ? null : f.apply(s).sum());
                case YES_NO -> new Headline(at + "coverage", true,
                        s -> f.apply(s) == null ? null : f.apply(s).coverage().value(), s -> false);
                case LIST -> count(at + "items", s -> f.apply(s) == null ? null : f.apply(s).items());
                case PERCENT, ORDINAL, TEXT -> count(at + "agenciesStating",
                        s -> f.apply(s) == null ? null : f.apply(s).agenciesStating());
            });
        });
        return h;
    }

    /** The figures compared, in the order of the statistics answer. */
    private static final List<Headline> HEADLINES = headlines();

    private static List<Headline> headlines() {
        List<Headline> h = new ArrayList<>(List.of(
                count("agenciesExpected", ProvinceStatistics::agenciesExpected),
                count("agenciesReported", ProvinceStatistics::agenciesReported),
                rate("reportingRate", ProvinceStatistics::reportingRate),
                count("reportedOnTime", ProvinceStatistics::reportedOnTime),
                rate("onTimeRate", ProvinceStatistics::onTimeRate),
                count("agenciesMissing", ProvinceStatistics::agenciesMissing),
                count("workforceTotal", ProvinceStatistics::workforceTotal),
                count("participating", ProvinceStatistics::participating),
                measure("participation"),
                count("commitmentsSigned", ProvinceStatistics::commitmentsSigned),
                measure("commitments"),
                measure("memberUnitsWithCultureRules"),
                measure("memberUnitsWithPlans"),
                count("models.total", s -> s.models().total()),
                count("models.named", s -> s.models().named()),
                count("commendations.total", s -> s.commendations().stream()
                        .mapToLong(ProvinceStatistics.CommendationCount::count).sum()),
                count("emulationTitles.total", s -> s.emulationTitles().stream()
                        .mapToLong(ProvinceStatistics.TitleCount::count).sum()),
                count("directives.total", s -> s.directives().total())));
        h.addAll(coverage("ownPlan", Coverage::ownPlan));
        h.addAll(coverage("ownRegulation", Coverage::ownRegulation));
        h.addAll(coverage("commitments", Coverage::commitments));
        h.addAll(coverage("models", Coverage::models));
        h.addAll(coverage("culturalStandard", Coverage::culturalStandard));
        return List.copyOf(h);
    }
}
