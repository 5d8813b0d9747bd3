package vn.vhcs.gateway.reminders;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one run of reminders for a (round, province) sent. */
@Schema(name = "ReminderRun", description = "The reminders one run queued: one signed webhook per agency that has "
        + "not reported and per portal client acting for it (with a `webhookUrl`). Each is delivered, and retried, "
        + "in the background: see `GET /api/v1/clients/{id}/deliveries`.",
        requiredProperties = { "roundCode", "provinceCode", "agenciesMissing", "webhooks", "agenciesWithoutWebhook",
                "emails", "emailsFailed", "actedBy" })
public record ReminderRun(
        @Schema(examples = "SO-KET-2022") String roundCode,
        @Schema(examples = "70") String provinceCode,
        @Schema(description = "Expected agencies without a current report.", examples = "3") int agenciesMissing,
        @Schema(description = "Webhooks queued.", examples = "3") int webhooks,
        @Schema(description = "Agencies no portal with a webhook acts for: no webhook told them (an e-mail may have).")
        List<String> agenciesWithoutWebhook,
        @Schema(description = "E-mails sent (in Vietnamese) to the missing agencies that have an `email` in the "
                + "registry; 0 when the gateway sends no e-mail (`vhcs.reminders.mail-from` unset).", examples = "2")
        int emails,
        @Schema(description = "E-mails the mail server refused or that could not be sent (not retried).",
                examples = "0")
        int emailsFailed,
        @Schema(description = "Who sent the reminders: the officer's username when an officer signed in sent them, "
                + "else the API client's id; each delivery records it too.", examples = "bp.thidua") String actedBy,
        @Schema(description = "For an officer: the OIDC client she acted through; absent for an API key.",
                examples = "vhcs-dashboard") String actedThrough) {
}
