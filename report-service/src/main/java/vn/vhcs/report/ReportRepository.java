package vn.vhcs.report;

import vn.vhcs.contract.ReportStatus;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.common.query.Where;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> forAgencyAndRound(String agencyCode, String roundCode, jakarta.persistence.LockModeType lock) {
        return find("agencyCode = ?1 and roundCode = ?2", agencyCode, roundCode).withLock(lock).firstResultOptional();
    }

    /**
     * Reports matching every given filter, oldest submission first (stable across pages); with
     * {@code updatedSince}, only those changed at or after it, in the order they last changed (then
     * by id), so that a copy kept in sync resumes from the last change it saw.
     */
    public PanacheQuery<Report> search(String province, String round, String agency, ReportStatus status,
            java.time.Instant updatedSince, vn.vhcs.common.security.Caller caller) {
        Where where = new Where();
        if (!caller.admin() && !caller.national()) {
            // only what the caller may read: its agencies, its provinces
            where.and("(agencyCode in :scopeAgencies or provinceCode in :scopeProvinces)", Map.of(
                    "scopeAgencies", caller.role() == vn.vhcs.common.security.Role.SUBMITTER
                            ? withPlaceholder(caller.agencies()) : java.util.List.of("-"),
                    "scopeProvinces", withPlaceholder(caller.provinces())));
        }
        where.equal("provinceCode", province).equal("roundCode", round).equal("agencyCode", agency)
                .equal("status", status);
        if (updatedSince != null) {
            where.and("updatedAt >= :updatedSince", Map.of("updatedSince", updatedSince));
            return find(where.clause(), Sort.by("updatedAt").and("id"), where.params());
        }
        return find(where.clause(), Sort.by("submittedAt").and("id"), where.params());
    }

    /** An IN list cannot be empty. */
    private static java.util.List<String> withPlaceholder(java.util.List<String> codes) {
        return codes.isEmpty() ? java.util.List.of("-") : codes;
    }
}
