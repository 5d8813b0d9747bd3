package vn.vhcs.gateway.clients;

import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    public Optional<ApiClient> byPrefix(String prefix) {
        return find("keyPrefix", prefix).firstResultOptional();
    }
}
