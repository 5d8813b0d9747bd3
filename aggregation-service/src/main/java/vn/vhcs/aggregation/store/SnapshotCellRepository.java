package vn.vhcs.aggregation.store;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SnapshotCellRepository implements PanacheRepositoryBase<SnapshotCell, SnapshotCell.Key> {

    public List<SnapshotCell> of(String round, String province, int number) {
        return list("key.roundCode = ?1 and key.provinceCode = ?2 and key.number = ?3", round, province, number);
    }

    /** The latest snapshot's number, 0 when none. */
    public int latest(String round, String province) {
        Number n = getEntityManager().createQuery("select max(s.key.number) from SnapshotCell s "
                + "where s.key.roundCode = ?1 and s.key.provinceCode = ?2", Number.class)
                .setParameter(1, round).setParameter(2, province).getSingleResult();
        return n == null ? 0 : n.intValue();
    }
}
