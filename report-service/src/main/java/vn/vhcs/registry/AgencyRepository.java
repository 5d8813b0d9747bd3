package vn.vhcs.registry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** Agencies matching every given filter, by code. */
    public PanacheQuery<Agency> search(String province, AgencyKind kind, Boolean active) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.put("active", active);
        }
        return find(where.toString(), Sort.by("code"), params);
    }
}
