package vn.vhcs.report.idempotency;

import java.io.Serializable;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    public String responseBody;
    @JdbcTypeCode(SqlTypes.JSON)
    public String responseHeaders;
    public Instant createdAt;
    public Instant completedAt;
    public Instant expiresAt;

    @Embeddable
    public record Key(String clientId,
            String idempotencyKey) implements Serializable {
    }
}
