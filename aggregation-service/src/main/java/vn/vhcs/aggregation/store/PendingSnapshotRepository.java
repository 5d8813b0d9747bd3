package vn.vhcs.aggregation.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PendingSnapshotRepository implements PanacheRepositoryBase<PendingSnapshot, PendingSnapshot.Key> {
}
