package vn.vhcs.report.draft;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DraftRepository implements PanacheRepositoryBase<Draft, UUID> {
}
