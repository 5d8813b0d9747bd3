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
}
