package vn.vhcs.report.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.vhcs.report.ReportStatus;

/** A stored report: the document as submitted plus what the server set. */
public record ReportView(
        UUID id,
        String agencyCode,
        String roundCode,
        String provinceCode,
        int version,
        ReportStatus status,
        Instant submittedAt,
        Instant updatedAt,
        boolean onTime,
        ReportRequest.Document document,
        ReportRequest.Workforce workforce,
        ReportRequest.MemberUnits memberUnits,
        List<ReportRequest.Directive> directives,
        ReportRequest.Indicators indicators,
        List<ReportRequest.Model> models,
        List<ReportRequest.Commendation> commendations,
        List<ReportRequest.EmulationTitle> emulationTitles,
        ReportRequest.Narrative narrative) {
}
