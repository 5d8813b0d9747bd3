package vn.vhcs.aggregation.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, UUID> {

    /** Those of the ids already applied, as a set the caller may add to. */
    public Set<UUID> seenAmong(Collection<UUID> ids) {
        return ids.isEmpty() ? new HashSet<>()
                : new HashSet<>(getEntityManager()
                        .createQuery("select p.eventId from ProcessedEvent p where p.eventId in ?1", UUID.class)
                        .setParameter(1, ids).getResultList());
    }
}
