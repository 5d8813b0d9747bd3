package vn.vhcs.report.history;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportVersionRepository implements PanacheRepositoryBase<ReportVersion, ReportVersion.Key> {

    public PanacheQuery<ReportVersion> of(UUID reportId) {
        return find("key.reportId = ?1 order by key.version", reportId);
    }
}
