package vn.vhcs.aggregation.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.ReportEvent;

/**
 * Applies what the connector polls from report-events and registry-events, one poll batch in one
 * transaction ({@link EventApplier}). The batch is acknowledged only when this method returns,
 * that is after the commit, and the throttled commit strategy never commits an offset past an
 * unacknowledged record: at-least-once delivery, and the processed-event table turns it into
 * exactly-once effects. A batch whose transaction fails (database away) is retried as a whole,
 * with back-off capped at 2 s (so it is applied within about 2 s of the database's return), for as
 * long as it takes, while the connector keeps the consumer in its group; a record that does not
 * follow the contract is logged and passed over. On shutdown the connector closes the consumer after
 * committing what was applied; after a crash, {@link StaticMembership} gives the restarted instance
 * its partitions back at once.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventApplier applier;
    private final StatisticsNotices notices;
    /** The first batch after start may recount every place (a new way of counting): it changes every round. */
    private boolean firstBatch = true;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter stale;
    private final Counter malformed;
    private final Timer freshness;

    public EventConsumer(EventApplier applier, StatisticsNotices notices, MeterRegistry registry) {
        this.applier = applier;
        this.notices = notices;
        applied = Counter.builder("vhcs.events.applied").description("Events that changed the read model")
                .register(registry);
        duplicates = Counter.builder("vhcs.events.skipped").tag("reason", "duplicate")
                .description("Events skipped: seen before, older than what is held, or malformed").register(registry);
        stale = Counter.builder("vhcs.events.skipped").tag("reason", "stale").register(registry);
        malformed = Counter.builder("vhcs.events.skipped").tag("reason", "malformed").register(registry);
        // what a board waits for: from the report's change in report-service to the statistics that count it
        freshness = Timer.builder("vhcs.events.freshness")
                .description("From a report event's occurrence (its commit in report-service) to its statistics' commit")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5))
                .register(registry);
    }

    @Incoming("events")
    @Blocking(ordered = true)
    @Retry(maxRetries = -1, delay = 200, maxDuration = 0, jitter = 100, retryOn = RuntimeException.class)
    @ExponentialBackoff(maxDelay = 2, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecords<String, byte[]> records) {
        LOG.debugf("Applying a batch of %d records", records.count());
        List<EventApplier.Received> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(EventApplier.Received.decode(record.topic(), record.value(),
                        header(record, EventHeaders.CORRELATION_ID)));
            } catch (EventCodec.MalformedEventException e) {
                malformed.increment();
                LOG.errorf("Skipping malformed event %s-%d@%d: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        List<EventApplier.Outcome> outcomes;
        long start = System.nanoTime();
        try {
            outcomes = applier.applyAll(events);
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d events could not be applied, retrying it: %s", events.size(), e.getMessage());
            throw e;
        }
        LOG.debugf("Applied a batch of %d events in %d ms", events.size(), (System.nanoTime() - start) / 1_000_000);
        // counted after the commit: a retried batch is counted once
        Instant committed = Instant.now();
        Set<String> rounds = new TreeSet<>();
        boolean all = firstBatch;
        firstBatch = false;
        for (int i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i)) {
                case APPLIED -> {
                    applied.increment();
                    ReportEvent report = events.get(i).report();
                    if (report == null) {
                        all = true; // a province, agency, round, lock or figure: any round's answers may read it
                    } else {
                        if (report.payload() != null && report.payload().roundCode() != null) {
                            rounds.add(report.payload().roundCode());
                        } else {
                            all = true;
                        }
                        if (report.occurredAt() != null) {
                            freshness.record(Duration.between(report.occurredAt(), committed).abs());
                        }
                    }
                }
                case DUPLICATE -> duplicates.increment();
                case STALE -> stale.increment();
            }
        }
        // only now, after the commit: a gateway that asks again on the notice reads what the batch wrote
        notices.changed(rounds, all);
    }

    /** Events applied since start. */
    public long applied() {
        return (long) applied.count();
    }

    /** Events seen again (same event id) since start: skipped. */
    public long duplicates() {
        return (long) duplicates.count();
    }

    /** Events older than what is held (version or revision) since start: skipped. */
    public long stale() {
        return (long) stale.count();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
