package vn.vhcs.aggregation.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.Comparison;
import vn.vhcs.aggregation.statistics.ComparisonService;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.common.problem.ProblemException;

/**
 * What the tổng kết report compares: the headline figures of a {@code FINAL_REVIEW} round beside
 * those of the latest {@code MIDTERM_REVIEW} round of the same place, with their change, and the
 * commendations and titles the {@code ANNUAL} rounds of its period state, year by year. The
 * changes are the shared comparison of rounds' ({@link ComparisonService#of}), in words.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RoundComparisonSection {

    /** One figure of both rounds and its change, as written in the report. */
    public record Row(String figure, String before, String after, String change) {
    }

    /** One year's commendations and titles, as the year's annual round states them. */
    public record YearRow(int year, String round, long commendations, String titles) {
    }

    /** The rounds compared, the rows, and the years. */
    public record Section(String midtermRound, int midtermYear, String finalRound, List<Row> rows,
            List<YearRow> years) {
    }

    private final StatisticsService statistics;
    private final vn.vhcs.aggregation.registry.RegistryCopy registry;

    /**
     * The comparison for a {@code FINAL_REVIEW} round in a province ({@code null}: the whole country);
     * null for any other round, or when no earlier midterm round has a report in the place.
     */
    public Section of(ReportingRound round, String province, Boundaries boundaries, ProvinceStatistics now) {
        if (!"FINAL_REVIEW".equals(round.kind)) {
            return null;
        }
        List<ReportingRound> rounds = QuarkusTransaction.requiringNew().call(registry::roundsInOrder);
        ProvinceStatistics before = null;
        ReportingRound midterm = null;
        for (int i = rounds.size() - 1; i >= 0 && before == null; i--) {
            ReportingRound r = rounds.get(i);
            if ("MIDTERM_REVIEW".equals(r.kind) && r.periodEnd.isBefore(round.periodEnd)) {
                ProvinceStatistics s = statistics(r, round, province, boundaries);
                if (s != null && s.agenciesReported() > 0) {
                    before = s;
                    midterm = r;
                }
            }
        }
        List<YearRow> years = new ArrayList<>();
        for (ReportingRound r : rounds) {
            if ("ANNUAL".equals(r.kind) && !r.periodEnd.isBefore(round.periodStart)
                    && !r.periodEnd.isAfter(round.periodEnd)) {
                ProvinceStatistics s = statistics(r, round, province, boundaries);
                if (s != null) {
                    year(r, s, years);
                }
            }
        }
        if (before == null && years.isEmpty()) {
            return null;
        }
        return new Section(midterm == null ? null : midterm.code,
                midterm == null ? 0 : midterm.periodEnd.getYear(), round.code,
                before == null ? List.of() : rows(midterm, before, round, now), years);
    }

    /**
     * The statistics of an earlier round for the place of {@code final}: the same code, rolled into the
     * 2025 provinces when the final round is read so or ends after the merger and the earlier one before
     * it (else the same code would be another province); null where the place did not exist.
     */
    private ProvinceStatistics statistics(ReportingRound earlier, ReportingRound last, String province,
            Boundaries boundaries) {
        if (province == null) {
            return statistics.national(earlier.code);
        }
        boolean rolled = boundaries == Boundaries.Y2025 || !last.periodEnd.isBefore(Boundaries.MERGER)
                && earlier.periodEnd.isBefore(Boundaries.MERGER);
        try {
            return statistics.province(earlier.code, province, rolled ? Boundaries.Y2025 : Boundaries.AS_REPORTED);
        } catch (ProblemException unknownThen) {
            return null;
        }
    }

    private static void year(ReportingRound r, ProvinceStatistics s, List<YearRow> years) {
        long commendations = s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum();
        Map<String, Long> titles = new TreeMap<>();
        s.emulationTitles().forEach(t -> titles.merge(t.title(), t.count(), Long::sum));
        StringJoiner named = new StringJoiner("; ");
        titles.forEach((title, count) -> named.add(VietnameseText.label(title) + ": " + count));
        if (commendations > 0 || !titles.isEmpty()) {
            years.add(new YearRow(r.periodEnd.getYear(), r.code, commendations, named.toString()));
        }
    }

    /** The figures of the shared comparison the report prints, with their Vietnamese names, in this order. */
    private static final Map<String, String> PRINTED = printed();

    private static Map<String, String> printed() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("agenciesExpected", "Số cơ quan, đơn vị thuộc diện báo cáo");
        p.put("agenciesReported", "Số cơ quan, đơn vị đã báo cáo");
        p.put("reportingRate", "Tỷ lệ cơ quan, đơn vị đã báo cáo");
        p.put("measures.participation.rate", "Tỷ lệ cán bộ, công chức, viên chức, người lao động tham gia Phong trào");
        p.put("measures.commitments.rate", "Tỷ lệ cán bộ, công chức, viên chức, người lao động ký cam kết");
        p.put("coverage.ownPlan.agencies", "Số cơ quan, đơn vị đã ban hành kế hoạch thực hiện Phong trào");
        p.put("coverage.models.agencies", "Số cơ quan, đơn vị có mô hình, cách làm hay");
        p.put("models.total", "Số mô hình, cách làm hay");
        p.put("commendations.total", "Số lượt khen thưởng");
        return java.util.Collections.unmodifiableMap(p);
    }

    /** The printed rows: the shared comparison of the two rounds ({@link ComparisonService#of}), in words. */
    private static List<Row> rows(ReportingRound midterm, ProvinceStatistics a, ReportingRound last,
            ProvinceStatistics b) {
        Map<String, Comparison.Change> changes = new java.util.HashMap<>();
        ComparisonService.of(last, b, midterm, a).figures().forEach(c -> changes.put(c.figure(), c));
        List<Row> rows = new ArrayList<>();
        PRINTED.forEach((figure, name) -> {
            Comparison.Change c = changes.get(figure);
            rows.add("RATE".equals(c.unit()) ? rate(name, c) : count(name, c));
        });
        // then the catalogue's figures (but the built-in ones the v2 fields above say), named by their labels
        java.util.Map<String, vn.vhcs.aggregation.statistics.FigureStatistic> labelled = new java.util.LinkedHashMap<>();
        for (ProvinceStatistics s : List.of(b, a)) {
            if (s.figures() != null) {
                s.figures().forEach(labelled::putIfAbsent);
            }
        }
        ComparisonService.of(last, b, midterm, a).figures().stream().filter(c -> c.figure().startsWith("figures."))
                .forEach(c -> {
                    var f = labelled.get(c.figure().split("\\.")[1]);
                    if (f != null && (f.definition() == null || f.definition().alias() == null)) {
                        rows.add("RATE".equals(c.unit()) ? rate(f.label().vi(), c) : count(f.label().vi(), c));
                    }
                });
        return rows;
    }

    private static Row count(String figure, Comparison.Change c) {
        BigDecimal change = c.change();
        return new Row(figure, VietnameseText.number(c.withValue()), VietnameseText.number(c.value()),
                change == null ? "" : change.signum() == 0 ? "Không đổi"
                        : (change.signum() > 0 ? "Tăng " : "Giảm ") + VietnameseText.number(change.abs()));
    }

    /** A rate and its change in percentage points; "(ước tính)" where a stated percent entered one. */
    private static Row rate(String figure, Comparison.Change c) {
        String change = "";
        if (c.change() != null) {
            BigDecimal points = c.change().setScale(2, RoundingMode.HALF_UP);
            change = points.signum() == 0 ? "Không đổi"
                    : (points.signum() > 0 ? "Tăng " : "Giảm ") + VietnameseText.number(points.abs())
                            + " điểm phần trăm";
        }
        boolean estimated = c.estimated() || c.withEstimated();
        return new Row(figure + (estimated ? " (ước tính)" : ""), share(c.withValue()), share(c.value()), change);
    }

    private static String share(BigDecimal rate) {
        return VietnameseText.share(rate == null ? null : rate.doubleValue());
    }
}
