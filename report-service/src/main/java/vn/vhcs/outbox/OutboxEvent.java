package vn.vhcs.outbox;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
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
    @Column(name = "message_key")
    public String messageKey;
    @Column(name = "event_type")
    public String eventType;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Column(name = "correlation_id")
    public String correlationId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** W3C traceparent of the request that wrote the event (null when not traced). */
    @Column(name = "trace_parent")
    public String traceParent;
    @Column(name = "trace_state")
    public String traceState;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
}
