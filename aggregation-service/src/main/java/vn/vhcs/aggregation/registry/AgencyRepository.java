package vn.vhcs.aggregation.registry;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** Active agencies of a province: those expected to report. */
    public List<Agency> expected(java.util.Collection<String> provinceCodes) {
        return provinceCodes.isEmpty() ? List.of()
                : list("provinceCode in ?1 and active = true order by code", provinceCodes);
    }
}
