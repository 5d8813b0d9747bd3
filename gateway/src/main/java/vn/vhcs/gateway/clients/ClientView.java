package vn.vhcs.gateway.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vhcs.common.idempotency.ShownOnce;
import vn.vhcs.common.security.Role;

/** A client as listed; {@code key} only in the answer to its creation, never again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Client", description = "An API client. `key` is only in the answer to its creation, never again; "
        + "absent values are left out.", requiredProperties = { "id", "name", "role", "agencies", "provinces",
                "reports", "keyPrefix", "createdAt", "createdBy" })
public record ClientView(
        @Schema(examples = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(examples = "Cổng thông tin điện tử tỉnh Bình Phước") String name,
        @Schema(description = ROLE) Role role,
        @Schema(description = "Agency codes a submitter acts for.") List<String> agencies,
        @Schema(description = "Province codes, or `national`.") List<String> provinces,
        @Schema(description = "A reader may read its provinces' reports.") boolean reports,
        @Schema(pattern = "^[a-z0-9]{10}$", description = "The public part of the key (`vhcs_<prefix>_…`), to "
                + "recognise it.", examples = "k3d9x2m7qa")
        String keyPrefix,
        @Schema(pattern = "^vhcs_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$", description = "The whole API key, only in the "
                + "answer to `POST /api/v1/clients`. Only its hash is kept: store it now.")
        String key,
        @Schema(description = "When created.", examples = "2022-03-20T01:30:00Z") Instant createdAt,
        @Schema(description = "Who created it: the id of the admin client (`bootstrap-admin` for the configured "
                + "admin key), or the username of the ADMIN officer.", examples = "bootstrap-admin")
        String createdBy,
        @Schema(description = "When the key stops working; absent: never.") Instant expiresAt,
        @Schema(description = "When the key was revoked; absent while it works.") Instant revokedAt,
        @Schema(description = "Where the client's webhooks go; absent: none.") String webhookUrl,
        @Schema(pattern = "^whsec_[A-Za-z0-9+/]+={0,2}$", description = "The secret its webhooks are signed with "
                + "(Standard Webhooks: `whsec_` and the base64 of the key), only in the answer to its creation: store "
                + "it now. `POST /api/v1/clients/{id}/webhook-secret` gives a new one.") String webhookSecret)
        implements ShownOnce {

    static final String ROLE = "`ADMIN`: registry writes, API clients, everything. `SUBMITTER`: submits, revises, "
            + "withdraws and reads the reports of its agencies or provinces. `READER`: reads the statistics of its "
            + "provinces (or of the whole country with `national`), and their reports only if granted. `BOARD`: a province's "
            + "emulation board: reads the reports and statistics of its provinces, reviews the reports "
            + "(`POST /api/v1/reports/{id}/review`) and locks its provinces for a round.";

    /** A retried creation shows the client as listed: the key and the webhook secret are never kept. */
    @Override
    public Object replayed() {
        return new ClientView(id, name, role, agencies, provinces, reports, keyPrefix, null, createdAt, createdBy,
                expiresAt, revokedAt, webhookUrl, null);
    }

    static ClientView of(ApiClient c, String key) {
        return new ClientView(c.id, c.name, c.role, c.agencies, c.provinces, c.reportsRead, c.keyPrefix, key,
                c.createdAt, c.createdBy, c.expiresAt, c.revokedAt, c.webhookUrl, key == null ? null : c.webhookSecret);
    }
}
