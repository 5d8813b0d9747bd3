package vn.vhcs.aggregation.export;

import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.contract.rules.Deadlines;

/** The Sở Nội vụ's (or for the whole country the Bộ Nội vụ's) draft synthesis reports of a round. */
@ApplicationScoped
@RequiredArgsConstructor
public class SynthesisReports {

    private final ExportSource exports;
    private final StatisticsService statistics;

    /** A province's report, over {@code figures} (its statistics with these boundaries). */
    public SynthesisReport province(String round, String province, Boundaries grouping, ProvinceStatistics figures) {
        ReportingRound r = exports.round(round);
        Set<String> counted = statistics.provincesCounted(round, province, grouping);
        // the issuer is the province as it was at the end of the round's period; with the 2025 boundaries the
        // province formed on 1 July 2025 (as named since), naming the former provinces its figures cover
        boolean rolled = grouping == Boundaries.Y2025 && r.periodEnd.isBefore(Boundaries.MERGER);
        ProvinceReportDocument.Issuer issuer = ProvinceReportDocument.Issuer.province(
                exports.provinceName(province, rolled ? Boundaries.MERGER : r.periodEnd));
        if (rolled && counted.size() > 1) {
            issuer = issuer.covering(counted.stream().sorted().map(code -> exports.provinceName(code, r.periodEnd))
                    .toList());
        }
        return new SynthesisReport(issuer, r, figures, exports.comparison(r, province, grouping, figures),
                exports.agencies(round, counted, province, grouping), today());
    }

    /** The national report, over {@code figures} (the whole country's statistics). */
    public SynthesisReport national(String round, ProvinceStatistics figures) {
        ReportingRound r = exports.round(round);
        return new SynthesisReport(ProvinceReportDocument.Issuer.national(), r, figures,
                exports.comparison(r, null, Boundaries.AS_REPORTED, figures),
                exports.agencies(round, null, null, Boundaries.AS_REPORTED), today());
    }

    private static LocalDate today() {
        return LocalDate.now(Deadlines.VIETNAM);
    }
}
