package vn.vhcs.aggregation.store;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.contract.ReportStatus;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<ReportContribution, UUID> {

    /** The rows held for these reports (managed), by report id, as a map the caller may add to. */
    public java.util.Map<UUID, ReportContribution> byIds(java.util.Collection<UUID> reportIds) {
        var rows = new java.util.HashMap<UUID, ReportContribution>();
        if (!reportIds.isEmpty()) {
            list("reportId in ?1", reportIds).forEach(row -> rows.put(row.reportId, row));
        }
        return rows;
    }

    /**
     * The states ({@link vn.vhcs.contract.ReportState} as JSON) of the reports that count (not
     * withdrawn) in a round, in the given provinces (every province when null), by agency. Read as
     * values, not as managed rows: a batch that recomputes many places, or an export of the whole
     * country, holds only the place it is at, not every report it has read.
     */
    public List<String> countingStates(String round, java.util.Collection<String> provinces) {
        if (provinces != null && provinces.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createQuery("select c.state from ReportContribution c where c.roundCode = :round "
                + "and c.status <> :withdrawn" + (provinces == null ? "" : " and c.provinceCode in :provinces")
                + " order by c.agencyCode", String.class)
                .setParameter("round", round).setParameter("withdrawn", ReportStatus.WITHDRAWN);
        if (provinces != null) {
            query.setParameter("provinces", provinces);
        }
        return query.getResultList();
    }

    /**
     * A page of {@link #countingStates}: at most {@code limit} (agency code, report id, state as JSON) after the
     * report {@code (afterAgency, afterReport)} in (agency, report) order (null: from the first), so that an
     * export of the whole country holds one page of reports at a time.
     */
    public List<Object[]> countingStatesAfter(String round, java.util.Collection<String> provinces, String afterAgency,
            UUID afterReport, int limit) {
        if (provinces != null && provinces.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createQuery("select c.agencyCode, c.reportId, c.state from ReportContribution c "
                + "where c.roundCode = :round and c.status <> :withdrawn"
                + (provinces == null ? "" : " and c.provinceCode in :provinces")
                + (afterAgency == null ? "" : " and (c.agencyCode > :agency or c.agencyCode = :agency and c.reportId > :report)")
                + " order by c.agencyCode, c.reportId", Object[].class)
                .setParameter("round", round).setParameter("withdrawn", ReportStatus.WITHDRAWN).setMaxResults(limit);
        if (provinces != null) {
            query.setParameter("provinces", provinces);
        }
        if (afterAgency != null) {
            query.setParameter("agency", afterAgency).setParameter("report", afterReport);
        }
        return query.getResultList();
    }

    /** Of these agencies, those with a report that counts (not withdrawn) in a round, in the given provinces. */
    public List<String> countingAgenciesAmong(String round, java.util.Collection<String> provinces,
            java.util.Collection<String> agencies) {
        return provinces.isEmpty() || agencies.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c.agencyCode from ReportContribution c where "
                        + "c.roundCode = ?1 and c.provinceCode in ?2 and c.agencyCode in ?3 and c.status <> ?4",
                        String.class).setParameter(1, round).setParameter(2, provinces).setParameter(3, agencies)
                        .setParameter(4, ReportStatus.WITHDRAWN).getResultList();
    }

    /** The agencies with a report that counts (not withdrawn) in a round, in the given provinces. */
    public List<String> countingAgencies(String round, java.util.Collection<String> provinces) {
        return provinces.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c.agencyCode from ReportContribution c where "
                        + "c.roundCode = ?1 and c.provinceCode in ?2 and c.status <> ?3", String.class)
                        .setParameter(1, round).setParameter(2, provinces).setParameter(3, ReportStatus.WITHDRAWN)
                        .getResultList();
    }

    /** The provinces with reports (any status) in a round. */
    public List<String> provincesOf(String round) {
        return getEntityManager().createQuery("select distinct c.provinceCode from ReportContribution c where "
                + "c.roundCode = ?1", String.class).setParameter(1, round).getResultList();
    }

    /** The (round, province) pairs where these agencies have reports (any status). */
    public List<String[]> placesOf(java.util.Collection<String> agencies) {
        return agencies.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c.roundCode, c.provinceCode from ReportContribution c "
                        + "where c.agencyCode in ?1", Object[].class).setParameter(1, agencies).getResultList().stream()
                        .map(row -> new String[] { (String) row[0], (String) row[1] }).toList();
    }

    /** The states (as JSON, read as values) of these agencies' reports that count (not withdrawn), in every round. */
    public List<String> countingStatesOf(java.util.Collection<String> agencies) {
        return agencies.isEmpty() ? List.of()
                : getEntityManager().createQuery("select c.state from ReportContribution c where c.agencyCode in ?1 "
                        + "and c.status <> ?2", String.class).setParameter(1, agencies)
                        .setParameter(2, ReportStatus.WITHDRAWN).getResultList();
    }

    /** When the latest report version (any status) of a round in a province was written; null when none. */
    public java.time.Instant lastWritten(String round, String province) {
        return getEntityManager().createQuery("select max(c.updatedAt) from ReportContribution c where c.roundCode = ?1 "
                + "and c.provinceCode = ?2", java.time.Instant.class).setParameter(1, round).setParameter(2, province)
                .getSingleResult();
    }
}
