package vn.vhcs.gateway.clients;

import vn.vhcs.contract.rules.Codes;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vhcs.common.validation.Text;
import vn.vhcs.common.security.Role;

/**
 * Body of {@code POST /clients}. A submitter needs agencies or provinces, a reader provinces
 * ({@code ["national"]} for the whole country); {@code reports} lets a reader read its provinces'
 * reports.
 */
@Schema(name = "ClientRequest", additionalProperties = Schema.False.class, description = "Body of "
        + "`POST /api/v1/clients`. A `SUBMITTER` needs `agencies` or `provinces` (not `national`); a `READER` needs "
        + "`provinces` (`[\"national\"]` for the whole country) and no `agencies`; a `BOARD` needs `provinces` (not "
        + "`national`) and no `agencies`; an `ADMIN` has no scope (any given is ignored). `reports: true` lets a reader read its provinces' reports.")
public record ClientRequest(
        @Schema(description = "Not blank.", examples = "Cổng thông tin điện tử tỉnh Bình Phước")
        @NotBlank @Size(max = 200) @Text String name,
        @Schema(description = ClientView.ROLE)
        @NotNull Role role,
        @Schema(description = "Agency codes a submitter acts for.", examples = "[\"70.SNGV\", \"70.SNV\"]")
        @Size(max = 1000) List<@NotNull @Pattern(regexp = Codes.AGENCY, message = "{vhcs.code.agency}") String> agencies,
        @Schema(description = "Province codes, or `national` (readers only). A board's provinces are the ones it "
                + "reviews and locks.", examples = "[\"70\"]")
        @Size(max = 100) List<@NotNull @Pattern(regexp = Codes.PROVINCE_SCOPE, message = "{vhcs.code.province}") String> provinces,
        @Schema(description = "A reader may also read its provinces' reports.")
        Boolean reports,
        @Schema(description = "When the key stops working; in the future. Absent: never.",
                examples = "2027-12-31T17:00:00Z")
        Instant expiresAt,
        @Schema(description = "Where to send the client's webhooks (reminders to submit, the board's decisions; "
                + "the document's `webhooks`), `http` or `https`. They follow the Standard Webhooks specification, "
                + "signed with the client's `webhookSecret`.", examples = "https://dichvucong.binhphuoc.gov.vn/vhcs/webhook")
        @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "{vhcs.url}") String webhookUrl) {

    public ClientRequest {
        agencies = agencies == null ? List.of() : agencies;
        provinces = provinces == null ? List.of() : provinces;
    }
}
