package vn.vhcs.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The outbox as Prometheus sees it: events waiting, the age of the oldest one, events published
 * and sends that failed. The backlog is read from the database every few seconds, not per scrape.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final OutboxRepository repository;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failed;

    public OutboxMetrics(OutboxRepository repository, MeterRegistry registry) {
        this.repository = repository;
        Gauge.builder("vhcs.outbox.backlog", backlog, AtomicLong::get)
                .description("Events in the outbox not yet acknowledged by Kafka").register(registry);
        Gauge.builder("vhcs.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest undelivered event").register(registry);
        published = Counter.builder("vhcs.outbox.events.published").description("Events acknowledged by Kafka")
                .register(registry);
        failed = Counter.builder("vhcs.outbox.events.failed").description("Event sends that failed (retried later)")
                .register(registry);
    }

    void published(int delivered, int failures) {
        published.increment(delivered);
        failed.increment(failures);
    }

    @Scheduled(every = "5s")
    void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            backlog.set(repository.undelivered());
            Instant oldest = repository.oldestUndelivered();
            oldestAgeSeconds.set(oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds());
        });
    }
}
