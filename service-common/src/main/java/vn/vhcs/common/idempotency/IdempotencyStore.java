package vn.vhcs.common.idempotency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;

/**
 * The {@code idempotency_record} table of the service it runs in (each service creates its own by a
 * Flyway migration; the columns are report-service's V3): one row per (client, key), its status null
 * while the request still runs. Native SQL, so that no entity of this table is imposed on a service
 * without it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IdempotencyStore {

    /** What is kept of a key: the request's fingerprint and, once answered, the answer. */
    public record Stored(String fingerprint, Integer status, String body, String headers) {
    }

    private final EntityManager entities;

    /**
     * Claims a key; false when another request holds it already. Every expired key, and this one if
     * it was never answered since {@code abandonedBefore}, is forgotten first: keys go as new ones
     * come (an index range over expires_at), so that no service needs a schedule of its own for them.
     */
    public boolean claim(String client, String key, String method, String path, String fingerprint, Instant now,
            Instant expiresAt, Instant abandonedBefore) {
        entities.createNativeQuery("""
                delete from idempotency_record where expires_at < ?3
                or (client_id = ?1 and idempotency_key = ?2 and status is null and created_at < ?4)""")
                .setParameter(1, client).setParameter(2, key).setParameter(3, now).setParameter(4, abandonedBefore)
                .executeUpdate();
        return entities.createNativeQuery("""
                insert into idempotency_record (client_id, idempotency_key, method, path, fingerprint, created_at, expires_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, client).setParameter(2, key).setParameter(3, method).setParameter(4, path)
                .setParameter(5, fingerprint).setParameter(6, now).setParameter(7, expiresAt)
                .executeUpdate() == 1;
    }

    public Optional<Stored> find(String client, String key) {
        List<?> rows = entities.createNativeQuery("""
                select fingerprint, status, response_body, cast(response_headers as text) from idempotency_record
                where client_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, client).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new Stored((String) r[0],
                r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3]));
    }

    /** Stores the answer to a claimed key. */
    public void answer(String client, String key, int status, String body, String headers, Instant now) {
        entities.createNativeQuery("""
                update idempotency_record set status = ?3, response_body = ?4, response_headers = cast(?5 as jsonb),
                completed_at = ?6 where client_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, client).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .setParameter(5, headers).setParameter(6, now).executeUpdate();
    }

    /** Frees a key, so that the next request with it runs. */
    public void release(String client, String key) {
        entities.createNativeQuery("delete from idempotency_record where client_id = ?1 and idempotency_key = ?2")
                .setParameter(1, client).setParameter(2, key).executeUpdate();
    }
}
