package vn.vhcs.report.draft.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.report.api.ReportRequest;

/**
 * Reads a report written in Vietnamese administrative style (Nghị định 30/2020 layout) and proposes
 * the v2 report it states, with the catalogue's standard figures that have no v2 field in {@code figures}.
 * Rules only, no network and no model: a fact the text does not state stays absent, and every filled
 * field gets its evidence. Pure Java, so it is tested without Quarkus.
 */
public final class DraftExtractor {

    /** The agency the document is from: its code ("70.SNGV") and name ("Sở Ngoại vụ"). */
    public record Agency(String code, String name) {
    }

    private DraftExtractor() {
    }

    /** Extracts a draft from raw text (any line wrapping); agencyCode and roundCode are set as given. */
    public static Extraction extract(String raw, Agency agency, String roundCode) {
        DraftText doc = new DraftText(TextNormalizer.normalize(raw));
        int bodyEnd = doc.bodyEnd();
        // the readers run in this order because the evidence lists the fields in the order they were filled
        FigureReader figureReader = new FigureReader(doc);
        AwardReader awardReader = new AwardReader(doc);
        NarrativeReader narrativeReader = new NarrativeReader(doc);
        ModelReader modelReader = new ModelReader(doc);
        ReportRequest.Document document = new HeaderReader(doc).document();
        List<ReportRequest.Directive> directives = new DirectiveReader(doc, agency).directives(bodyEnd);
        Map<String, Object> figures = new LinkedHashMap<>();
        List<ReportRequest.EmulationTitle> titles = new ArrayList<>();
        figureReader.percents(bodyEnd, figures, titles);
        awardReader.titlesWithoutPercent(bodyEnd, titles);
        List<ReportRequest.Commendation> commendations = awardReader.commendations(bodyEnd);
        Map<String, List<DraftText.Para>> sections = narrativeReader.sections(bodyEnd);
        ReportRequest.Narrative narrative = narrativeReader.narrative(sections);
        Integer modelsRegistered = modelReader.modelsRegistered(bodyEnd);
        List<ReportRequest.Model> models = modelReader.models(bodyEnd, sections.get("goodPractices"));

        Integer total = figureReader.counts(bodyEnd, figures);
        Map<String, JsonNode> catalogue = new CatalogueFigureReader(doc).figures(bodyEnd, sections);
        ReportRequest.Workforce workforce = total != null || figures.containsKey("participating")
                || figures.containsKey("commitmentsSigned")
                ? new ReportRequest.Workforce(total, (Figure) figures.get("participating"),
                        (Figure) figures.get("commitmentsSigned"))
                : null;
        ReportRequest.MemberUnits memberUnits = figures.containsKey("withCultureRules") || figures.containsKey("withPlans")
                ? new ReportRequest.MemberUnits(null, (Figure) figures.get("withCultureRules"),
                        (Figure) figures.get("withPlans"))
                : null;
        ReportRequest.Indicators indicators = figures.containsKey("computer") || figures.containsKey("satisfaction")
                || figures.containsKey("digitized")
                        ? new ReportRequest.Indicators((Percentage) figures.get("computer"),
                                (Percentage) figures.get("satisfaction"), (Percentage) figures.get("digitized"))
                        : null;
        ReportRequest report = new ReportRequest(agency.code(), roundCode, document, null, workforce, memberUnits,
                directives, indicators, modelsRegistered, models, null, commendations, titles, narrative,
                catalogue.isEmpty() ? null : catalogue);
        return new Extraction(doc.text(), report, doc.evidence());
    }
}
