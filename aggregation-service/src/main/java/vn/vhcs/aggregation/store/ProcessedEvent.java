package vn.vhcs.aggregation.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event already applied; its id is stored in the transaction of the change it caused. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public UUID eventId;
    public String topic;
    public String eventType;
    public Instant processedAt;
}
