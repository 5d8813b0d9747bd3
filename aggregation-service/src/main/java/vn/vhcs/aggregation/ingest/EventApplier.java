package vn.vhcs.aggregation.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jboss.logging.MDC;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.figures.FigureCatalogue;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.store.ContributionRepository;
import vn.vhcs.aggregation.store.ReportContribution;
import vn.vhcs.aggregation.statistics.StatisticsKeeper;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.RegistryEvent;
import vn.vhcs.contract.ReportEvent;
import vn.vhcs.contract.Topics;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.aggregation.store.ProcessedEvent;
import vn.vhcs.aggregation.store.ProcessedEventRepository;

/**
 * Applies events in one transaction, together with the record that each was applied: a
 * redelivered event and a version older than the one held change nothing.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class EventApplier {

    public enum Outcome {
        APPLIED, DUPLICATE, STALE
    }

    private final ProcessedEventRepository processed;
    private final ContributionRepository contributions;
    private final RegistryCopy registry;
    private final StatisticsKeeper statistics;
    private final ReadModel readModel;
    private final vn.vhcs.aggregation.statistics.Snapshots snapshots;
    private final FigureCatalogue figures;

    /** One decoded record: a report event or a registry event, with the request id that caused it. */
    public record Received(ReportEvent report, RegistryEvent registry, String correlationId) {

        UUID eventId() {
            return report != null ? report.eventId() : registry.eventId();
        }

        /** Decodes a record of either topic; throws {@link EventCodec.MalformedEventException}. */
        public static Received decode(String topic, byte[] value, String correlationId) {
            if (Topics.REPORT_EVENTS.equals(topic)) {
                ReportEvent event = EventCodec.reportEvent(value);
                requireId(event.eventId());
                return new Received(event, null, correlationId);
            }
            RegistryEvent event = EventCodec.registryEvent(value);
            requireId(event.eventId());
            return new Received(null, event, correlationId);
        }
    }

    /**
     * Applies the events in order, in one transaction, and brings the statistics cells up to date
     * with them in the same transaction; the outcome of each event, in the same order.
     */
    @Transactional
    public List<Outcome> applyAll(List<Received> events) {
        readModel.startIfNew();
        // what the batch needs from the database, read in two queries rather than two per event
        Batch batch = new Batch(processed.seenAmong(events.stream().map(Received::eventId).toList()),
                contributions.byIds(events.stream().filter(e -> e.report() != null).map(e -> e.report().reportId()).toList()));
        List<Outcome> outcomes = new ArrayList<>(events.size());
        List<StatisticsKeeper.ReportChange> changes = new ArrayList<>();
        Set<StatisticsKeeper.Place> recompute = new TreeSet<>();
        Map<String, Agency> agenciesBefore = new HashMap<>(); // as before the batch: null when unknown then
        for (Received event : events) {
            MDC.put(RequestIds.MDC_KEY, event.correlationId() == null ? "-" : event.correlationId());
            try {
                outcomes.add(event.report() != null ? applyReport(event.report(), batch, changes)
                        : applyRegistry(event.registry(), batch, recompute, agenciesBefore));
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }
        statistics.update(changes, agenciesBefore, recompute);
        snapshots.takeReady(); // a lock's snapshot, once the report versions it names are applied
        return outcomes;
    }

    private Outcome applyRegistry(RegistryEvent event, Batch batch, Set<StatisticsKeeper.Place> recompute,
            Map<String, Agency> agenciesBefore) {
        if (!firstTime(batch, event.eventId(), Topics.REGISTRY_EVENTS, event.type().name())) {
            return Outcome.DUPLICATE;
        }
        if (event.type() == RegistryEvent.RegistryEventType.ProvinceLocked) {
            if (event.lock() == null) {
                throw new EventCodec.MalformedEventException("ProvinceLocked without lock", null);
            }
            snapshots.requested(event.lock());
            return Outcome.APPLIED;
        }
        if (event.type() == RegistryEvent.RegistryEventType.FigureDefined) {
            return applyFigure(event, recompute);
        }
        String agency = event.agency() == null ? null : event.agency().code();
        if (agency != null && !agenciesBefore.containsKey(agency)) {
            agenciesBefore.put(agency, registry.agencyAsHeld(agency));
        }
        if (!registry.apply(event)) {
            return Outcome.STALE;
        }
        switch (event.type()) {
            case ProvinceUpserted -> recompute.addAll(statistics.placesOfProvince(event.province().code()));
            case RoundUpserted -> recompute.addAll(statistics.placesOfRound(event.round().code()));
            case AgencyUpserted -> {
                // applied as a difference with agenciesBefore: no province's reports read again
            }
        }
        return Outcome.APPLIED;
    }

    /**
     * A definition of the catalogue. One that counts reports' values differently (a new code, another kind, base
     * or breakdown: {@link vn.vhcs.aggregation.figures.Figures#countsDifferently}) recounts every place of every round from the reports held, in this batch, as a release raising the
     * counters' version does: a value stated before its definition arrived (the definitions come on this topic,
     * the reports on the other) is counted from then on, and no cell keeps a value counted as another kind.
     * Any other change (a label) counts nothing differently: answers read it, and their ETags name the catalogue.
     */
    private Outcome applyFigure(RegistryEvent event, Set<StatisticsKeeper.Place> recompute) {
        if (event.figure() == null) {
            throw new EventCodec.MalformedEventException("FigureDefined without figure", null);
        }
        switch (figures.apply(event.figure())) {
            case STALE -> {
                return Outcome.STALE;
            }
            case RECOUNT -> registry.roundsInOrder().forEach(r -> recompute.addAll(statistics.placesOfRound(r.code)));
            case KEPT -> {
                // read when answering
            }
        }
        return Outcome.APPLIED;
    }

    private static void requireId(UUID eventId) {
        if (eventId == null) {
            throw new EventCodec.MalformedEventException("event without eventId", null);
        }
    }

    /** The event ids of a batch already applied, and its reports' rows as held (both kept up to date as it goes). */
    private record Batch(Set<UUID> seen, Map<UUID, ReportContribution> rows) {
    }

    private boolean firstTime(Batch batch, UUID eventId, String topic, String type) {
        if (!batch.seen().add(eventId)) {
            return false;
        }
        ProcessedEvent row = new ProcessedEvent();
        row.eventId = eventId;
        row.topic = topic;
        row.eventType = type;
        row.processedAt = Instant.now();
        processed.persist(row);
        return true;
    }

    private Outcome applyReport(ReportEvent event, Batch batch, List<StatisticsKeeper.ReportChange> changes) {
        if (!firstTime(batch, event.eventId(), Topics.REPORT_EVENTS, event.type().name())) {
            return Outcome.DUPLICATE;
        }
        // a central body's report has no province: it is kept in the central bodies' place
        var state = event.payload().provinceCode() == null
                ? event.payload().withProvinceCode(vn.vhcs.aggregation.registry.Central.PLACE)
                : event.payload();
        ReportContribution row = batch.rows().get(event.reportId());
        if (row != null && row.version >= event.version()) {
            return Outcome.STALE;
        }
        ReportState before = row == null ? null : EventCodec.fromJson(row.state, ReportState.class);
        if (row == null) {
            row = new ReportContribution();
            row.reportId = event.reportId();
            batch.rows().put(row.reportId, row); // a later version in the same batch finds it
        }
        row.version = event.version();
        row.status = state.status();
        row.agencyCode = state.agencyCode();
        row.roundCode = state.roundCode();
        row.provinceCode = state.provinceCode();
        row.updatedAt = state.updatedAt() == null ? event.occurredAt() : state.updatedAt();
        row.state = EventCodec.toJson(state);
        contributions.persist(row); // after the fields: an insert takes the state at persist time
        changes.add(new StatisticsKeeper.ReportChange(before, state, row.updatedAt));
        return Outcome.APPLIED;
    }
}
