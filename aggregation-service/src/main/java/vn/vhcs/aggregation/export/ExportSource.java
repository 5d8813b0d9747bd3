package vn.vhcs.aggregation.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.UUID;
import java.util.function.Consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.CountingReports;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.contract.ReportState;

/**
 * What the exports show beyond the statistics: each counting report as its agency stated it, with
 * the agency's name from the registry copy, and the names of provinces and rounds. The figures
 * themselves come from {@link vn.vhcs.aggregation.statistics.StatisticsService}.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ExportSource {

    /** One counting report with its agency as the round reads it (name and kind fall back to the report's). */
    public record AgencyReport(String code, String name, String kind, String blocCode, ReportState state) {
    }

    /** How many reports or agencies a page of a walk through a country holds. */
    static final int PAGE = 500;

    private final CountingReports counting;
    private final RegistryCopy registry;
    private final StatisticsService statistics;
    private final RoundComparisonSection comparisons;

    public ReportingRound round(String code) {
        return registry.round(code).orElseThrow(() -> ProblemException.notFound("round", code));
    }

    /**
     * The counting reports of a round in these provinces (a province's code, or with the 2025
     * boundaries its pre-merger ones: {@code StatisticsService.provincesCounted}).
     */
    @Transactional
    public List<AgencyReport> reports(String round, Set<String> provinces) {
        return withAgencies(round(round), counting.of(round, provinces));
    }

    /** The counting reports of a round in every province. */
    @Transactional
    public List<AgencyReport> reports(String round) {
        return withAgencies(round(round), counting.of(round, null));
    }

    /**
     * What the report of a round says of the agencies, read a page at a time whenever the document
     * needs it: the counting reports in {@code provinces} (every province when null), and the
     * missing agencies of {@code province} (the whole country when null) with these boundaries.
     */
    public ProvinceReportDocument.Agencies agencies(String round, Set<String> provinces, String province,
            Boundaries boundaries) {
        return new ProvinceReportDocument.Agencies() {
            @Override
            public void forEachReport(Consumer<AgencyReport> each) {
                ExportSource.this.forEachReport(round, provinces, each);
            }

            @Override
            public void forEachMissing(Consumer<MissingAgency> each) {
                ExportSource.this.forEachMissing(round, province, boundaries, each);
            }
        };
    }

    /** For a tổng kết report: its comparison with the sơ kết of the same place ({@link RoundComparisonSection}). */
    public RoundComparisonSection.Section comparison(ReportingRound round, String province, Boundaries boundaries,
            vn.vhcs.aggregation.statistics.ProvinceStatistics figures) {
        return comparisons.of(round, province, boundaries, figures);
    }

    /**
     * The counting reports of a round in these provinces (every province when null), by agency, a
     * page at a time, each page read in its own transaction: what a national export walks through
     * without holding it.
     */
    public void forEachReport(String round, Set<String> provinces, Consumer<AgencyReport> each) {
        String agency = null;
        UUID report = null;
        while (true) {
            String afterAgency = agency;
            UUID afterReport = report;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
                List<CountingReports.Stated> page = counting.after(round, provinces, afterAgency, afterReport, PAGE);
                List<AgencyReport> reports = withAgencies(round(round), page.stream().map(CountingReports.Stated::state)
                        .toList());
                List<Object[]> keyed = new java.util.ArrayList<>(page.size());
                for (int i = 0; i < page.size(); i++) {
                    keyed.add(new Object[] { page.get(i).agencyCode(), page.get(i).reportId(), reports.get(i) });
                }
                return keyed;
            });
            rows.forEach(row -> each.accept((AgencyReport) row[2]));
            if (rows.size() < PAGE) {
                return;
            }
            agency = (String) rows.get(rows.size() - 1)[0];
            report = (UUID) rows.get(rows.size() - 1)[1];
        }
    }

    /** The expected agencies of the round without a counting report ({@link StatisticsService#missingAgencies}), a page at a time. */
    public void forEachMissing(String round, String province, Boundaries boundaries, Consumer<MissingAgency> each) {
        String after = null;
        do {
            StatisticsService.MissingPage page = statistics.missingAgenciesAfter(round, province, boundaries, after, PAGE);
            page.agencies().forEach(each);
            after = page.next();
        } while (after != null);
    }

    /** The province's name on the round's last day ("Bình Phước", "Thành phố Hà Nội"); the code when unknown. */
    @Transactional
    public String provinceName(String code, LocalDate day) {
        return registry.allProvinces().stream().filter(p -> p.key.code().equals(code) && p.validOn(day))
                .map(p -> p.name).findFirst().orElse(code);
    }

    /** The reports, each with its agency as the round reads it (at the end of its period). */
    private List<AgencyReport> withAgencies(ReportingRound round, List<ReportState> states) {
        Map<String, Agency> agencies = registry.agenciesByCode(states.stream().map(ReportState::agencyCode).toList(),
                round);
        return states.stream().map(s -> {
            Agency a = agencies.get(s.agencyCode());
            return a == null ? new AgencyReport(s.agencyCode(), s.agencyCode(), s.agencyKind(), null, s)
                    : new AgencyReport(a.code, a.name, a.kind, a.blocCode, s);
        }).toList();
    }
}
