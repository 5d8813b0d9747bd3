package vn.vhcs.report.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vhcs.common.validation.Count;
import vn.vhcs.common.validation.Text;
import vn.vhcs.report.CommendationForm;
import vn.vhcs.report.DirectiveKind;
import vn.vhcs.report.EmulationTitleKind;
import vn.vhcs.report.ModelSector;
import vn.vhcs.report.RecipientKind;

/**
 * The v1 report document of DESIGN.md, as a portal sends it. Only these fields are accepted
 * (unknown ones are refused); the server sets id, version, status, dates and province.
 */
public record ReportRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{2,40}", message = "{vhcs.code.agency}") String agencyCode,
        @NotNull @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "{vhcs.code.round}") String roundCode,
        @NotNull @Valid Document document,
        @NotNull @Valid Workforce workforce,
        @Valid MemberUnits memberUnits,
        @Size(max = 200) List<@NotNull @Valid Directive> directives,
        @Valid Indicators indicators,
        @Size(max = 500) List<@NotNull @Valid Model> models,
        @Size(max = 500) List<@NotNull @Valid Commendation> commendations,
        @Size(max = 200) List<@NotNull @Valid EmulationTitle> emulationTitles,
        @Valid Narrative narrative) {

    /** Lists absent from the body are empty lists. */
    public ReportRequest {
        directives = directives == null ? List.of() : directives;
        models = models == null ? List.of() : models;
        commendations = commendations == null ? List.of() : commendations;
        emulationTitles = emulationTitles == null ? List.of() : emulationTitles;
    }

    /** The report as a document: number, date, signer. */
    public record Document(
            @Size(max = 100) @Text String number,
            @NotNull LocalDate issuedOn,
            @Size(max = 200) @Text String signerName,
            @Size(max = 200) @Text String signerTitle) {
    }

    /** Cán bộ, công chức, viên chức và người lao động of the agency. */
    public record Workforce(
            @NotNull @Count Integer total,
            @NotNull @Count Integer participating,
            @NotNull @Count Integer commitmentsSigned) {
    }

    /** For umbrella bodies: member units and how many put workplace culture into their rules. */
    public record MemberUnits(
            @Count Integer total,
            @Count Integer withCultureRules) {
    }

    public record Directive(
            @NotNull DirectiveKind kind,
            @Size(max = 100) @Text String number,
            LocalDate issuedOn,
            @Size(max = 1000) @Text String title) {
    }

    public record Indicators(
            @DecimalMin(value = "0", message = "{vhcs.percent}") @DecimalMax(value = "100", message = "{vhcs.percent}") BigDecimal computerEquipmentPercent,
            @DecimalMin(value = "0", message = "{vhcs.percent}") @DecimalMax(value = "100", message = "{vhcs.percent}") BigDecimal citizenSatisfactionPercent,
            @DecimalMin(value = "0", message = "{vhcs.percent}") @DecimalMax(value = "100", message = "{vhcs.percent}") BigDecimal digitizedProceduresPercent) {
    }

    /** A model of good practice (mô hình). */
    public record Model(
            @NotBlank @Size(max = 500) @Text String name,
            @NotNull ModelSector sector,
            @Size(max = 5000) @Text(multiline = true) String description) {
    }

    public record Commendation(
            @NotNull CommendationForm form,
            @NotNull RecipientKind recipientKind,
            @NotNull @Min(1900) @Max(2100) Integer year,
            @NotNull @Count Integer count,
            @Size(max = 1000) @Text String note) {
    }

    public record EmulationTitle(
            @NotNull EmulationTitleKind title,
            @NotNull @Min(1900) @Max(2100) Integer year,
            @NotNull @Count Integer count) {
    }

    public record Narrative(
            @Size(max = 20000) @Text(multiline = true) String advantages,
            @Size(max = 20000) @Text(multiline = true) String difficulties,
            @Size(max = 20000) @Text(multiline = true) String leadership,
            @Size(max = 20000) @Text(multiline = true) String communication,
            @Size(max = 20000) @Text(multiline = true) String results,
            @Size(max = 20000) @Text(multiline = true) String goodPractices,
            @Size(max = 20000) @Text(multiline = true) String impact,
            @Size(max = 20000) @Text(multiline = true) String inspection,
            @Size(max = 20000) @Text(multiline = true) String limitations,
            @Size(max = 20000) @Text(multiline = true) String lessons,
            @Size(max = 20000) @Text(multiline = true) String nextTasks,
            @Size(max = 20000) @Text(multiline = true) String proposals) {
    }
}
