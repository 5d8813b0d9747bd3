package vn.vhcs.gateway.reminders;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One webhook to one client, with its attempts: the client's delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;
    @Column(name = "client_id")
    public UUID clientId;
    public String event;
    @Column(name = "round_code")
    public String roundCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "agency_code")
    public String agencyCode;
    public String url;
    public String body;
    public String status;
    public int attempts;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
