package vn.vhcs.aggregation.ingest;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.statistics.ContributionRepository;
import vn.vhcs.aggregation.statistics.ReportContribution;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.RegistryEvent;
import vn.vhcs.contract.ReportEvent;
import vn.vhcs.contract.Topics;

/**
 * Applies one event in one transaction, together with the record that it was applied: a
 * redelivered event and a version older than the one held change nothing.
 */
@ApplicationScoped
public class EventApplier {

    public enum Outcome {
        APPLIED, DUPLICATE, STALE
    }

    private final ProcessedEventRepository processed;
    private final ContributionRepository contributions;
    private final RegistryCopy registry;

    public EventApplier(ProcessedEventRepository processed, ContributionRepository contributions, RegistryCopy registry) {
        this.processed = processed;
        this.contributions = contributions;
        this.registry = registry;
    }

    @Transactional
    public Outcome apply(String topic, byte[] value) {
        if (Topics.REPORT_EVENTS.equals(topic)) {
            ReportEvent event = EventCodec.reportEvent(value);
            if (!firstTime(event.eventId(), topic, event.type().name())) {
                return Outcome.DUPLICATE;
            }
            return applyReport(event);
        }
        RegistryEvent event = EventCodec.registryEvent(value);
        if (!firstTime(event.eventId(), topic, event.type().name())) {
            return Outcome.DUPLICATE;
        }
        return registry.apply(event) ? Outcome.APPLIED : Outcome.STALE;
    }

    private boolean firstTime(UUID eventId, String topic, String type) {
        if (eventId == null) {
            throw new EventCodec.MalformedEventException("event without eventId", null);
        }
        if (processed.findByIdOptional(eventId).isPresent()) {
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

    private Outcome applyReport(ReportEvent event) {
        var state = event.payload();
        ReportContribution row = contributions.findById(event.reportId());
        if (row != null && row.version >= event.version()) {
            return Outcome.STALE;
        }
        if (row == null) {
            row = new ReportContribution();
            row.reportId = event.reportId();
        }
        row.version = event.version();
        row.status = state.status();
        row.agencyCode = state.agencyCode();
        row.roundCode = state.roundCode();
        row.provinceCode = state.provinceCode();
        row.updatedAt = state.updatedAt() == null ? event.occurredAt() : state.updatedAt();
        row.state = EventCodec.toJson(state);
        contributions.persist(row); // after the fields: an insert takes the state at persist time
        return Outcome.APPLIED;
    }
}
