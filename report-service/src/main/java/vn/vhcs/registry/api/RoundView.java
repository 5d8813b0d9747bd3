package vn.vhcs.registry.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.registry.ReportingRound;
import vn.vhcs.registry.RoundKind;

@Schema(name = "Round", description = "A reporting round (đợt báo cáo).",
        requiredProperties = { "code", "kind", "periodStart", "periodEnd", "dueDate", "closesOn" })
public record RoundView(
        @Schema(description = "A reporting round's code: 2 to 40 of A–Z, 0–9, `-`.", pattern = "^[A-Z0-9-]{2,40}$",
                examples = "SO-KET-2022")
        String code,
        RoundKind kind,
        @Schema(description = "First day of the period reported on.", examples = "2019-06-14")
        LocalDate periodStart,
        @Schema(description = "Last day of the period reported on.", examples = "2022-03-31")
        LocalDate periodEnd,
        @Schema(description = "Deadline of the round, unless a province has its own.", examples = "2022-04-30")
        LocalDate dueDate,
        @Schema(description = "Last day (Vietnamese calendar) on which reports are submitted, revised or withdrawn; "
                + "afterwards 409 `urn:vhcs:problem:round-closed`.", examples = "2022-06-30")
        LocalDate closesOn,
        @Schema(description = "The figure codes the round was given, as set; absent when none were (the round then "
                + "asks for the standard set). " + RoundRequest.FIGURES, examples = "[\"trainingsHeld\", "
                + "\"digitalTransformationLevel\"]")
        java.util.List<String> figures) {

    public static RoundView of(ReportingRound r) {
        return new RoundView(r.code, r.kind, r.periodStart, r.periodEnd, r.dueDate, r.closesOn,
                r.figures == null || r.figures.isEmpty() ? null : r.figures);
    }
}
