package vn.vhcs.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vhcs.registry.AgencyKind;

/** Body of {@code PUT /agencies/{code}}. */
public record AgencyRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull AgencyKind kind,
        @NotNull @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String provinceCode,
        @Pattern(regexp = "[A-Za-z0-9._-]{2,40}", message = "must be an agency code") String parentCode) {
}
