package vn.vhcs.aggregation.statistics;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<ReportContribution, UUID> {

    /** The reports that count (not withdrawn) in a round and province. */
    public List<ReportContribution> counting(String round, String province) {
        return list("roundCode = ?1 and provinceCode = ?2 and status <> 'WITHDRAWN' order by agencyCode", round, province);
    }

    /** Provinces with at least one counting report in the round. */
    public List<String> provincesReporting(String round) {
        return getEntityManager().createQuery(
                "select distinct c.provinceCode from ReportContribution c where c.roundCode = ?1 and c.status <> 'WITHDRAWN' order by 1",
                String.class).setParameter(1, round).getResultList();
    }
}
