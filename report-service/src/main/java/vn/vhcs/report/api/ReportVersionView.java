package vn.vhcs.report.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.contract.ReportStatus;

/** One entry of a report's audit trail. */
@Schema(name = "ReportVersion", description = "One entry of a report's audit trail.",
        requiredProperties = { "version", "status", "at", "actedBy", "changedFields" })
public record ReportVersionView(
        @Schema(minimum = "1", examples = "2") int version,
        @Schema(description = ReportView.STATUS, type = SchemaType.STRING,
                enumeration = { "SUBMITTED", "REVISED", "WITHDRAWN" }) ReportStatus status,
        @Schema(description = "When this version was written.", examples = "2022-04-28T08:40:02.551Z") Instant at,
        @Schema(description = "Who wrote it or, for a decision, decided: the officer's username when an officer "
                + "signed in acted, else the id of the API client (`bootstrap-admin` for the configured admin key).",
                examples = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d") String actedBy,
        @Schema(description = "For an officer: the OIDC client she acted through (`vhcs-dashboard` for the page, "
                + "`vhcs-cli` for scripts); absent for an API key.", examples = "vhcs-dashboard") String actedThrough,
        @Schema(description = "The top-level fields of the document that changed from the previous version; empty "
                + "for the first one and for a withdrawal.", examples = "[\"workforce\", \"narrative\"]")
        List<String> changedFields,
        @Schema(description = "For a board's decision (`changedFields` is `[\"review\"]`): `ACCEPTED` or `RETURNED`; "
                + "absent otherwise.", type = SchemaType.STRING, enumeration = { "ACCEPTED", "RETURNED" })
        String decision,
        @Schema(description = "The board's comment with its decision; absent otherwise.",
                examples = "Bổ sung số liệu về khen thưởng năm 2021")
        String comment) {
}
