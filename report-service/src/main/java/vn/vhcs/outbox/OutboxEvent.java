package vn.vhcs.outbox;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event waiting for (or done with) publication; written in the transaction of its change. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;
    public String topic;
    public String messageKey;
    public String eventType;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    public String correlationId;
    public Instant createdAt;
    public Instant publishedAt;
    /** W3C traceparent of the request that wrote the event (null when not traced). */
    public String traceParent;
    public String traceState;
    public int attempts;
    public String lastError;
}
