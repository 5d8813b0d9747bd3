package vn.vhcs.aggregation.statistics;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.contract.ReportStatus;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<ReportContribution, UUID> {

    /** The reports that count (not withdrawn) in a round, in the given provinces. */
    public List<ReportContribution> counting(String round, java.util.Collection<String> provinces) {
        return provinces.isEmpty() ? List.of()
                : list("roundCode = ?1 and provinceCode in ?2 and status <> ?3 order by agencyCode", round,
                        provinces, ReportStatus.WITHDRAWN);
    }

    /** The agencies with a report that counts (not withdrawn) in a round, in the given provinces. */
    public List<String> countingAgencies(String round, java.util.Collection<String> provinces) {
        return provinces.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c.agencyCode from ReportContribution c where "
                        + "c.roundCode = ?1 and c.provinceCode in ?2 and c.status <> ?3", String.class)
                        .setParameter(1, round).setParameter(2, provinces).setParameter(3, ReportStatus.WITHDRAWN)
                        .getResultList();
    }

    /** The reports that count (not withdrawn) in a round, in every province. */
    public List<ReportContribution> counting(String round) {
        return list("roundCode = ?1 and status <> ?2 order by agencyCode", round, ReportStatus.WITHDRAWN);
    }

    /** The provinces with reports (any status) in a round. */
    public List<String> provincesOf(String round) {
        return getEntityManager().createQuery("select distinct c.provinceCode from ReportContribution c where "
                + "c.roundCode = ?1", String.class).setParameter(1, round).getResultList();
    }

    /** The (round, province) pairs where an agency has reports (any status). */
    public List<String[]> placesOf(String agency) {
        return getEntityManager().createQuery("select distinct c.roundCode, c.provinceCode from ReportContribution c "
                + "where c.agencyCode = ?1", Object[].class).setParameter(1, agency).getResultList().stream()
                .map(row -> new String[] { (String) row[0], (String) row[1] }).toList();
    }

    /** When the latest report version (any status) of a round in a province was written; null when none. */
    public java.time.Instant lastWritten(String round, String province) {
        return getEntityManager().createQuery("select max(c.updatedAt) from ReportContribution c where c.roundCode = ?1 "
                + "and c.provinceCode = ?2", java.time.Instant.class).setParameter(1, round).setParameter(2, province)
                .getSingleResult();
    }
}
