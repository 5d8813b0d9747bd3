package vn.vhcs.aggregation.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.ContributionRepository;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.contract.EventCodec;
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

    private final ContributionRepository contributions;
    private final RegistryCopy registry;

    public ReportingRound round(String code) {
        return registry.round(code).orElseThrow(() -> ProblemException.notFound("round", code));
    }

    /**
     * The counting reports of a round in these provinces (a province's code, or with the 2025
     * boundaries its pre-merger ones: {@code StatisticsService.provincesCounted}).
     */
    @Transactional
    public List<AgencyReport> reports(String round, Set<String> provinces) {
        return withAgencies(round(round), contributions.countingStates(round, provinces));
    }

    /** The counting reports of a round in every province. */
    @Transactional
    public List<AgencyReport> reports(String round) {
        return withAgencies(round(round), contributions.countingStates(round, null));
    }

    /** The province's name on the round's last day ("Bình Phước", "Thành phố Hà Nội"); the code when unknown. */
    @Transactional
    public String provinceName(String code, LocalDate day) {
        return registry.allProvinces().stream().filter(p -> p.key.code().equals(code) && p.validOn(day))
                .map(p -> p.name).findFirst().orElse(code);
    }

    /** The reports, each with its agency as the round reads it (at the end of its period). */
    private List<AgencyReport> withAgencies(ReportingRound round, List<String> stored) {
        List<ReportState> states = stored.stream().map(json -> EventCodec.fromJson(json, ReportState.class)).toList();
        Map<String, Agency> agencies = registry.agenciesByCode(states.stream().map(ReportState::agencyCode).toList(),
                round);
        return states.stream().map(s -> {
            Agency a = agencies.get(s.agencyCode());
            return a == null ? new AgencyReport(s.agencyCode(), s.agencyCode(), s.agencyKind(), null, s)
                    : new AgencyReport(a.code, a.name, a.kind, a.blocCode, s);
        }).toList();
    }
}
