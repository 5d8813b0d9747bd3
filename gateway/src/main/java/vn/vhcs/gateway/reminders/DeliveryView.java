package vn.vhcs.gateway.reminders;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One webhook delivery as the client's delivery log lists it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookDelivery", description = "One webhook to the client and its attempts; absent values are left "
        + "out.", requiredProperties = { "id", "event", "url", "state", "attempts", "createdAt" })
public record DeliveryView(
        @Schema(description = "The delivery's id: the `webhook-id` header of each of its attempts.") UUID id,
        @Schema(type = SchemaType.STRING, enumeration = { "REMINDER", "REVIEWED" }) String event,
        String roundCode, String provinceCode, String agencyCode,
        String url,
        @Schema(type = SchemaType.STRING, enumeration = { "PENDING", "DELIVERED", "FAILED" },
                description = "`PENDING` until the portal answers 2xx (`DELIVERED`), or the retry schedule is spent "
                        + "or the portal answers 410 (`FAILED`). A redelivery makes it `PENDING` again.")
        String state,
        @Schema(minimum = "0", description = "Attempts made, redeliveries included.") int attempts,
        @Schema(description = "The HTTP status of the portal's last answer; absent when it gave none.") Integer lastStatus,
        @Schema(description = "Why the last attempt got no answer.") String lastError,
        Instant createdAt,
        @Schema(description = "When the next attempt is due, while pending.") Instant nextAttemptAt,
        Instant deliveredAt,
        @Schema(description = "For a reminder: who sent it: the officer's username when an officer signed in "
                + "sent it, else the API client's id (`gateway-scheduler` for the scheduled reminders).",
                examples = "bp.thidua") String actedBy,
        @Schema(description = "For a reminder an officer sent: the OIDC client she acted through.",
                examples = "vhcs-dashboard") String actedThrough) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.event, d.roundCode, d.provinceCode, d.agencyCode, d.url, d.state, d.attempts,
                d.lastStatus, d.lastError, d.createdAt, d.nextAttemptAt, d.deliveredAt, d.actedBy, d.actedThrough);
    }
}
