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
import vn.vhcs.aggregation.statistics.Coverage;
import vn.vhcs.aggregation.statistics.Measure;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.Rate;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.common.problem.ProblemException;

/**
 * What the tổng kết report compares: the headline figures of a {@code FINAL_REVIEW} round beside
 * those of the latest {@code MIDTERM_REVIEW} round of the same place, with their change, and the
 * commendations and titles the {@code ANNUAL} rounds of its period state, year by year. A small
 * computation of its own over {@link StatisticsService}, meant to give way to the shared comparison
 * of rounds (issue 22, item 4) once there is one: the document only reads {@link Comparison}.
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
    public record Comparison(String midtermRound, int midtermYear, String finalRound, List<Row> rows,
            List<YearRow> years) {
    }

    private final StatisticsService statistics;
    private final vn.vhcs.aggregation.registry.RegistryCopy registry;

    /**
     * The comparison for a {@code FINAL_REVIEW} round in a province ({@code null}: the whole country);
     * null for any other round, or when no earlier midterm round has a report in the place.
     */
    public Comparison of(ReportingRound round, String province, Boundaries boundaries, ProvinceStatistics now) {
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
        return new Comparison(midterm == null ? null : midterm.code,
                midterm == null ? 0 : midterm.periodEnd.getYear(), round.code,
                before == null ? List.of() : rows(before, now), years);
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

    private static List<Row> rows(ProvinceStatistics a, ProvinceStatistics b) {
        List<Row> rows = new ArrayList<>();
        rows.add(count("Số cơ quan, đơn vị thuộc diện báo cáo", a.agenciesExpected(), b.agenciesExpected()));
        rows.add(count("Số cơ quan, đơn vị đã báo cáo", a.agenciesReported(), b.agenciesReported()));
        rows.add(rate("Tỷ lệ cơ quan, đơn vị đã báo cáo", value(a.reportingRate()), value(b.reportingRate()), false));
        rows.add(measure("Tỷ lệ cán bộ, công chức, viên chức, người lao động tham gia Phong trào", a, b,
                "participation"));
        rows.add(measure("Tỷ lệ cán bộ, công chức, viên chức, người lao động ký cam kết", a, b, "commitments"));
        rows.add(share("Cơ quan, đơn vị đã ban hành kế hoạch thực hiện Phong trào", a.coverage().ownPlan(),
                b.coverage().ownPlan()));
        rows.add(share("Cơ quan, đơn vị có mô hình, cách làm hay", a.coverage().models(), b.coverage().models()));
        rows.add(count("Số mô hình, cách làm hay", a.models().total(), b.models().total()));
        rows.add(count("Số lượt khen thưởng", commendations(a), commendations(b)));
        return rows;
    }

    private static long commendations(ProvinceStatistics s) {
        return s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum();
    }

    private static Row count(String figure, long before, long after) {
        long change = after - before;
        return new Row(figure, VietnameseText.number(before), VietnameseText.number(after),
                change == 0 ? "Không đổi" : (change > 0 ? "Tăng " : "Giảm ") + VietnameseText.number(Math.abs(change)));
    }

    private static Row measure(String figure, ProvinceStatistics a, ProvinceStatistics b, String name) {
        Measure before = a.measures().get(name);
        Measure after = b.measures().get(name);
        return rate(figure, before == null ? null : before.rate().value(), after == null ? null : after.rate().value(),
                before != null && before.estimated() || after != null && after.estimated());
    }

    private static Row share(String figure, Coverage.Share before, Coverage.Share after) {
        Row rate = rate(figure, before.rate(), after.rate(), false);
        return new Row(figure, before.agencies() + "/" + before.of() + parenthesised(rate.before()),
                after.agencies() + "/" + after.of() + parenthesised(rate.after()), rate.change());
    }

    private static String parenthesised(String text) {
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    private static Double value(Rate rate) {
        return rate == null ? null : rate.value();
    }

    /** Rates and their change in percentage points; "(ước tính)" where a stated percent entered one. */
    private static Row rate(String figure, Double before, Double after, boolean estimated) {
        String change = "";
        if (before != null && after != null) {
            BigDecimal points = BigDecimal.valueOf(after).subtract(BigDecimal.valueOf(before))
                    .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            change = points.signum() == 0 ? "Không đổi"
                    : (points.signum() > 0 ? "Tăng " : "Giảm ") + VietnameseText.number(points.abs())
                            + " điểm phần trăm";
        }
        return new Row(figure + (estimated ? " (ước tính)" : ""), VietnameseText.share(before),
                VietnameseText.share(after), change);
    }
}
