package vn.vhcs.gateway.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
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

    record Attempt(String url, String body, String secret, String event) {
    }

    @Transactional
    public List<UUID> claim() {
        Instant now = Instant.now();
        return deliveries.claimDue(now, now.plus(LEASE), 50);
    }

    @Transactional
    public Attempt prepare(UUID id) {
        WebhookDelivery d = deliveries.findById(id);
        if (d == null || !WebhookDelivery.PENDING.equals(d.status)) {
            return null;
        }
        ApiClient client = clients.findById(d.clientId);
        if (client == null || client.revokedAt != null || client.webhookSecret == null) {
            d.status = WebhookDelivery.FAILED;
            d.lastError = "client revoked or without webhook";
            d.nextAttemptAt = null;
            metrics.ended(DeliveryMetrics.CLIENT_GONE);
            return null;
        }
        return new Attempt(d.url, d.body, client.webhookSecret, d.event);
    }

    @Transactional
    public void record(UUID id, Integer status, String error) {
        WebhookDelivery d = deliveries.findById(id);
        Instant now = Instant.now();
        d.attempts++;
        d.lastStatusCode = status;
        d.lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        boolean succeeded = status != null && status >= 200 && status < 300;
        metrics.attempt(succeeded);
        if (succeeded) {
            d.status = WebhookDelivery.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            metrics.ended(DeliveryMetrics.DELIVERED);
        } else if (d.attempts >= config.maxAttempts()) {
            d.status = WebhookDelivery.FAILED;
            d.nextAttemptAt = null;
            metrics.ended(DeliveryMetrics.GAVE_UP);
            LOG.warnf("Webhook %s to client %s given up after %d attempts (last: %s)", id, d.clientId, d.attempts,
                    status != null ? "HTTP " + status : error);
        } else {
            d.nextAttemptAt = now.plus(config.backoff().multipliedBy(1L << Math.min(d.attempts - 1, 16)));
        }
    }

    /** A client's delivery log, oldest first; 404 for an unknown client. */
    @Transactional
    public vn.vhcs.common.web.Page<DeliveryView> log(UUID client, vn.vhcs.common.web.PageRequest paging) {
        if (clients.findByIdOptional(client).isEmpty()) {
            throw vn.vhcs.common.problem.ProblemException.notFound("client", client.toString());
        }
        var query = deliveries.ofClient(client).page(paging.page(), paging.size());
        return new vn.vhcs.common.web.Page<>(query.list().stream().map(DeliveryView::of).toList(), paging.page(),
                paging.size(), query.count());
    }

    /** Claims today's scheduled reminder of a province for a round; false when it was sent already (here or elsewhere). */
    @Transactional
    public boolean firstReminderToday(String round, String province, java.time.LocalDate today) {
        return deliveries.getEntityManager().createNativeQuery("insert into reminder_schedule (round_code, province_code, "
                + "day, sent_at) values (?1, ?2, ?3, now()) on conflict do nothing").setParameter(1, round)
                .setParameter(2, province).setParameter(3, today).executeUpdate() == 1;
    }

    /** The portal clients that want webhooks (submitters with a URL, not revoked). */
    @Transactional
    public List<ApiClient> portalsWithWebhooks() {
        return clients.list("role = ?1 and revokedAt is null and webhookUrl is not null",
                vn.vhcs.common.security.Role.SUBMITTER);
    }

    @Transactional
    public void queue(List<WebhookDelivery> queued) {
        queued.forEach(deliveries::persist);
    }
}
