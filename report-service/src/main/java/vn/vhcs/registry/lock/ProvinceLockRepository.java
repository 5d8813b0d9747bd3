package vn.vhcs.registry.lock;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProvinceLockRepository implements PanacheRepositoryBase<ProvinceLock, ProvinceLock.Key> {

    /**
     * Serialises a lock with the writes to the province's reports: a write holds it shared, a lock
     * or unlock exclusively, until the transaction ends. A write either commits before the lock (and
     * is in its snapshot) or sees it.
     */
    public void hold(String round, String province, boolean exclusive) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock" + (exclusive ? "" : "_shared")
                + "(hashtext('lock:' || ?1), hashtext(?2))").setParameter(1, round).setParameter(2, province)
                .getSingleResult();
    }
}
