package vn.vhcs.report.review;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.report.Report;

/** The board's decision standing on a report, as the report's view shows it. */
@Schema(name = "Review", description = "The province board's decision standing on a report.",
        requiredProperties = { "decision", "reviewedBy", "reviewedAt", "reviewedVersion" })
public record ReviewView(
        @Schema(type = SchemaType.STRING, enumeration = { "ACCEPTED", "RETURNED" },
                description = "`ACCEPTED`: counted among the accepted reports. `RETURNED`: sent back to the agency, "
                        + "which revises it (PUT) to submit it again.")
        String decision,
        @Schema(description = "The board's comment; always there with `RETURNED`.",
                examples = "Bổ sung số liệu về khen thưởng năm 2021")
        String comment,
        @Schema(description = "The id of the board's API client (`bootstrap-admin` for the configured admin key).",
                examples = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d")
        String reviewedBy,
        @Schema(examples = "2022-05-05T02:30:00Z") Instant reviewedAt,
        @Schema(minimum = "1", description = "The version the board reviewed; the decision is the next version.",
                examples = "2")
        int reviewedVersion) {

    /** The decision standing on the report, null when none. */
    public static ReviewView of(Report report) {
        return report.reviewDecision == null ? null
                : new ReviewView(report.reviewDecision, report.reviewComment, report.reviewedBy, report.reviewedAt,
                        report.reviewedVersion == null ? report.version - 1 : report.reviewedVersion);
    }
}
