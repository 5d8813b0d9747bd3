package vn.vhcs.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole state of one report version, as events carry it. Mirrors the v2 report document
 * plus the fields the server sets. Field names follow the public JSON contract. A v1 state (schema
 * 1) reads into the same records: its whole numbers are counts ({@link Figure}), its indicator
 * numbers percents, its directives the agency's own.
 */
public record ReportState(
        UUID id,
        String agencyCode,
        String agencyKind,
        String roundCode,
        String provinceCode,
        int version,
        ReportStatus status,
        Instant submittedAt,
        Instant updatedAt,
        Boolean onTime,
        LocalDate receivedOn,
        Document document,
        Workforce workforce,
        MemberUnits memberUnits,
        List<Directive> directives,
        Indicators indicators,
        Integer modelsRegistered,
        List<Model> models,
        Inspections inspections,
        List<Commendation> commendations,
        List<EmulationTitle> emulationTitles,
        Narrative narrative,
        Review review,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> figures) {

    public ReportState {
        figures = figures == null ? java.util.Map.of() : figures;
        directives = directives == null ? List.of() : directives;
        models = models == null ? List.of() : models;
        commendations = commendations == null ? List.of() : commendations;
        emulationTitles = emulationTitles == null ? List.of() : emulationTitles;
    }

    /** A state without the figures by code, as events before the catalogue carried them. */
    public ReportState(UUID id, String agencyCode, String agencyKind, String roundCode, String provinceCode,
            int version, ReportStatus status, Instant submittedAt, Instant updatedAt, Boolean onTime,
            LocalDate receivedOn, Document document, Workforce workforce, MemberUnits memberUnits,
            List<Directive> directives, Indicators indicators, Integer modelsRegistered, List<Model> models,
            Inspections inspections, List<Commendation> commendations, List<EmulationTitle> emulationTitles,
            Narrative narrative, Review review) {
        this(id, agencyCode, agencyKind, roundCode, provinceCode, version, status, submittedAt, updatedAt, onTime,
                receivedOn, document, workforce, memberUnits, directives, indicators, modelsRegistered, models,
                inspections, commendations, emulationTitles, narrative, review, null);
    }

    /**
     * Every figure the report states, by catalogue code: {@link #figures} (added to schema 2 additively: it
     * holds every stated figure, the built-in ones too) and, for events before it, the v2 fields' values
     * under their built-in codes. A state that carries figures carries them all (the producer writes the whole
     * map), so only one without them is read from a JSON tree of itself: the consumer reads this per event.
     */
    public java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> figureValues() {
        return figures.isEmpty() ? vn.vhcs.contract.figures.FigureValues.of(EventCodec.tree(this)) : figures;
    }

    /** The same state with these figures by code. */
    public ReportState withFigures(java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> values) {
        return new ReportState(id, agencyCode, agencyKind, roundCode, provinceCode, version, status, submittedAt,
                updatedAt, onTime, receivedOn, document, workforce, memberUnits, directives, indicators,
                modelsRegistered, models, inspections, commendations, emulationTitles, narrative, review, values);
    }

    /** A state without review, as events before it carried them. */
    public ReportState(UUID id, String agencyCode, String agencyKind, String roundCode, String provinceCode,
            int version, ReportStatus status, Instant submittedAt, Instant updatedAt, Boolean onTime,
            LocalDate receivedOn, Document document, Workforce workforce, MemberUnits memberUnits,
            List<Directive> directives, Indicators indicators, Integer modelsRegistered, List<Model> models,
            Inspections inspections, List<Commendation> commendations, List<EmulationTitle> emulationTitles,
            Narrative narrative) {
        this(id, agencyCode, agencyKind, roundCode, provinceCode, version, status, submittedAt, updatedAt, onTime,
                receivedOn, document, workforce, memberUnits, directives, indicators, modelsRegistered, models,
                inspections, commendations, emulationTitles, narrative, null);
    }

    /** The same state with this board decision (null: none stands). */
    public ReportState withReview(Review review) {
        return new ReportState(id, agencyCode, agencyKind, roundCode, provinceCode, version, status, submittedAt,
                updatedAt, onTime, receivedOn, document, workforce, memberUnits, directives, indicators,
                modelsRegistered, models, inspections, commendations, emulationTitles, narrative, review, figures);
    }

    /** The same state filed under another place (a consumer's own code for a central body's absent province). */
    public ReportState withProvinceCode(String place) {
        return new ReportState(id, agencyCode, agencyKind, roundCode, place, version, status, submittedAt,
                updatedAt, onTime, receivedOn, document, workforce, memberUnits, directives, indicators,
                modelsRegistered, models, inspections, commendations, emulationTitles, narrative, review, figures);
    }

    /** Whether the province's board accepted this version (a later revision takes the acceptance away). */
    public boolean accepted() {
        return review != null && ReviewDecision.ACCEPTED.name().equals(review.decision());
    }

    /** A state without narrative, as events before it carried them. */
    public ReportState(UUID id, String agencyCode, String agencyKind, String roundCode, String provinceCode,
            int version, ReportStatus status, Instant submittedAt, Instant updatedAt, Boolean onTime,
            LocalDate receivedOn, Document document, Workforce workforce, MemberUnits memberUnits,
            List<Directive> directives, Indicators indicators, Integer modelsRegistered, List<Model> models,
            Inspections inspections, List<Commendation> commendations, List<EmulationTitle> emulationTitles) {
        this(id, agencyCode, agencyKind, roundCode, provinceCode, version, status, submittedAt, updatedAt, onTime,
                receivedOn, document, workforce, memberUnits, directives, indicators, modelsRegistered, models,
                inspections, commendations, emulationTitles, null, null);
    }

    /**
     * The board's decision standing on the report (added to schema 2 additively: older events have
     * none). {@code decision} is a {@link ReviewDecision} name, kept as text so that a reader never
     * fails on a decision added later.
     *
     * @param reviewedVersion the version the board reviewed (the review itself is the next one)
     */
    public record Review(String decision, String comment, String reviewedBy, Instant reviewedAt,
            Integer reviewedVersion) {
    }

    /** Every field may be absent: a draft has no number or day yet. */
    public record Document(String number, LocalDate issuedOn, String signerName, String signerTitle) {
    }

    public record Workforce(Integer total, Figure participating, Figure commitmentsSigned) {
    }

    public record MemberUnits(Integer total, Figure withCultureRules, Figure withPlans) {
    }

    /** @param issuer SELF (the agency's own document; also when absent, as in v1) or CITED */
    public record Directive(String kind, String issuer, String issuedBy, String number, LocalDate issuedOn,
            String title) {

        public boolean own() {
            return issuer == null || "SELF".equals(issuer);
        }
    }

    /** Percents only; a bare number (v1) is a percent. */
    public record Indicators(Percentage computerEquipmentPercent, Percentage citizenSatisfactionPercent,
            Percentage digitizedProceduresPercent) {
    }

    public record Model(String name, String sector) {
    }

    public record Inspections(Integer held, Integer violationsFound, Integer violationsHandled) {
    }

    /** Year and count are null when the report does not state them ("biểu dương Trưởng các phòng"). */
    public record Commendation(String form, String recipientKind, Integer year, Integer count) {
    }

    /** Year and count are null when the report does not state them. */
    public record EmulationTitle(String title, Integer year, Figure count) {
    }

    /**
     * The report's free text by section, as the agency wrote it (added to schema 2 additively: older
     * events have none). The province's synthesis report gathers these under the agencies' names.
     */
    public record Narrative(String advantages, String difficulties, String leadership, String communication,
            String results, String goodPractices, String impact, String inspection, String limitations,
            String lessons, String nextTasks, String proposals) {
    }

    /** How many models the report says were registered: the stated number, else the number named. */
    public int modelsTotal() {
        return Math.max(modelsRegistered == null ? 0 : modelsRegistered, models.size());
    }
}
