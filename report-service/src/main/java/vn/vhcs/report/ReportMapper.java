package vn.vhcs.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.contract.ReportState;
import vn.vhcs.registry.AgencyKind;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportView;

/** Explicit mappings between the stored report, its API view and its event state. */
@ApplicationScoped
@RequiredArgsConstructor
public class ReportMapper {

    private final ObjectMapper json;

    /** Sets the report's body to the document, and keeps the document for this request's answer and event. */
    public void write(Report report, ReportRequest document) {
        report.body = toBody(document);
        report.written = document;
        report.writtenBody = report.body;
        report.writtenOnTime = null;
        report.writtenFigures = null;
    }

    public String toBody(ReportRequest document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReportRequest document(Report report) {
        if (report.written != null && report.writtenBody == report.body) {
            return report.written; // written in this request: no need to parse it back
        }
        try {
            return json.readValue(report.body, ReportRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored report " + report.id + " cannot be read", e);
        }
    }

    public ReportView view(Report report, ReportRequest d, boolean onTime) {
        return new ReportView(report.id, report.agencyCode, report.roundCode, report.provinceCode, report.version,
                report.status, report.submittedAt, report.updatedAt, onTime, d.receivedOn(), d.document(),
                d.workforce(), d.memberUnits(), d.directives(), d.indicators(), d.modelsRegistered(), d.models(),
                d.inspections(), d.commendations(), d.emulationTitles(), d.narrative(),
                vn.vhcs.report.review.ReviewView.of(report), figures(report, d));
    }

    public ReportState state(Report report, ReportRequest d, AgencyKind agencyKind, boolean onTime) {
        var doc = d.document();
        var w = d.workforce();
        var units = d.memberUnits();
        var ind = d.indicators();
        var inspections = d.inspections();
        return new ReportState(report.id, report.agencyCode, agencyKind.name(), report.roundCode, report.provinceCode,
                report.version, report.status, report.submittedAt, report.updatedAt, onTime, d.receivedOn(),
                doc == null ? null
                        : new ReportState.Document(doc.number(), doc.issuedOn(), doc.signerName(), doc.signerTitle()),
                w == null ? null : new ReportState.Workforce(w.total(), w.participating(), w.commitmentsSigned()),
                units == null ? null
                        : new ReportState.MemberUnits(units.total(), units.withCultureRules(), units.withPlans()),
                d.directives().stream()
                        .map(x -> new ReportState.Directive(x.kind().name(),
                                (x.issuer() == null ? DirectiveIssuer.SELF : x.issuer()).name(), x.issuedBy(),
                                x.number(), x.issuedOn(), x.title()))
                        .toList(),
                ind == null ? null
                        : new ReportState.Indicators(ind.computerEquipmentPercent(), ind.citizenSatisfactionPercent(),
                                ind.digitizedProceduresPercent()),
                d.modelsRegistered(),
                d.models().stream().map(x -> new ReportState.Model(x.name(), x.sector().name())).toList(),
                inspections == null ? null
                        : new ReportState.Inspections(inspections.held(), inspections.violationsFound(),
                                inspections.violationsHandled()),
                d.commendations().stream().map(x -> new ReportState.Commendation(x.form().name(),
                        x.recipientKind().name(), x.year(), x.count())).toList(),
                d.emulationTitles().stream()
                        .map(x -> new ReportState.EmulationTitle(x.title().name(), x.year(), x.count())).toList(),
                narrative(d.narrative()))
                .withReview(report.reviewDecision == null ? null
                        : new ReportState.Review(report.reviewDecision, report.reviewComment, report.reviewedBy,
                                report.reviewedAt, report.reviewedVersion))
                .withFigures(figures(report, d));
    }

    /** Every figure the document states, by code: its {@code figures} and the built-ins' v2 fields. */
    private java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> figures(ReportRequest d) {
        return vn.vhcs.contract.figures.FigureValues.of(json.valueToTree(d));
    }

    /**
     * {@link #figures(ReportRequest)} of the report's document, found once per request for the document
     * it was written from: a submission's event and its answer both carry them, and the document is a
     * tree of 8 KB or more to build.
     */
    private java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> figures(Report report, ReportRequest d) {
        if (d != report.written) {
            return figures(d);
        }
        if (report.writtenFigures == null) {
            report.writtenFigures = figures(d);
        }
        return report.writtenFigures;
    }

    private static ReportState.Narrative narrative(ReportRequest.Narrative n) {
        return n == null ? null
                : new ReportState.Narrative(n.advantages(), n.difficulties(), n.leadership(), n.communication(),
                        n.results(), n.goodPractices(), n.impact(), n.inspection(), n.limitations(), n.lessons(),
                        n.nextTasks(), n.proposals());
    }
}
