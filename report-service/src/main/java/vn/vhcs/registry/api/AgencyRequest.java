package vn.vhcs.registry.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.contract.rules.Codes;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vhcs.common.validation.Count;
import vn.vhcs.registry.AgencyKind;

/** Body of {@code PUT /agencies/{code}}. */
@Schema(name = "AgencyRequest", additionalProperties = Schema.False.class,
        description = "Body of `PUT /api/v1/agencies/{code}`; the code is in the path.")
public record AgencyRequest(
        @Schema(description = "Not blank.", examples = "Sở Ngoại vụ tỉnh Bình Phước")
        @NotBlank @Size(max = 300) String name,
        @NotNull AgencyKind kind,
        @Schema(description = "A known province (else 422); required (400) except for the central bodies (kinds "
                + "`MINISTRY`, `CENTRAL_AGENCY`, codes `TW.<…>`), which have none (400 if given).",
                pattern = "^" + Codes.PROVINCE + "$", examples = "70")
        @Pattern(regexp = Codes.PROVINCE, message = "must be a two-digit province code") String provinceCode,
        @Schema(description = "A registered agency (else 422), not the agency itself (400).",
                pattern = "^" + Codes.AGENCY + "$", examples = "70.UBND")
        @Pattern(regexp = Codes.AGENCY, message = "must be an agency code") String parentCode,
        @Schema(description = "The first day it exists; absent when unknown (long-standing).", examples = "2008-08-01")
        LocalDate validFrom,
        @Schema(description = "The last day it exists, when dissolved or merged; not before validFrom (400). Absent: "
                + "it lasts (a PUT without it reactivates a deactivated agency).", examples = "2025-06-30")
        LocalDate validTo,
        @Schema(description = "The agency that took over: a registered agency (else 422), not the agency itself "
                + "(400).", pattern = "^" + Codes.AGENCY + "$", examples = "75.SNGV")
        @Pattern(regexp = Codes.AGENCY, message = "{vhcs.code.agency}") String successorCode,
        @Schema(description = "Its emulation bloc (khối thi đua) as the province names it: 1 to 40 letters, digits, "
                + "`.`, `_`, `-`.", pattern = "^" + Codes.BLOC + "$", examples = "TĐS3")
        @Pattern(regexp = Codes.BLOC, message = "{vhcs.code.bloc}") String blocCode,
        @Schema(description = "Its headcount as the province's Sở Nội vụ knows it: the base for a report that gives "
                + "only percentages.", minimum = "0", maximum = "1000000", examples = "20")
        @Count Integer staffing,
        @Schema(description = "Its e-mail address: reminders to report are also sent there "
                + "(`POST /api/v1/rounds/{round}/provinces/{province}/reminders`). Absent: none.", format = "email",
                maxLength = 254, examples = "sngv@binhphuoc.gov.vn")
        @Email @Size(max = 254) String email,
        @Schema(description = "The day from which the body describes the agency (its name, kind, province, parent, "
                + "successor, bloc and staffing); its earlier states are kept, and a round whose period ended before "
                + "that day still reads them. Absent: today (in Vietnam). Not after today (400). A day on or before "
                + "`validFrom`, and the first PUT of an agency, describe it from its beginning. `validFrom`, "
                + "`validTo` and `email` are the agency's own, whatever the day.", examples = "2025-07-01")
        LocalDate effectiveFrom) {

    /** The body as it was before validity, bloc and staffing: none of them. */
    public AgencyRequest(String name, AgencyKind kind, String provinceCode, String parentCode) {
        this(name, kind, provinceCode, parentCode, null, null, null, null, null, null, null);
    }
}
