package vn.vhcs.gateway.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vhcs.common.security.Role;

/** A portal, dashboard or administrator holding one API key. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Role role;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> agencies;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> provinces;
    public boolean reportsRead;
    public String keyPrefix;
    /** SHA-256 of the whole key, hex. */
    public String keyHash;
    public Instant createdAt;
    public String createdBy;
    public Instant expiresAt;
    public Instant revokedAt;
    /** Where the client's webhooks go (reminders); null: none. */
    public String webhookUrl;
    /** The key its webhooks are signed with ({@code whsec_<base64>}); shown once, at creation or rotation. */
    public String webhookSecret;
    /** The secret the last rotation replaced: it still signs, beside the new one, until {@link #webhookPreviousSecretUntil}. */
    public String webhookPreviousSecret;
    public Instant webhookPreviousSecretUntil;

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** The secrets its webhooks are signed with at {@code now}: the current one, and the previous one while it overlaps. */
    public List<String> webhookSecretsAt(Instant now) {
        if (webhookPreviousSecret != null && webhookPreviousSecretUntil != null && now.isBefore(webhookPreviousSecretUntil)) {
            return List.of(webhookSecret, webhookPreviousSecret);
        }
        return List.of(webhookSecret);
    }

    /** Whether this client acts for {@code agency} of {@code province}: the agency or the province is in its scope. */
    public boolean actsFor(String agency, String province) {
        return agencies.contains(agency) || provinces.contains(province);
    }
}
