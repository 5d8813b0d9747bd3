package vn.vhcs.report;

import vn.vhcs.contract.ReportStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> forAgencyAndRound(String agencyCode, String roundCode, jakarta.persistence.LockModeType lock) {
        return find("agencyCode = ?1 and roundCode = ?2", agencyCode, roundCode).withLock(lock).firstResultOptional();
    }

    /** Reports matching every given filter, oldest submission first (stable across pages). */
    public PanacheQuery<Report> search(String province, String round, String agency, ReportStatus status,
            vn.vhcs.common.security.Caller caller) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.admin() && !caller.national()) {
            // only what the caller may read: its agencies, its provinces
            where.append(" and (agencyCode in :scopeAgencies or provinceCode in :scopeProvinces)");
            params.put("scopeAgencies", caller.role() == vn.vhcs.common.security.Role.SUBMITTER
                    ? withPlaceholder(caller.agencies()) : java.util.List.of("-"));
            params.put("scopeProvinces", withPlaceholder(caller.provinces()));
        }
        if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (round != null) {
            where.append(" and roundCode = :round");
            params.put("round", round);
        }
        if (agency != null) {
            where.append(" and agencyCode = :agency");
            params.put("agency", agency);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where.toString(), Sort.by("submittedAt").and("id"), params);
    }

    /** An IN list cannot be empty. */
    private static java.util.List<String> withPlaceholder(java.util.List<String> codes) {
        return codes.isEmpty() ? java.util.List.of("-") : codes;
    }
}
