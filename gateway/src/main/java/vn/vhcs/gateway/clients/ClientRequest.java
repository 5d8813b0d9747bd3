package vn.vhcs.gateway.clients;

import java.time.Instant;
import java.util.List;

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
public record ClientRequest(
        @NotBlank @Size(max = 200) @Text String name,
        @NotNull Role role,
        @Size(max = 1000) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{2,40}", message = "{vhcs.code.agency}") String> agencies,
        @Size(max = 100) List<@NotNull @Pattern(regexp = "\\d{2}|national", message = "{vhcs.code.province}") String> provinces,
        Boolean reports,
        Instant expiresAt) {

    public ClientRequest {
        agencies = agencies == null ? List.of() : agencies;
        provinces = provinces == null ? List.of() : provinces;
    }
}
