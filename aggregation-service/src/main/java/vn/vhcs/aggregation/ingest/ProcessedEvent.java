package vn.vhcs.aggregation.ingest;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event already applied; its id is stored in the transaction of the change it caused. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    public String topic;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "processed_at")
    public Instant processedAt;
}
