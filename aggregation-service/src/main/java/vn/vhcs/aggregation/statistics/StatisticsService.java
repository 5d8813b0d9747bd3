package vn.vhcs.aggregation.statistics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ReportState;

/** Reads the contributions of a round and province and computes their statistics. */
@ApplicationScoped
public class StatisticsService {

    private final ContributionRepository contributions;
    private final RegistryCopy registry;

    public StatisticsService(ContributionRepository contributions, RegistryCopy registry) {
        this.contributions = contributions;
        this.registry = registry;
    }

    @Transactional
    public ProvinceStatistics province(String roundCode, String provinceCode) {
        round(roundCode);
        if (!registry.knowsProvince(provinceCode)) {
            throw ProblemException.notFound("Province " + provinceCode);
        }
        return compute(roundCode, provinceCode);
    }

    /** One object per province with counting reports in the round, by province code. */
    @Transactional
    public List<ProvinceStatistics> provinces(String roundCode) {
        round(roundCode);
        return contributions.provincesReporting(roundCode).stream().map(p -> compute(roundCode, p)).toList();
    }

    private ReportingRound round(String code) {
        return registry.round(code).orElseThrow(() -> ProblemException.notFound("Round " + code));
    }

    private ProvinceStatistics compute(String round, String province) {
        List<ReportState> reports = contributions.counting(round, province).stream()
                .map(c -> EventCodec.fromJson(c.state, ReportState.class)).toList();
        List<ProvinceStatistics.AgencyRef> expected = registry.expectedAgencies(province).stream()
                .map(a -> new ProvinceStatistics.AgencyRef(a.code, a.name)).toList();
        return StatisticsCalculator.compute(round, province, reports, expected);
    }
}
