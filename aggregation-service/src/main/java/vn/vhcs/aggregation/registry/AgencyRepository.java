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
}
