package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Statistics of one round in one province, over its current, non-withdrawn reports. Field names
 * are the public contract; fields may be added, never renamed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ProvinceStatistics", description = "Statistics of one round in one province (or the whole country), "
        + "over the current, non-withdrawn reports; computed from each report's latest version and the registry as it "
        + "is now. Field names are the public contract; fields may be added, never renamed.", requiredProperties = {
                "roundCode", "provinceCode", "boundaries", "agenciesExpected", "agenciesReported", "reportingRate",
                "reportedOnTime", "onTimeRate", "agenciesMissing", "workforceTotal", "participating",
                "participationRate", "commitmentsSigned", "commitmentRate", "memberUnits", "models", "commendations",
                "emulationTitles", "advancedWorkerRate", "directives", "indicators", "byAgencyKind", "updatedAt",
                "agenciesAccepted", "coverage", "figures" })
public record ProvinceStatistics(
        @Schema(pattern = "^[A-Z0-9-]{2,40}$", examples = "SO-KET-2022")
        String roundCode,
        /** Null for the national figures. */
        @Schema(nullable = true, pattern = "^[0-9]{2}$", description = "Null for the national figures.",
                examples = "70")
        String provinceCode,
        /** "2025" when pre-merger provinces were rolled into their successors, else null. */
        @Schema(nullable = true, pattern = "^2025$", description = "`2025` when pre-merger provinces were rolled "
                + "into their successors of 1 July 2025, else null.")
        String boundaries,
        @Schema(minimum = "0", description = "Active registered agencies.", examples = "2")
        int agenciesExpected,
        @Schema(minimum = "0", description = "Agencies with a current report.", examples = "1")
        int agenciesReported,
        Rate reportingRate,
        @Schema(minimum = "0", description = "Reports first submitted on or before the province's due date (its own, "
                + "else the round's).", examples = "1")
        int reportedOnTime,
        Rate onTimeRate,
        @Schema(minimum = "0", description = "Expected agencies without a current report: how many have not reported "
                + "yet. Which ones: the paged list at `…/provinces/{province}/missing-agencies`.", examples = "1")
        int agenciesMissing,
        @Schema(minimum = "0", examples = "20")
        long workforceTotal,
        @Schema(minimum = "0", examples = "20")
        long participating,
        Rate participationRate,
        @Schema(minimum = "0", examples = "20")
        long commitmentsSigned,
        Rate commitmentRate,
        MemberUnits memberUnits,
        @Schema(description = "What the reports state, and how, about `participation`, `commitments`, "
                + "`memberUnitsWithCultureRules` and `memberUnitsWithPlans`: counts and percents, with nothing invented.")
        Map<String, Measure> measures,
        Models models,
        @Schema(description = "Summed over years, by form × recipient kind.")
        List<CommendationCount> commendations,
        @Schema(description = "By title × year.")
        List<TitleCount> emulationTitles,
        /** Year → share of workforceTotal holding ADVANCED_WORKER that year. */
        @Schema(description = "Year → `ADVANCED_WORKER` count of that year over `workforceTotal`.")
        Map<String, Rate> advancedWorkerRate,
        Directives directives,
        @Schema(description = "The higher documents (`issuer: CITED`) the reports cite, deduplicated by number (or by "
                + "title when there is none), most cited first, with how many agencies cite each.")
        List<CitedDocument> citedDocuments,
        @Schema(description = "Commendations by year (all forms and recipients).")
        Map<String, Long> commendationsByYear,
        @Schema(description = "Emulation titles stated only as a percent (\"90% đạt Lao động tiên tiến trở lên\"), "
                + "by `TITLE:year`, in the same form as `measures` (over the workforce of each agency).")
        Map<String, Measure> emulationTitleMeasures,
        Inspections inspections,
        @Schema(description = "Indicator name (`computerEquipmentPercent`, `citizenSatisfactionPercent`, "
                + "`digitizedProceduresPercent`) → its summary.")
        Map<String, IndicatorSummary> indicators,
        @Schema(description = "Agency kind (its current one) → the counts for the agencies of that kind.")
        Map<String, KindFigures> byAgencyKind,
        @Schema(description = "Emulation bloc (khối thi đua, the agency's `blocCode`; `NONE` for agencies in no bloc) → "
                + "the counts for the agencies of that bloc.")
        Map<String, KindFigures> byBloc,
        @Schema(nullable = true, description = "When the figures last changed; null when no report ever counted.",
                examples = "2022-04-26T03:12:46.402Z")
        Instant updatedAt,
        @Schema(minimum = "0", description = "Current reports whose latest version the province's board accepted "
                + "(`POST /api/v1/reports/{id}/review`); a revision takes the acceptance away.", examples = "1")
        int agenciesAccepted,
        @Schema(description = "How many of the agencies reported issued their own plan, their own regulation, stated "
                + "commitments, models, the cultural standard title: agencies, not documents (\"2/4 cơ quan đã ban "
                + "hành kế hoạch\").")
        Coverage coverage,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        // described as an open object: a schema that contains itself defeats validators and client generators
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "National figures only: the "
                + "central bodies' part of them (ministries and central agencies, which have no province), with the "
                + "fields of `ProvinceStatistics`; counted in the national totals, never in a province. Absent from a "
                + "province's figures.")
        ProvinceStatistics central,
        @Schema(description = "Figure code → what the reports state about it: every figure of the round's set "
                + "(the codes the round names, else the catalogue's standard figures) and any other figure a report "
                + "states, in the outline's order.")
        Map<String, FigureStatistic> figures) {

    /** The national figures with the central bodies' part of them. */
    public ProvinceStatistics withCentral(ProvinceStatistics part) {
        return new ProvinceStatistics(roundCode, provinceCode, boundaries, agenciesExpected, agenciesReported,
                reportingRate, reportedOnTime, onTimeRate, agenciesMissing, workforceTotal, participating,
                participationRate, commitmentsSigned, commitmentRate, memberUnits, measures, models, commendations,
                emulationTitles, advancedWorkerRate, directives, citedDocuments, commendationsByYear,
                emulationTitleMeasures, inspections, indicators, byAgencyKind, byBloc, updatedAt, agenciesAccepted,
                coverage, part, figures);
    }

    /** The counts of the object, for the agencies of one kind. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "KindFigures", description = "The counts of a statistics object, for the agencies of one kind.",
            requiredProperties = { "agenciesExpected", "agenciesReported", "reportingRate", "reportedOnTime",
                    "onTimeRate", "agenciesMissing", "workforceTotal", "participating", "participationRate",
                    "commitmentsSigned", "commitmentRate", "models" })
    public record KindFigures(@Schema(minimum = "0") int agenciesExpected, @Schema(minimum = "0") int agenciesReported,
            Rate reportingRate, @Schema(minimum = "0") int reportedOnTime, Rate onTimeRate,
            @Schema(minimum = "0", description = "Expected agencies of the kind without a current report.")
            int agenciesMissing,
            @Schema(minimum = "0") long workforceTotal, @Schema(minimum = "0") long participating,
            Rate participationRate, @Schema(minimum = "0") long commitmentsSigned, Rate commitmentRate,
            @Schema(minimum = "0", description = "Total models.") long models,
            @Schema(description = "The catalogue's figures that ask for a breakdown (`breakdown` in their "
                    + "definition), as in the statistics' `figures`, for the agencies of the kind or bloc.")
            Map<String, FigureStatistic> figures) {
    }

    @Schema(name = "MemberUnitStatistics", description = "Member units and the share that put workplace culture into "
            + "their rules.", requiredProperties = { "total", "withCultureRules", "rate" })
    public record MemberUnits(@Schema(minimum = "0") long total, @Schema(minimum = "0") long withCultureRules,
            Rate rate) {
    }

    @Schema(name = "ModelStatistics", description = "Models of good practice: how many the reports say were "
            + "registered (Σ of max(`modelsRegistered`, models named)), how many they name, and by sector (the named "
            + "ones, plus `UNSPECIFIED` for the rest).", requiredProperties = { "total", "named", "bySector" })
    public record Models(@Schema(minimum = "0", examples = "5") long total,
            @Schema(minimum = "0", examples = "2") long named,
            @Schema(description = "Model sector → count (sectors without models are left out; `UNSPECIFIED`: "
                    + "registered but not named).")
            Map<String, Long> bySector) {
    }

    @Schema(name = "CitedDocument", description = "A higher document the reports cite.",
            requiredProperties = { "kind", "agencies" })
    public record CitedDocument(
            @Schema(examples = "733/QĐ-TTg", description = "Absent when the citing reports give no number.") String number,
            @Schema(examples = "DECISION") String kind,
            @Schema(examples = "Thủ tướng Chính phủ") String issuedBy,
            @Schema(description = "The title as most citing reports give it.") String title,
            @Schema(minimum = "1", description = "How many agencies cite it.") long agencies) {
    }

    @Schema(name = "InspectionStatistics", description = "Inspections held, violations found and handled, summed over "
            + "the reports that state them; `reporting`: how many reports state inspections.",
            requiredProperties = { "held", "violationsFound", "violationsHandled", "reporting" })
    public record Inspections(@Schema(minimum = "0") long held, @Schema(minimum = "0") long violationsFound,
            @Schema(minimum = "0") long violationsHandled, @Schema(minimum = "0") int reporting) {
    }

    @Schema(name = "CommendationCount", description = "Commendations of one form to one kind of recipient.",
            requiredProperties = { "form", "recipientKind", "count" })
    public record CommendationCount(
            @Schema(enumeration = { "ORDER", "MEDAL", "PRIME_MINISTER_MERIT", "MINISTRY_PROVINCE_MERIT",
                    "CERTIFICATE_OF_MERIT", "PRAISE" }, description = "The commendation form (Luật Thi đua, khen "
                            + "thưởng 2022, Art. 9; `PRAISE` biểu dương).")
            String form,
            @Schema(enumeration = { "COLLECTIVE", "INDIVIDUAL" }) String recipientKind,
            @Schema(minimum = "0", examples = "4") long count) {
    }

    @Schema(name = "TitleCount", description = "Emulation titles of one kind in one year.",
            requiredProperties = { "title", "count" })
    public record TitleCount(
            @Schema(enumeration = { "GOVERNMENT_EMULATION_FLAG", "PROVINCIAL_EMULATION_FLAG",
                    "EXCELLENT_LABOUR_COLLECTIVE", "ADVANCED_LABOUR_COLLECTIVE", "CULTURAL_STANDARD_UNIT", "NATIONAL_EMULATION_FIGHTER",
                    "PROVINCIAL_EMULATION_FIGHTER", "GRASSROOTS_EMULATION_FIGHTER", "ADVANCED_WORKER" },
                    description = "The emulation title (danh hiệu thi đua).")
            String title,
            @Schema(examples = "2021", description = "Absent when the report does not say.") Integer year,
            @Schema(minimum = "0", examples = "18") long count) {
    }

    @Schema(name = "DirectiveStatistics", description = "The agencies' own directives (`issuer: SELF`): total and by kind.",
            requiredProperties = { "total", "byKind" })
    public record Directives(@Schema(minimum = "0", examples = "5") long total,
            @Schema(description = "Directive kind → count (kinds without directives are left out).")
            Map<String, Long> byKind) {
    }

    /** Over the agencies that gave the indicator; null figures when none did. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "IndicatorSummary", description = "One indicator over the agencies that gave it; null figures when "
            + "none did.", requiredProperties = { "mean", "min", "max", "reported" })
    public record IndicatorSummary(
            @Schema(type = SchemaType.NUMBER, nullable = true, description = "Rounded to 5 decimals.",
                    examples = "100")
            BigDecimal mean,
            @Schema(type = SchemaType.NUMBER, nullable = true, examples = "100") BigDecimal min,
            @Schema(type = SchemaType.NUMBER, nullable = true, examples = "100") BigDecimal max,
            @Schema(minimum = "0", description = "How many agencies gave the figure.", examples = "1") int reported) {
    }
}
