package vn.vhcs.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole state of one report version, as events carry it. Mirrors the v1 report document
 * plus the fields the server sets. Field names follow the public JSON contract.
 */
public record ReportState(
        UUID id,
        String agencyCode,
        String agencyKind,
        String roundCode,
        String provinceCode,
        int version,
        String status,
        Instant submittedAt,
        Instant updatedAt,
        Boolean onTime,
        Document document,
        Workforce workforce,
        MemberUnits memberUnits,
        List<Directive> directives,
        Indicators indicators,
        List<Model> models,
        List<Commendation> commendations,
        List<EmulationTitle> emulationTitles) {

    public record Document(String number, LocalDate issuedOn, String signerName, String signerTitle) {
    }

    public record Workforce(int total, int participating, int commitmentsSigned) {
    }

    public record MemberUnits(Integer total, Integer withCultureRules) {
    }

    public record Directive(String kind, String number, LocalDate issuedOn, String title) {
    }

    public record Indicators(BigDecimal computerEquipmentPercent, BigDecimal citizenSatisfactionPercent,
            BigDecimal digitizedProceduresPercent) {
    }

    public record Model(String name, String sector) {
    }

    public record Commendation(String form, String recipientKind, int year, int count) {
    }

    public record EmulationTitle(String title, int year, int count) {
    }
}
