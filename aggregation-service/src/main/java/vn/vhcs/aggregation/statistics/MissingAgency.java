package vn.vhcs.aggregation.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An agency expected to report in a round that has no current report: who has not reported yet. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MissingAgency", description = "An agency expected to report in the round that has no current report.",
        requiredProperties = { "code", "name", "kind" })
public record MissingAgency(
        @Schema(pattern = "^[A-Za-z0-9._-]{2,40}$", examples = "70.SNV") String code,
        @Schema(examples = "Sở Nội vụ tỉnh Bình Phước") String name,
        @Schema(enumeration = { "PROVINCIAL_DEPARTMENT", "OFFICE", "MASS_ORGANISATION", "DISTRICT_COMMITTEE",
                "PUBLIC_SERVICE_UNIT", "ENTERPRISE", "OTHER" }, description = "The agency's kind, as the registry "
                        + "has it now.", examples = "PROVINCIAL_DEPARTMENT")
        String kind,
        @Schema(nullable = true, description = "The emulation bloc (khối thi đua) the province groups the agency in; "
                + "null when the registry names none.", examples = "TĐS3")
        String blocCode) {
}
