package vn.vhcs.report.idempotency;

import java.io.Serializable;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first answer given to an Idempotency-Key of a client; null status while still running. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public Key key;
    public String method;
    public String path;
    public String fingerprint;
    public Integer status;
    @Column(name = "response_body")
    public String responseBody;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "response_headers")
    public String responseHeaders;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Embeddable
    public record Key(@Column(name = "client_id") String clientId,
            @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }
}
