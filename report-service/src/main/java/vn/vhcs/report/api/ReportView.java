package vn.vhcs.report.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.contract.ReportStatus;

/** A stored report: the document as submitted plus what the server set. */
@Schema(name = "ReportView", description = "A stored report: the document as last submitted or revised, plus what "
        + "the server set. Null values are left out: `document`, `workforce` and every other object the report does not "
        + "state are absent.", requiredProperties = { "id", "agencyCode", "roundCode", "version",
                "status", "submittedAt", "updatedAt", "onTime", "directives", "models", "commendations",
                "emulationTitles" })
public record ReportView(
        @Schema(description = "Set by the server; stays the same across versions and resubmissions.",
                examples = "3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53")
        UUID id,
        @Schema(description = ReportRequest.AGENCY_CODE, pattern = "^[A-Za-z0-9._-]{2,40}$", examples = "70.SNGV")
        String agencyCode,
        @Schema(description = ReportRequest.ROUND_CODE, pattern = "^[A-Z0-9-]{2,40}$", examples = "SO-KET-2022")
        String roundCode,
        @Schema(description = "The agency's province (official two-digit code) at the end of the round's period, set "
                + "by the server; absent for a central body (a ministry or central agency), which has none.",
                pattern = "^[0-9]{2}$", examples = "70")
        String provinceCode,
        @Schema(minimum = "1", description = "1 on the first submission, +1 on every revision, withdrawal and "
                + "resubmission; the ETag is this number in quotes.", examples = "1")
        int version,
        @Schema(description = STATUS, type = SchemaType.STRING, enumeration = { "SUBMITTED", "REVISED", "WITHDRAWN" })
        ReportStatus status,
        @Schema(description = "The first submission; stays when a withdrawn report is submitted again.",
                examples = "2022-04-26T03:12:45.118Z")
        Instant submittedAt,
        @Schema(description = "The latest change.", examples = "2022-04-26T03:12:45.118Z")
        Instant updatedAt,
        @Schema(description = "Whether the report reached the board — its first submission, or `receivedOn` when an "
                + "admin set it — on or before the due date in force for the report's province (Vietnamese calendar): "
                + "the province's own one for the round, else the round's.")
        boolean onTime,
        @Schema(description = "The day a paper report reached the board, set by an admin; absent otherwise.",
                examples = "2022-04-27")
        java.time.LocalDate receivedOn,
        ReportRequest.Document document,
        ReportRequest.Workforce workforce,
        ReportRequest.MemberUnits memberUnits,
        @Schema(description = ReportRequest.DIRECTIVES)
        List<ReportRequest.Directive> directives,
        ReportRequest.Indicators indicators,
        @Schema(description = "How many models of good practice the report says were registered (absent: as many as named).")
        Integer modelsRegistered,
        @Schema(description = ReportRequest.MODELS)
        List<ReportRequest.Model> models,
        ReportRequest.Inspections inspections,
        @Schema(description = ReportRequest.COMMENDATIONS)
        List<ReportRequest.Commendation> commendations,
        @Schema(description = ReportRequest.EMULATION_TITLES)
        List<ReportRequest.EmulationTitle> emulationTitles,
        ReportRequest.Narrative narrative,
        @Schema(description = "The province board's decision standing on this version; absent when none (a new "
                + "version is to be reviewed again). A `RETURNED` report waits for the agency's revision, which makes "
                + "it `SUBMITTED` again.")
        vn.vhcs.report.review.ReviewView review,
        @Schema(description = "Every figure the report states, by the catalogue's code: those given under `figures` "
                + "and the built-in figures stated in their v2 fields (`workforce.participating` is also "
                + "`figures.participation`), each in its kind's form.", type = SchemaType.OBJECT,
                additionalProperties = FigureValue.class, example = ReportRequest.FIGURES_EXAMPLE)
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> figures) {

    static final String STATUS = "`SUBMITTED` after a POST (the first submission, or again after a withdrawal), "
            + "`REVISED` after a PUT, `WITHDRAWN` after a DELETE (kept with its history, no longer counted). A PUT to a "
            + "report the board returned makes it `SUBMITTED` again. The board's decision is in `review`.";
}
