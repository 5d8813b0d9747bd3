package vn.vhcs.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /**
     * Claims the oldest undelivered events with {@code FOR UPDATE SKIP LOCKED}: rows another
     * replica's relay holds are skipped, so several relays never send the same batch.
     */
    public List<OutboxEvent> claimBatch(int size) {
        return find("publishedAt is null order by createdAt, id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // -2 = SKIP LOCKED in Hibernate
                .page(0, size)
                .list();
    }

    /** Marks the events the broker acknowledged, in one statement. */
    public void markPublished(List<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            update("publishedAt = ?1 where id in ?2", at, ids);
        }
    }

    public long undelivered() {
        return count("publishedAt is null");
    }

    public Instant oldestUndelivered() {
        return find("publishedAt is null order by createdAt").firstResultOptional().map(e -> e.createdAt).orElse(null);
    }
}
