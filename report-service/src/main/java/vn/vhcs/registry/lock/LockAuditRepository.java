package vn.vhcs.registry.lock;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LockAuditRepository implements PanacheRepositoryBase<LockAudit, UUID> {

    public List<LockAudit> of(String round, String province) {
        return list("roundCode = ?1 and provinceCode = ?2 order by actedAt, id", round, province);
    }

    public long locks(String round, String province) {
        return count("roundCode = ?1 and provinceCode = ?2 and action = ?3", round, province, LockAudit.LOCKED);
    }
}
