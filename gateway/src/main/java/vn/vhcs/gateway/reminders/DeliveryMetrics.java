package vn.vhcs.gateway.reminders;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portals' webhooks and the reminder e-mails as Prometheus sees them. Webhooks: every attempt
 * ({@code vhcs_webhook_attempts_total{outcome=succeeded|failed}}), every delivery once it ends
 * ({@code vhcs_webhook_deliveries_total{outcome=delivered|gave_up|client_gone}}), and the
 * deliveries still pending, with the age of the oldest, read from the database every few seconds
 * (not per scrape; every replica reports the same shared table). E-mails are sent once, never
 * retried: {@code vhcs_email_deliveries_total{outcome=sent|failed}}.
 */
@ApplicationScoped
public class DeliveryMetrics {

    /** A webhook answered 2xx. */
    static final String DELIVERED = "delivered";
    /** Every attempt of the retry schedule ({@link WebhookConfig#retrySchedule()}) failed: the delivery is FAILED. */
    static final String GAVE_UP = "gave_up";
    /** The client was revoked or lost its webhook before it was told: FAILED without an attempt. */
    static final String CLIENT_GONE = "client_gone";

    private final MeterRegistry registry;
    private final WebhookDeliveryRepository deliveries;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private final AtomicLong mostOverdueSeconds = new AtomicLong();
    private final List<Gauge> gauges;

    public DeliveryMetrics(MeterRegistry registry, WebhookDeliveryRepository deliveries) {
        this.registry = registry;
        this.deliveries = deliveries;
        gauges = List.of(
                Gauge.builder("vhcs.webhook.pending", pending, AtomicLong::get)
                        .description("Webhook deliveries not yet delivered nor given up").register(registry),
                Gauge.builder("vhcs.webhook.oldest.pending.age", oldestPendingAgeSeconds, AtomicLong::get)
                        .baseUnit("seconds").description("Age of the oldest pending webhook delivery (0 when none is pending)")
                        .register(registry),
                // a portal down for a day keeps its deliveries pending by design; one whose attempt is due and
                // not made means no replica sends
                Gauge.builder("vhcs.webhook.most.overdue", mostOverdueSeconds, AtomicLong::get)
                        .baseUnit("seconds").description("How long past its next attempt the most overdue pending "
                                + "webhook delivery is (0 when none is due)")
                        .register(registry));
        // every series exists from the start, so that rate() and increase() see the first event
        for (String outcome : new String[] { "succeeded", "failed" }) {
            registry.counter("vhcs.webhook.attempts", "outcome", outcome);
        }
        for (String outcome : new String[] { DELIVERED, GAVE_UP, CLIENT_GONE }) {
            registry.counter("vhcs.webhook.deliveries", "outcome", outcome);
        }
        for (String outcome : new String[] { "sent", "failed" }) {
            registry.counter("vhcs.email.deliveries", "outcome", outcome);
        }
    }

    /**
     * The registry may outlive this bean (Quarkus' registry is global to the JVM, and tests restart the
     * application in one JVM): a gauge left registered would keep reading this instance's values, and a new
     * instance's registration under the same name would be ignored.
     */
    @PreDestroy
    void unregister() {
        gauges.forEach(registry::remove);
    }

    void attempt(boolean succeeded) {
        registry.counter("vhcs.webhook.attempts", "outcome", succeeded ? "succeeded" : "failed").increment();
    }

    void ended(String outcome) {
        registry.counter("vhcs.webhook.deliveries", "outcome", outcome).increment();
    }

    void email(boolean sent) {
        registry.counter("vhcs.email.deliveries", "outcome", sent ? "sent" : "failed").increment();
    }

    @Scheduled(every = "5s")
    void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            // the age computed by the database: 0 when nothing is pending
            Object[] row = (Object[]) deliveries.getEntityManager().createNativeQuery(
                    "select count(*), coalesce(greatest(0, extract(epoch from now() - min(created_at))), 0), "
                            + "coalesce(greatest(0, extract(epoch from now() - min(next_attempt_at))), 0) "
                            + "from webhook_delivery where state = 'PENDING'")
                    .getSingleResult();
            pending.set(((Number) row[0]).longValue());
            oldestPendingAgeSeconds.set(((Number) row[1]).longValue());
            mostOverdueSeconds.set(((Number) row[2]).longValue());
        });
    }
}
