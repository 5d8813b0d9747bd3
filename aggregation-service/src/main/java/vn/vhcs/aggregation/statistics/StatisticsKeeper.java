package vn.vhcs.aggregation.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.figures.Figures;
import vn.vhcs.aggregation.figures.FigureCatalogue;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.Province;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.ReportStatus;
import vn.vhcs.contract.rules.Deadlines;
import vn.vhcs.aggregation.store.ContributionRepository;
import vn.vhcs.aggregation.store.StatisticsCell;
import vn.vhcs.aggregation.store.StatisticsCellRepository;
import vn.vhcs.aggregation.store.Tally;

/**
 * Keeps the statistics cells up to date, inside the transaction that applies a batch of events: a
 * report change subtracts the report's previous contribution and adds its new one; a registry
 * change recomputes the (round, province) cells it touches from the reports and the registry.
 * Each (round, province) is locked first (in one order for everybody), so replicas applying
 * events of the same province take turns and never lose an update.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StatisticsKeeper {

    /** A (round, province) whose cells change together. */
    public record Place(String round, String province) implements Comparable<Place> {

        @Override
        public int compareTo(Place o) {
            int c = round.compareTo(o.round);
            return c != 0 ? c : province.compareTo(o.province);
        }
    }

    /**
     * A report's state before and after an event, and when the new version was written; a withdrawn
     * or absent state counts for nothing.
     */
    public record ReportChange(ReportState before, ReportState after, Instant writtenAt) {

        static boolean counts(ReportState s) {
            return s != null && s.status() != ReportStatus.WITHDRAWN;
        }
    }

    private final StatisticsCellRepository cells;
    private final ContributionRepository contributions;
    private final RegistryCopy registry;
    private final FigureCatalogue catalogue;

    /**
     * Brings the cells up to date with a batch: the {@code changes} of its report events, the
     * agencies it changed ({@code agenciesBefore}: each as it was before the batch, null when it was
     * unknown), and the places its province and round events touched ({@code recompute}), which are
     * computed afresh instead.
     * <p>
     * Report changes are applied with the agencies as they were before the batch, then each changed
     * agency's difference (its expectation, and what its counting reports add) with the reports as
     * they are after it: together, exactly the change from the old figures to the new ones, without
     * reading the reports of a whole province for a new agency.
     */
    public void update(List<ReportChange> changes, Map<String, Agency> agenciesBefore, Set<Place> recompute) {
        if (changes.isEmpty() && agenciesBefore.isEmpty() && recompute.isEmpty()) {
            return;
        }
        Map<Place, List<ReportChange>> byPlace = new TreeMap<>();
        for (ReportChange change : changes) {
            Place before = change.before() == null ? null : placeOf(change.before());
            Place after = change.after() == null ? null : placeOf(change.after());
            if (before != null && after != null && !before.equals(after)) { // moved: out of one place, into another
                byPlace.computeIfAbsent(before, k -> new ArrayList<>())
                        .add(new ReportChange(change.before(), null, change.writtenAt()));
                byPlace.computeIfAbsent(after, k -> new ArrayList<>())
                        .add(new ReportChange(null, change.after(), change.writtenAt()));
            } else {
                byPlace.computeIfAbsent(after != null ? after : before, k -> new ArrayList<>()).add(change);
            }
        }
        contributions.flush(); // what follows reads this batch's contributions and registry changes
        Context context = new Context();
        Map<String, Agency> agenciesAfter = registry.agenciesByCode(agenciesBefore.keySet());
        Set<Place> locked = new TreeSet<>(recompute);
        locked.addAll(byPlace.keySet());
        locked.addAll(agencyProvinces(agenciesBefore, agenciesAfter, context));
        contributions.placesOf(agenciesBefore.keySet()).forEach(rp -> locked.add(new Place(rp[0], rp[1])));
        locked.forEach(p -> cells.lock(p.round(), p.province()));
        EntityManager em = cells.getEntityManager();
        FlushModeType flushMode = em.getFlushMode();
        // Each place reads what is flushed above and its own rows only, so its queries need no
        // automatic flush, which would go over every row the batch holds before each of them (the
        // cost grew with agencies × places: minutes for a registry import against many rounds).
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            Map<Place, Delta> deltas = new TreeMap<>();
            byPlace.forEach((place, list) -> {
                ReportingRound round = context.round(place.round());
                if (round != null && !recompute.contains(place)) {
                    deltas.put(place, reportDelta(place, round, list, agenciesBefore, context));
                }
            });
            agencyDeltas(agenciesBefore, agenciesAfter, context, recompute, locked, deltas);
            for (Place place : recompute) {
                ReportingRound round = context.round(place.round());
                if (round != null) { // else the round's own event recomputes its places when it comes
                    recompute(place, round, context);
                }
            }
            deltas.forEach(this::apply);
            em.flush(); // what comes after (the lock snapshots) reads these rows
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    /** Every place of every round, computed afresh: after a start on older data, or a rebuild. */
    public void recomputeAll() {
        Set<Place> places = new TreeSet<>();
        for (ReportingRound round : registry.roundsInOrder()) {
            places.addAll(placesOfRound(round.code));
        }
        update(List.of(), Map.of(), places);
    }

    /** The places a change of the round touches: every province known, or with reports in it. */
    public Set<Place> placesOfRound(String round) {
        Set<Place> places = new TreeSet<>();
        registry.allProvinces().forEach(p -> places.add(new Place(round, p.key.code())));
        places.add(new Place(round, vn.vhcs.aggregation.registry.Central.PLACE)); // its expected central bodies
        contributions.provincesOf(round).forEach(p -> places.add(new Place(round, p)));
        return places;
    }

    /** The places a change of a province touches: that province in every round. */
    public Set<Place> placesOfProvince(String province) {
        Set<Place> places = new TreeSet<>();
        registry.roundsInOrder().forEach(r -> places.add(new Place(r.code, province)));
        return places;
    }

    /** What a place's cells change by: a sum per cell, and the latest report version written there. */
    private static final class Delta {
        final Map<StatisticsCell.Key, Tally> tallies = new HashMap<>();
        Instant updatedAt;
        /** Whether reports changed here: then the place takes a new revision even when nothing adds up to a change. */
        boolean reported;

        void add(StatisticsCell.Key key, Tally tally, int sign) {
            tallies.computeIfAbsent(key, k -> new Tally()).add(tally, sign);
        }
    }

    /** The report changes of a place, each report counted with its agency as it was before the batch. */
    private Delta reportDelta(Place place, ReportingRound round, List<ReportChange> changes,
            Map<String, Agency> agenciesBefore, Context context) {
        Map<String, Agency> agencies = registry.agenciesByCode(changes.stream()
                .map(c -> (c.after() != null ? c.after() : c.before()).agencyCode()).toList());
        agenciesBefore.forEach(agencies::put); // HashMap: an agency unknown before the batch stays null
        Delta delta = new Delta();
        delta.reported = true;
        for (ReportChange change : changes) {
            if (ReportChange.counts(change.before())) {
                add(delta.tallies, place, round, change.before(), agencies, context, -1);
            }
            if (ReportChange.counts(change.after())) {
                add(delta.tallies, place, round, change.after(), agencies, context, 1);
            }
            delta.updatedAt = later(delta.updatedAt, change.writtenAt());
        }
        return delta;
    }

    /**
     * The provinces a changed agency was or is in, in every round: where its expectation moves, and
     * where its reports are filed. Locked even where the round expects it neither before nor after,
     * so that another replica applying its first report there waits and then counts it with the
     * agency as it is now.
     */
    private Set<Place> agencyProvinces(Map<String, Agency> before, Map<String, Agency> after, Context context) {
        Set<Place> places = new TreeSet<>();
        for (String code : before.keySet()) {
            for (Agency agency : java.util.Arrays.asList(before.get(code), after.get(code))) {
                if (agency != null) {
                    for (ReportingRound round : context.rounds()) {
                        String province = agency.forRound(round).provinceCode;
                        if (province != null) {
                            places.add(new Place(round.code, province));
                        }
                    }
                }
            }
        }
        return places;
    }

    /**
     * Each changed agency's difference, with the reports as they are now: its expectation taken from
     * where it was expected and added where it is, and each of its counting reports' contribution as
     * counted before the change taken off and as counted now added. Read after the places are
     * locked, so a report another replica applies meanwhile is either seen here or counted there
     * with the agency as it is now.
     */
    private void agencyDeltas(Map<String, Agency> before, Map<String, Agency> after, Context context,
            Set<Place> recompute, Set<Place> locked, Map<Place, Delta> deltas) {
        if (before.isEmpty()) {
            return;
        }
        Map<Place, Delta> changed = new TreeMap<>();
        for (String code : before.keySet()) {
            for (ReportingRound round : context.rounds()) {
                expectation(changed, before.get(code), round, context, -1);
                expectation(changed, after.get(code), round, context, 1);
            }
        }
        for (String json : contributions.countingStatesOf(before.keySet())) {
            ReportState state = EventCodec.fromJson(json, ReportState.class);
            Place place = placeOf(state);
            ReportingRound round = context.round(place.round());
            if (round == null) {
                continue;
            }
            if (locked.add(place)) { // a report applied since the places were read: rare, locked now
                cells.lock(place.round(), place.province());
            }
            Map<String, Agency> was = new HashMap<>();
            was.put(state.agencyCode(), before.get(state.agencyCode()));
            Delta delta = changed.computeIfAbsent(place, p -> new Delta());
            add(delta.tallies, place, round, state, was, context, -1);
            add(delta.tallies, place, round, state, after, context, 1);
        }
        changed.forEach((place, delta) -> {
            delta.tallies.values().removeIf(Tally::isEmpty); // a change that moves nothing writes nothing
            if (!delta.tallies.isEmpty() && !recompute.contains(place)) {
                Delta into = deltas.computeIfAbsent(place, p -> new Delta());
                delta.tallies.forEach((key, tally) -> into.add(key, tally, 1));
            }
        });
    }

    /** Adds (sign 1) or takes off (-1) an agency's expectation where the round expects it. */
    private static void expectation(Map<Place, Delta> deltas, Agency agency, ReportingRound round, Context context,
            int sign) {
        if (agency == null) {
            return;
        }
        agency = agency.forRound(round);
        if (!expectedAt(agency, agency.provinceCode, round, context)) {
            return;
        }
        Place place = new Place(round.code, agency.provinceCode);
        Delta delta = deltas.computeIfAbsent(place, p -> new Delta());
        delta.add(totalKey(place), StatisticsCalculator.expectation(), sign);
        delta.add(breakdownKey(place, agency.kind, agency.blocCode), StatisticsCalculator.expectation(), sign);
    }

    /** A place's cells plus its delta, at a new revision; the total always carries it. */
    private void apply(Place place, Delta delta) {
        if (delta.tallies.isEmpty() && !delta.reported) {
            return;
        }
        Map<StatisticsCell.Key, StatisticsCell> held = new HashMap<>();
        cells.of(place.round(), List.of(place.province())).forEach(c -> held.put(c.key, c));
        long revision = cells.nextRevision();
        for (var change : delta.tallies.entrySet()) {
            StatisticsCell cell = held.get(change.getKey());
            Tally figures = cell == null ? new Tally() : Tally.fromJson(cell.figures);
            figures.add(change.getValue(), 1);
            write(cell, change.getKey(), figures, revision,
                    later(cell == null ? null : cell.updatedAt, delta.updatedAt));
        }
        StatisticsCell total = held.get(totalKey(place));
        if (total == null && !delta.tallies.containsKey(totalKey(place))) {
            write(null, totalKey(place), new Tally(), revision, delta.updatedAt);
        } else if (total != null) {
            total.revision = revision;
            total.updatedAt = later(total.updatedAt, delta.updatedAt);
        }
    }

    private void add(Map<StatisticsCell.Key, Tally> deltas, Place place, ReportingRound round, ReportState state,
            Map<String, Agency> agencies, Context context, int sign) {
        Agency agency = agencies.get(state.agencyCode());
        if (agency != null) {
            agency = agency.forRound(round); // as the round reads it: at its period's end
        }
        StatisticsCalculator.Entry entry = entry(state, agency, round);
        Tally contribution = StatisticsCalculator.contribution(entry, expected(agency, place, round, context),
                context.figures());
        deltas.computeIfAbsent(totalKey(place), k -> new Tally()).add(contribution, sign);
        deltas.computeIfAbsent(breakdownKey(place, entry.agencyKind(), entry.bloc()), k -> new Tally())
                .add(StatisticsCalculator.breakdown(contribution, context.figures()), sign);
    }

    /** The cells of a place computed from its counting reports and the agencies the round expects there. */
    private void recompute(Place place, ReportingRound round, Context context) {
        Map<StatisticsCell.Key, StatisticsCell> held = new HashMap<>();
        cells.of(place.round(), List.of(place.province())).forEach(c -> held.put(c.key, c));
        List<ReportState> states = contributions.countingStates(place.round(), List.of(place.province())).stream()
                .map(json -> EventCodec.fromJson(json, ReportState.class)).toList();
        Map<String, Agency> agencies = registry.agenciesByCode(states.stream().map(ReportState::agencyCode).toList());
        Map<StatisticsCell.Key, Tally> figures = new TreeMap<>(java.util.Comparator.comparing(StatisticsCell.Key::agencyKind)
                .thenComparing(StatisticsCell.Key::blocCode));
        figures.put(totalKey(place), new Tally());
        for (ReportState state : states) {
            add(figures, place, round, state, agencies, context, 1);
        }
        // the latest version written here, withdrawn ones included: what the changes applied one by one give
        Instant updatedAt = contributions.lastWritten(place.round(), place.province());
        List<Agency> expected = context.provinceValid(place.province(), round.periodEnd)
                ? registry.expectedAgencies(List.of(place.province()), round.periodEnd)
                : List.of();
        for (Agency agency : expected) {
            figures.get(totalKey(place)).add(StatisticsCalculator.expectation(), 1);
            figures.computeIfAbsent(breakdownKey(place, agency.kind, agency.blocCode), k -> new Tally())
                    .add(StatisticsCalculator.expectation(), 1);
        }
        long revision = cells.nextRevision();
        for (var cell : figures.entrySet()) {
            write(held.remove(cell.getKey()), cell.getKey(), cell.getValue(), revision, updatedAt);
        }
        held.values().forEach(cells::delete); // breakdowns no report or expectation fills any more
    }

    /**
     * A cell's figures at {@code revision}: a breakdown left empty goes; any other row is created,
     * or rewritten in place when {@code held} (never deleted and inserted again under its key).
     */
    private void write(StatisticsCell held, StatisticsCell.Key key, Tally figures, long revision, Instant updatedAt) {
        if (figures.isEmpty() && !key.total()) {
            if (held != null) {
                cells.delete(held);
            }
            return;
        }
        StatisticsCell cell = held;
        if (cell == null) {
            cell = new StatisticsCell();
            cell.key = key;
        }
        cell.figures = figures.toJson();
        cell.revision = revision;
        cell.updatedAt = updatedAt;
        cells.persist(cell); // no-op when managed; for a new row, after its fields
    }

    /** Whether the round expects the report's agency (as the round reads it) in this province. */
    private static boolean expected(Agency agency, Place place, ReportingRound round, Context context) {
        return agency != null && place.province().equals(agency.provinceCode)
                && expectedAt(agency, place.province(), round, context);
    }

    /** Whether the round expects the agency in this province: it and the province exist when the period ends. */
    private static boolean expectedAt(Agency agency, String province, ReportingRound round, Context context) {
        return province != null && agency.validOn(round.periodEnd) && context.provinceValid(province, round.periodEnd);
    }

    static StatisticsCalculator.Entry entry(ReportState state, Agency agency, ReportingRound round) {
        return new StatisticsCalculator.Entry(state, kind(agency, state), onTime(round, state),
                agency == null ? null : agency.staffing, agency == null ? null : agency.blocCode);
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

    private static Place placeOf(ReportState state) {
        return new Place(state.roundCode(), state.provinceCode());
    }

    private static StatisticsCell.Key totalKey(Place place) {
        return new StatisticsCell.Key(place.round(), place.province(), StatisticsCell.TOTAL, StatisticsCell.TOTAL);
    }

    private static StatisticsCell.Key breakdownKey(Place place, String kind, String bloc) {
        return new StatisticsCell.Key(place.round(), place.province(), kind, StatisticsCalculator.blocOf(bloc));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** Registry facts read once per batch. */
    private final class Context {
        private final Map<String, ReportingRound> rounds = new HashMap<>();
        private List<ReportingRound> all;
        private List<Province> provinces;
        private Figures figures;

        /**
         * The catalogue, read once per batch and only once its places are locked: a definition another replica
         * commits meanwhile (and recounts every place with) is then seen here, never applied over by older rules.
         */
        Figures figures() {
            if (figures == null) {
                figures = catalogue.current();
            }
            return figures;
        }

        ReportingRound round(String code) {
            return rounds.computeIfAbsent(code, c -> registry.round(c).orElse(null));
        }

        List<ReportingRound> rounds() {
            if (all == null) {
                all = registry.roundsInOrder();
                all.forEach(r -> rounds.put(r.code, r));
            }
            return all;
        }

        boolean provinceValid(String code, LocalDate day) {
            if (vn.vhcs.aggregation.registry.Central.PLACE.equals(code)) {
                return true; // the central bodies' place exists whenever the country does
            }
            if (provinces == null) {
                provinces = registry.allProvinces();
            }
            return provinces.stream().anyMatch(p -> p.key.code().equals(code) && p.validOn(day));
        }
    }
}
