package vn.vhcs.aggregation.statistics;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<ReportContribution, UUID> {

    /** The reports that count (not withdrawn) in a round, in the given provinces. */
    public List<ReportContribution> counting(String round, java.util.Collection<String> provinces) {
        return provinces.isEmpty() ? List.of()
                : list("roundCode = ?1 and provinceCode in ?2 and status <> 'WITHDRAWN' order by agencyCode", round,
                        provinces);
    }

    /** The reports that count (not withdrawn) in a round, in every province. */
    public List<ReportContribution> counting(String round) {
        return list("roundCode = ?1 and status <> 'WITHDRAWN' order by agencyCode", round);
    }
}
