package vn.vhcs.aggregation.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /**
     * Agencies that exist on the day (see {@link Agency#validOn}) and were in one of these provinces
     * then, each as it was that day, by code. Read from the province column (the state of the latest
     * event) and, for agencies with a history, from any of their states.
     */
    @SuppressWarnings("unchecked")
    public List<Agency> validOn(Collection<String> provinceCodes, LocalDate day) {
        if (provinceCodes.isEmpty()) {
            return List.of();
        }
        Set<String> codes = Set.copyOf(provinceCodes);
        List<Agency> candidates = getEntityManager().createNativeQuery("""
                select * from agency where province_code in (:codes)
                   or (history is not null and exists (select 1 from jsonb_array_elements(history) s
                                                       where s ->> 'provinceCode' in (:codes)))""", Agency.class)
                .setParameter("codes", codes).getResultList();
        return candidates.stream().filter(a -> a.validOn(day)).map(a -> a.asOf(day))
                .filter(a -> codes.contains(a.provinceCode)).sorted(Comparator.comparing((Agency a) -> a.code)).toList();
    }

    /**
     * At most {@code limit} agencies of these provinces (or with a history, which may have been in one of them)
     * with a code after {@code after} (null: from the first), by code, whatever their validity: a page of a walk
     * through every agency of a country, read detached.
     */
    public List<Agency> pageAfter(java.util.Collection<String> provinceCodes, String after, int limit) {
        if (provinceCodes.isEmpty()) {
            return List.of();
        }
        // an agency with a history may have been in one of them then: the caller reads it as of its day
        List<Agency> page = after == null
                ? find("(provinceCode in ?1 or history is not null) order by code", provinceCodes).page(0, limit).list()
                : find("(provinceCode in ?1 or history is not null) and code > ?2 order by code", provinceCodes, after)
                        .page(0, limit).list();
        page.forEach(getEntityManager()::detach);
        return page;
    }
}
