package vn.vhcs.aggregation.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.figures.Figures;
import vn.vhcs.aggregation.figures.FigureCatalogue;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.Central;
import vn.vhcs.aggregation.registry.Province;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.aggregation.store.ContributionRepository;
import vn.vhcs.aggregation.store.StatisticsCell;
import vn.vhcs.aggregation.store.StatisticsCellRepository;
import vn.vhcs.aggregation.store.Tally;

/**
 * Reads the kept statistics (sums of {@link StatisticsCell} rows, never the reports) for a province,
 * every province, or the whole country, with the provinces as reported or rolled into their 2025
 * successors.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StatisticsService {

    private final ContributionRepository contributions;
    private final StatisticsCellRepository cells;
    private final RegistryCopy registry;
    private final FigureCatalogue catalogue;

    @Transactional
    public ProvinceStatistics province(String roundCode, String province, Boundaries boundaries) {
        return province(roundCode, province, boundaries, false);
    }

    /** With {@code accepted}: the statistics of the reports the board accepted only. */
    @Transactional
    public ProvinceStatistics province(String roundCode, String province, Boundaries boundaries, boolean accepted) {
        ReportingRound round = round(roundCode);
        Set<String> codes = codesOf(round, province, boundaries);
        return sum(round.code, province, boundaries, cells.figuresOf(round.code, codes), accepted);
    }

    /**
     * What a read of these figures depends on: the revisions of the provinces' cells (any change
     * to them changes it), and which provinces are read. Cheap: no figure is read.
     */
    @Transactional
    public String revision(String roundCode, String province, Boundaries boundaries) {
        if (boundaries != Boundaries.Y2025) {
            // as reported (or national), a code groups only itself: one query, no entity loaded
            StatisticsCellRepository.Revisions revisions = cells.revisionsOf(roundCode, province);
            if (revisions == null) {
                throw ProblemException.notFound("round", roundCode);
            }
            if (province != null && !revisions.provinceKnown()) {
                throw ProblemException.notFound("province", province);
            }
            return revisions.joined() + "|" + (province == null ? "*" : Set.of(province)) + "|" + catalogue.stamp();
        }
        ReportingRound round = round(roundCode);
        Set<String> codes = province == null ? null : codesOf(round, province, boundaries);
        return String.join(",", cells.revisions(round.code, codes)) + "|" + (codes == null ? "*" : new TreeSet<>(codes))
                + "|" + catalogue.stamp(); // the figures' labels and kinds are part of the answer
    }

    /**
     * The provinces whose reports a read of {@code province} counts: itself, or with the 2025
     * boundaries the pre-merger provinces merged into it; 404 when the boundaries have no such province.
     */
    @Transactional
    public Set<String> provincesCounted(String roundCode, String province, Boundaries boundaries) {
        return codesOf(round(roundCode), province, boundaries);
    }

    private Set<String> codesOf(ReportingRound round, String province, Boundaries boundaries) {
        if (boundaries != Boundaries.Y2025) {
            // as reported, a code groups only itself: no need to load every province to know it
            if (!registry.knowsProvince(province)) {
                throw ProblemException.notFound("province", province);
            }
            return Set.of(province);
        }
        Grouping grouping = grouping(round, boundaries);
        if (!grouping.knows(province)) {
            throw ProblemException.notFound("province", province);
        }
        return grouping.codesOf(province);
    }

    /**
     * The expected agencies of a round in a province (or 2025 successor), or in the whole country
     * when {@code province} is null, that have no counting report, by code: the same agencies
     * {@code agenciesMissing} counts.
     */
    @Transactional
    public List<MissingAgency> missingAgencies(String roundCode, String province, Boundaries boundaries) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, boundaries);
        if (province != null && !grouping.knows(province)) {
            throw ProblemException.notFound("province", province);
        }
        Set<String> codes = new java.util.HashSet<>(province == null ? grouping.validCodes() : grouping.codesOf(province));
        if (province == null) {
            codes.add(Central.PLACE); // the national list names the central bodies too
        }
        List<StatisticsCalculator.Expected> expected = expected(round, grouping, codes::contains).stream()
                .map(a -> new StatisticsCalculator.Expected(a.code, a.name, a.kind, a.blocCode)).toList();
        return StatisticsCalculator.missing(contributions.countingAgencies(roundCode, codes), expected).stream()
                .map(a -> new MissingAgency(a.code(), a.name(), a.kind(), a.bloc())).toList();
    }

    /**
     * {@link #missingAgencies} a page at a time, for what grows with the country (the national report's annex):
     * the missing agencies among the next {@code limit} registered after {@code after} by code (null: from the
     * first), and where the next page starts ({@code next}, null after the last). A page may hold none.
     */
    @Transactional
    public MissingPage missingAgenciesAfter(String roundCode, String province, Boundaries boundaries, String after,
            int limit) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, boundaries);
        if (province != null && !grouping.knows(province)) {
            throw ProblemException.notFound("province", province);
        }
        Set<String> codes = new java.util.HashSet<>(province == null ? grouping.validCodes() : grouping.codesOf(province));
        Set<String> valid = grouping.validCodes().stream().filter(codes::contains).collect(Collectors.toSet());
        if (province == null) { // the national list names the central bodies too
            codes.add(Central.PLACE);
            valid.add(Central.PLACE);
        }
        RegistryCopy.ExpectedPage page = registry.expectedAgenciesAfter(valid, round.periodEnd, after, limit);
        Set<String> reported = new java.util.HashSet<>(contributions.countingAgenciesAmong(roundCode, codes,
                page.agencies().stream().map(a -> a.code).toList()));
        return new MissingPage(page.agencies().stream().filter(a -> !reported.contains(a.code))
                .map(a -> new MissingAgency(a.code, a.name, a.kind, a.blocCode)).toList(), page.next());
    }

    /** A page of missing agencies, and the agency code the next page starts after (null: none follows). */
    public record MissingPage(List<MissingAgency> agencies, String next) {
    }

    /**
     * One object per province (or 2025 successor) with counting reports in the round, for the
     * provinces {@code visible} lets through (the caller's scope): the others are not summed.
     */
    @Transactional
    public List<ProvinceStatistics> provinces(String roundCode, Boundaries boundaries, Predicate<String> visible) {
        ReportingRound round = round(roundCode);
        Grouping grouping = grouping(round, boundaries);
        Map<String, List<StatisticsCellRepository.Figures>> byGroup = new TreeMap<>();
        for (StatisticsCellRepository.Figures cell : cells.figuresOf(round.code, null)) {
            String group = grouping.groupOf(cell.province());
            if (!Central.PLACE.equals(group) && visible.test(group)) { // the central bodies are no province
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(cell);
            }
        }
        List<ProvinceStatistics> all = new ArrayList<>();
        byGroup.forEach((group, rows) -> {
            ProvinceStatistics statistics = sum(round.code, group, boundaries, rows);
            if (statistics.agenciesReported() > 0) {
                all.add(statistics);
            }
        });
        return all;
    }

    /** The whole country: the sum of every province's cells. */
    @Transactional
    public ProvinceStatistics national(String roundCode) {
        return national(roundCode, false);
    }

    /** With {@code accepted}: the statistics of the reports the boards accepted only. */
    @Transactional
    public ProvinceStatistics national(String roundCode, boolean accepted) {
        ReportingRound round = round(roundCode);
        ProvinceStatistics central = sum(round.code, null, null,
                cells.figuresOf(round.code, Set.of(Central.PLACE)), accepted);
        return sum(round.code, null, null, cells.figuresOf(round.code, null), accepted).withCentral(central);
    }

    /**
     * The headline figures of a province for every round of one of {@code kinds} (every round when
     * empty), in round order.
     */
    @Transactional
    public List<TrendPoint> trend(String province, Boundaries boundaries, Set<String> kinds) {
        List<TrendPoint> points = new ArrayList<>();
        boolean known = false;
        List<Province> provinces = registry.allProvinces();
        for (ReportingRound round : registry.roundsInOrder()) {
            Grouping grouping = grouping(round, boundaries, provinces);
            if (!grouping.knows(province)) {
                continue;
            }
            known = true;
            if (kinds.isEmpty() || kinds.contains(round.kind)) {
                points.add(TrendPoint.of(round, sum(round.code, province, boundaries,
                        cells.figuresOf(round.code, grouping.codesOf(province)))));
            }
        }
        if (!known && !registry.knowsProvince(province)) {
            throw ProblemException.notFound("province", province);
        }
        return points;
    }

    /** The national figures of every round of one of {@code kinds} (every round when empty), in round order. */
    @Transactional
    public List<TrendPoint> nationalTrend(Set<String> kinds) {
        List<TrendPoint> points = new ArrayList<>();
        for (ReportingRound round : registry.roundsInOrder()) {
            if (kinds.isEmpty() || kinds.contains(round.kind)) {
                points.add(TrendPoint.of(round, sum(round.code, null, null, cells.figuresOf(round.code, null))));
            }
        }
        return points;
    }

    /** A round of the registry; 404 when there is none with this code. */
    @Transactional
    public ReportingRound reportingRound(String code) {
        return round(code);
    }

    /** The statistics of the summed cells: totals from the total rows, breakdowns from the others. */
    private ProvinceStatistics sum(String round, String province, Boundaries boundaries,
            List<StatisticsCellRepository.Figures> rows) {
        return sum(round, province, boundaries, rows, false);
    }

    private ProvinceStatistics sum(String round, String province, Boundaries boundaries,
            List<StatisticsCellRepository.Figures> rows, boolean accepted) {
        Tally total = new Tally();
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> byBloc = new TreeMap<>();
        Instant updatedAt = null;
        for (StatisticsCellRepository.Figures row : rows) {
            if (StatisticsCell.TOTAL.equals(row.kind())) {
                total.add(row.figures(), 1);
                if (row.updatedAt() != null && (updatedAt == null || row.updatedAt().isAfter(updatedAt))) {
                    updatedAt = row.updatedAt();
                }
            } else {
                byKind.computeIfAbsent(row.kind(), k -> new Tally()).add(row.figures(), 1);
                byBloc.computeIfAbsent(row.bloc(), k -> new Tally()).add(row.figures(), 1);
            }
        }
        if (accepted) {
            total = StatisticsCalculator.acceptedOnly(total);
            byKind.replaceAll((k, t) -> StatisticsCalculator.acceptedOnly(t));
            byBloc.replaceAll((k, t) -> StatisticsCalculator.acceptedOnly(t));
        }
        Figures figures = catalogue.current();
        return StatisticsCalculator.statistics(round, province, boundaries == null ? null : boundaries.label(), total,
                byKind, byBloc, updatedAt, figures.setOf(round(round).figureCodes()), figures);
    }

    private ReportingRound round(String code) {
        return registry.round(code).orElseThrow(() -> ProblemException.notFound("round", code));
    }

    /**
     * The agencies that existed at the end of the round's period, in the chosen provinces that existed
     * then: whatever is registered or dissolved later, a round's expectations stay.
     */
    private List<Agency> expected(ReportingRound round, Grouping grouping, Predicate<String> province) {
        Set<String> codes = java.util.stream.Stream.concat(grouping.validCodes().stream(), java.util.stream.Stream.of(Central.PLACE))
                .filter(province).collect(Collectors.toSet());
        return registry.expectedAgencies(codes, round.periodEnd);
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
