package vn.vhcs.aggregation.registry;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** Agencies of these provinces that exist on the day (see {@link Agency#validOn}), by code. */
    public List<Agency> validOn(java.util.Collection<String> provinceCodes, java.time.LocalDate day) {
        return provinceCodes.isEmpty() ? List.of()
                : list("provinceCode in ?1 order by code", provinceCodes).stream().filter(a -> a.validOn(day)).toList();
    }

    /**
     * At most {@code limit} agencies of these provinces with a code after {@code after} (null: from the first), by
     * code, whatever their validity: a page of a walk through every agency of a country, read detached.
     */
    public List<Agency> pageAfter(java.util.Collection<String> provinceCodes, String after, int limit) {
        if (provinceCodes.isEmpty()) {
            return List.of();
        }
        List<Agency> page = after == null
                ? find("provinceCode in ?1 order by code", provinceCodes).page(0, limit).list()
                : find("provinceCode in ?1 and code > ?2 order by code", provinceCodes, after).page(0, limit).list();
        page.forEach(getEntityManager()::detach);
        return page;
    }
}
