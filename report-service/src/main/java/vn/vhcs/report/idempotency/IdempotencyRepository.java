package vn.vhcs.report.idempotency;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /** Claims a key; false when another request holds it already (the row exists). */
    public boolean claim(IdempotencyRecord.Key key, String method, String path, String fingerprint, Instant now,
            Instant expiresAt) {
        return getEntityManager().createNativeQuery("""
                insert into idempotency_record (client_id, idempotency_key, method, path, fingerprint, created_at, expires_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, key.clientId()).setParameter(2, key.idempotencyKey()).setParameter(3, method)
                .setParameter(4, path).setParameter(5, fingerprint).setParameter(6, now).setParameter(7, expiresAt)
                .executeUpdate() == 1;
    }

    public long deleteExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }
}
