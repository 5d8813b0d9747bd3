package vn.vhcs.gateway.reminders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public PanacheQuery<WebhookDelivery> ofClient(UUID client) {
        return find("clientId", Sort.by("createdAt").and("id"), client);
    }

    /**
     * The ids of pending deliveries due now, leased until {@code leaseUntil} so that another gateway
     * replica does not send them too (rows another transaction holds are skipped).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("select id from webhook_delivery where state = 'PENDING' "
                + "and next_attempt_at <= ?1 order by next_attempt_at limit ?2 for update skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        if (!ids.isEmpty()) {
            update("nextAttemptAt = ?1 where id in ?2", leaseUntil, ids);
        }
        return ids;
    }
}
