package vn.vhcs.report;

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
    public PanacheQuery<Report> search(String province, String round, String agency, ReportStatus status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
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
}
