package vn.vhcs.gateway.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vhcs.common.security.Role;

/** A client as listed; {@code key} only in the answer to its creation, never again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(UUID id, String name, Role role, List<String> agencies, List<String> provinces,
        boolean reports, String keyPrefix, String key, Instant createdAt, String createdBy, Instant expiresAt,
        Instant revokedAt) {

    static ClientView of(ApiClient c, String key) {
        return new ClientView(c.id, c.name, c.role, c.agencies, c.provinces, c.reportsRead, c.keyPrefix, key,
                c.createdAt, c.createdBy, c.expiresAt, c.revokedAt);
    }
}
