package vn.vhcs.aggregation.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.Province;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.contract.rules.Deadlines;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ReportState;

/**
 * Computes statistics from the current contributions and the registry copy, for a province, every
 * province, or the whole country, with the provinces as reported or rolled into their 2025
 * successors.
 */
@ApplicationScoped
public class StatisticsService {


    private final ContributionRepository contributions;
    private final RegistryCopy registry;

    public StatisticsService(ContributionRepository contributions, RegistryCopy registry) {
        this.contributions = contributions;
        this.registry = registry;
    }

    @Transactional
    public ProvinceStatistics province(String roundCode, String province, Boundaries boundaries) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, boundaries);
        if (!grouping.knows(province)) {
            throw ProblemException.notFound("province", province);
        }
        Set<String> codes = grouping.codesOf(province);
        return compute(round, province, boundaries, contributions.counting(roundCode, codes),
                expected(round, grouping, codes::contains));
    }

    /**
     * The expected agencies of a round in a province (or 2025 successor) that have no counting
     * report, by code: the same agencies {@code agenciesMissing} counts.
     */
    @Transactional
    public List<MissingAgency> missingAgencies(String roundCode, String province, Boundaries boundaries) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, boundaries);
        if (!grouping.knows(province)) {
            throw ProblemException.notFound("province", province);
        }
        Set<String> codes = grouping.codesOf(province);
        List<StatisticsCalculator.Expected> expected = expected(round, grouping, codes::contains).stream()
                .map(a -> new StatisticsCalculator.Expected(a.code, a.name, a.kind, a.blocCode)).toList();
        return StatisticsCalculator.missing(contributions.countingAgencies(roundCode, codes), expected).stream()
                .map(a -> new MissingAgency(a.code(), a.name(), a.kind(), a.bloc())).toList();
    }

    /**
     * One object per province (or 2025 successor) with counting reports in the round, for the
     * provinces {@code visible} lets through (the caller's scope): the others are not computed.
     */
    @Transactional
    public List<ProvinceStatistics> provinces(String roundCode, Boundaries boundaries, Predicate<String> visible) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, boundaries);
        Map<String, List<ReportContribution>> byGroup = new TreeMap<>();
        for (ReportContribution c : contributions.counting(roundCode)) {
            byGroup.computeIfAbsent(grouping.groupOf(c.provinceCode), k -> new ArrayList<>()).add(c);
        }
        List<Agency> allExpected = expected(round, grouping, code -> true);
        List<ProvinceStatistics> all = new ArrayList<>();
        byGroup.forEach((group, rows) -> {
            if (visible.test(group)) {
                all.add(compute(round, group, boundaries, rows, allExpected.stream()
                        .filter(a -> grouping.groupOf(a.provinceCode).equals(group)).toList()));
            }
        });
        return all;
    }

    /** The whole country: every counting report, every expected agency. */
    @Transactional
    public ProvinceStatistics national(String roundCode) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, Boundaries.AS_REPORTED);
        return compute(round, null, null, contributions.counting(roundCode), expected(round, grouping, code -> true));
    }

    /** The headline figures of a province for every round, in round order. */
    @Transactional
    public List<TrendPoint> trend(String province, Boundaries boundaries) {
        List<TrendPoint> points = new ArrayList<>();
        boolean known = false;
        List<Province> provinces = registry.allProvinces();
        for (ReportingRound round : registry.roundsInOrder()) {
            Grouping grouping = grouping(round, boundaries, provinces);
            if (!grouping.knows(province)) {
                continue;
            }
            known = true;
            Set<String> codes = grouping.codesOf(province);
            points.add(TrendPoint.of(round, compute(round, province, boundaries,
                    contributions.counting(round.code, codes), expected(round, grouping, codes::contains))));
        }
        if (!known && !registry.knowsProvince(province)) {
            throw ProblemException.notFound("province", province);
        }
        return points;
    }

    private ReportingRound round(String code) {
        return registry.round(code).orElseThrow(() -> ProblemException.notFound("round", code));
    }

    /**
     * The agencies that existed at the end of the round's period, in the chosen provinces that existed
     * then: whatever is registered or dissolved later, a round's expectations stay.
     */
    private List<Agency> expected(ReportingRound round, Grouping grouping, Predicate<String> province) {
        Set<String> codes = grouping.validCodes().stream().filter(province).collect(Collectors.toSet());
        return registry.expectedAgencies(codes, round.periodEnd);
    }

    private ProvinceStatistics compute(ReportingRound round, String province, Boundaries boundaries,
            List<ReportContribution> rows, List<Agency> expected) {
        List<ReportState> states = rows.stream().map(c -> EventCodec.fromJson(c.state, ReportState.class)).toList();
        Map<String, Agency> agencies = registry.agenciesByCode(states.stream().map(ReportState::agencyCode).toList());
        List<StatisticsCalculator.Entry> entries = states.stream().map(s -> {
            Agency agency = agencies.get(s.agencyCode());
            return new StatisticsCalculator.Entry(s, kind(agency, s), onTime(round, s),
                    agency == null ? null : agency.staffing, agency == null ? null : agency.blocCode);
        }).toList();
        List<StatisticsCalculator.Expected> expectedAgencies = expected.stream()
                .map(a -> new StatisticsCalculator.Expected(a.code, a.name, a.kind, a.blocCode)).toList();
        return StatisticsCalculator.compute(round.code, province, boundaries == null ? null : boundaries.label(), entries,
                expectedAgencies);
    }

    /** On time: first submitted on or before the province's deadline, as the registry says now. */
    static boolean onTime(ReportingRound round, ReportState report) {
        if (report.submittedAt() == null) {
            return Boolean.TRUE.equals(report.onTime());
        }
        return Deadlines.onTime(report.submittedAt(), report.receivedOn(), round.dueDate(report.provinceCode()));
    }

    private static String kind(Agency agency, ReportState report) {
        if (agency != null) {
            return agency.kind;
        }
        return report.agencyKind() == null ? "OTHER" : report.agencyKind();
    }

    private Grouping grouping(ReportingRound round, Boundaries boundaries) {
        return grouping(round, boundaries, registry.allProvinces());
    }

    private static Grouping grouping(ReportingRound round, Boundaries boundaries, List<Province> provinces) {
        return new Grouping(provinces, round.periodEnd,
                boundaries == Boundaries.Y2025 && round.periodEnd.isBefore(Boundaries.MERGER), boundaries);
    }

    /**
     * How province codes of a round group: each code means the province valid at the end of the
     * round's period; with the 2025 boundaries a pre-merger province counts under its successor.
     */
    static final class Grouping {
        private final Map<String, String> groupOfCode = new HashMap<>();
        private final Set<String> groups;

        Grouping(Collection<Province> provinces, LocalDate day, boolean rollUp, Boundaries boundaries) {
            for (Province p : provinces) {
                if (p.validOn(day)) {
                    groupOfCode.put(p.key.code(), rollUp && p.successorCode != null ? p.successorCode : p.key.code());
                }
            }
            if (boundaries == Boundaries.Y2025) {
                // the groups are the post-merger provinces
                groups = provinces.stream().filter(p -> !p.key.validFrom().isBefore(Boundaries.MERGER))
                        .map(p -> p.key.code()).collect(Collectors.toSet());
            } else {
                groups = provinces.stream().map(p -> p.key.code()).collect(Collectors.toSet());
            }
        }

        boolean knows(String group) {
            return groups.contains(group);
        }

        String groupOf(String code) {
            return groupOfCode.getOrDefault(code, code);
        }

        Set<String> codesOf(String group) {
            Set<String> codes = groupOfCode.entrySet().stream().filter(e -> e.getValue().equals(group))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            if (codes.isEmpty()) {
                codes = Set.of(group);
            }
            return codes;
        }

        Set<String> validCodes() {
            return groupOfCode.keySet();
        }
    }
}
