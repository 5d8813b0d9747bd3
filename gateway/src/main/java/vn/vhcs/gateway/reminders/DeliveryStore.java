package vn.vhcs.gateway.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.security.Role;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.gateway.clients.ApiClient;
import vn.vhcs.gateway.clients.ApiClientRepository;

/** The deliveries' state, each change in a transaction of its own (the HTTP call is made outside them). */
@ApplicationScoped
@RequiredArgsConstructor
public class DeliveryStore {

    private static final Logger LOG = Logger.getLogger(DeliveryStore.class);
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final WebhookDeliveryRepository deliveries;
    private final ApiClientRepository clients;
    private final WebhookConfig config;
    private final DeliveryMetrics metrics;

    /** What one attempt sends: the body, signed with every secret that signs now. */
    record Attempt(String url, String body, List<String> secrets) {
    }

    @Transactional
    public List<UUID> claim() {
        Instant now = Instant.now();
        return deliveries.claimDue(now, now.plus(LEASE), 50);
    }

    @Transactional
    public Attempt prepare(UUID id) {
        WebhookDelivery d = deliveries.findById(id);
        if (d == null || !WebhookDelivery.PENDING.equals(d.state)) {
            return null;
        }
        ApiClient client = clients.findById(d.clientId);
        if (client == null || client.revokedAt != null || client.webhookSecret == null) {
            d.state = WebhookDelivery.FAILED;
            d.lastError = "client revoked or without webhook";
            d.nextAttemptAt = null;
            metrics.ended(DeliveryMetrics.CLIENT_GONE);
            return null;
        }
        return new Attempt(d.url, d.body, client.webhookSecretsAt(Instant.now()));
    }

    /**
     * Keeps an attempt's outcome: 2xx delivers; 410 Gone gives up at once (the portal says it wants no
     * more, as the specification reads it); anything else waits for the next step of the retry
     * schedule, or gives up when the schedule is spent.
     */
    @Transactional
    public void record(UUID id, Integer status, String error) {
        WebhookDelivery d = deliveries.findById(id);
        Instant now = Instant.now();
        d.attempts++;
        d.lastStatus = status;
        d.lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        boolean succeeded = status != null && status >= 200 && status < 300;
        metrics.attempt(succeeded);
        Duration wait = succeeded ? null : nextWait(d.attempts - d.scheduleFrom, status);
        if (succeeded) {
            d.state = WebhookDelivery.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            metrics.ended(DeliveryMetrics.DELIVERED);
        } else if (wait == null) {
            d.state = WebhookDelivery.FAILED;
            d.nextAttemptAt = null;
            metrics.ended(DeliveryMetrics.GAVE_UP);
            LOG.warnf("Webhook %s to client %s given up after %d attempts (last: %s)", id, d.clientId, d.attempts,
                    status != null ? "HTTP " + status : error);
        } else {
            d.nextAttemptAt = now.plus(wait);
        }
    }

    /** The wait after the {@code failed}-th failed attempt of the schedule, with jitter; null: give up. */
    private Duration nextWait(int failed, Integer status) {
        List<Duration> schedule = config.retrySchedule();
        if (Integer.valueOf(410).equals(status) || failed > schedule.size()) {
            return null;
        }
        Duration wait = schedule.get(failed - 1);
        long spread = (long) (wait.toMillis() * config.jitter());
        return spread <= 0 ? wait : wait.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1));
    }

    /** A client's delivery log, oldest first; 404 for an unknown client. */
    @Transactional
    public Page<DeliveryView> log(UUID client, PageRequest paging) {
        if (clients.findByIdOptional(client).isEmpty()) {
            throw ProblemException.notFound("client", client.toString());
        }
        var query = deliveries.ofClient(client).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(DeliveryView::of).toList(), paging.page(), paging.size(),
                query.count());
    }

    /**
     * Sends a delivery again, whatever its state: pending now, with the whole retry schedule ahead of
     * it, under the same {@code webhook-id} (a portal that processed it already recognises it). 404
     * when the client has no such delivery.
     */
    @Transactional
    public DeliveryView redeliver(UUID client, UUID delivery) {
        WebhookDelivery d = deliveries.findByIdOptional(delivery).filter(x -> x.clientId.equals(client))
                .orElseThrow(() -> ProblemException.notFound("delivery", delivery.toString()));
        d.state = WebhookDelivery.PENDING;
        d.scheduleFrom = d.attempts;
        d.nextAttemptAt = Instant.now();
        d.deliveredAt = null;
        return DeliveryView.of(d);
    }

    /** Claims today's scheduled reminder of a province for a round; false when it was sent already (here or elsewhere). */
    @Transactional
    public boolean firstReminderToday(String round, String province, LocalDate today) {
        return deliveries.getEntityManager().createNativeQuery("insert into reminder_schedule (round_code, province_code, "
                + "day, sent_at) values (?1, ?2, ?3, now()) on conflict do nothing").setParameter(1, round)
                .setParameter(2, province).setParameter(3, today).executeUpdate() == 1;
    }

    /** The portal clients that want webhooks (submitters with a URL, not revoked). */
    @Transactional
    public List<ApiClient> portalsWithWebhooks() {
        return clients.list("role = ?1 and revokedAt is null and webhookUrl is not null", Role.SUBMITTER);
    }

    @Transactional
    public void queue(List<WebhookDelivery> queued) {
        queued.forEach(deliveries::persist);
    }

    /**
     * Queues the deliveries an event gives, once per event: the event's id is kept in the same
     * transaction, so an event delivered again (after a crash before the offset was committed, or a
     * replay) queues nothing. False when it had been seen.
     */
    @Transactional
    public boolean queueOnce(UUID eventId, List<WebhookDelivery> queued) {
        boolean first = deliveries.getEntityManager().createNativeQuery("insert into webhook_source_event "
                + "(event_id, received_at) values (?1, now()) on conflict do nothing").setParameter(1, eventId)
                .executeUpdate() == 1;
        if (first) {
            queued.forEach(deliveries::persist);
        }
        return first;
    }
}
