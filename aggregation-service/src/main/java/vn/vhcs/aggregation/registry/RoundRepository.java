package vn.vhcs.aggregation.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<ReportingRound, String> {
}
