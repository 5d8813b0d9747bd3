package vn.vhcs.gateway.reminders;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One webhook to one client, with its attempts: the client's delivery log. Its id is the
 * {@code webhook-id} of every attempt, so a portal recognises a retry or a redelivery.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;
    public UUID clientId;
    public String event;
    public String roundCode;
    public String provinceCode;
    public String agencyCode;
    public String url;
    public String body;
    public String state;
    public int attempts;
    /** The attempt the retry schedule counts from: 0, or the attempts made before the last redelivery. */
    public int scheduleFrom;
    public Integer lastStatus;
    public String lastError;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant deliveredAt;
    /** For a reminder: who sent it (the officer, else the API client, or the schedule). */
    public String actedBy;
    /** The OIDC client the officer acted through; null for an API key or the schedule. */
    public String actedThrough;

    /** A delivery of {@code event} to {@code portal}'s webhook, due now; its body is set by the caller. */
    public static WebhookDelivery pending(UUID clientId, String url, String event, String round, String province,
            String agency, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.id = UUID.randomUUID();
        d.clientId = clientId;
        d.event = event;
        d.roundCode = round;
        d.provinceCode = province;
        d.agencyCode = agency;
        d.url = url;
        d.state = PENDING;
        d.createdAt = now;
        d.nextAttemptAt = now;
        return d;
    }
}
