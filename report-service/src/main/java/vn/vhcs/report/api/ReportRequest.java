package vn.vhcs.report.api;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.contract.rules.Codes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
import vn.vhcs.report.DirectiveIssuer;
import vn.vhcs.report.DirectiveKind;
import vn.vhcs.report.EmulationTitleKind;
import vn.vhcs.report.ModelSector;
import vn.vhcs.report.RecipientKind;

/**
 * The report document (contract v2, docs/architecture.md), as a portal sends it. Only these fields are
 * accepted (unknown ones are refused); the server sets id, version, status, dates and province.
 */
@Schema(name = "ReportRequest", additionalProperties = Schema.False.class, description = "The report document "
        + "(contract v2; every v1 body is valid with the same meaning): one agency's report for one round, "
        + "as a portal sends it with POST and PUT. Only `agencyCode` and `roundCode` are required: a report states "
        + "what the agency wrote, and nothing forces it to invent a number. Field names are the public contract. "
        + "Unknown fields are refused (400); strings are trimmed, normalised to Unicode NFC and may hold no control "
        + "characters (line breaks only in multi-line texts); the body is at most 256 KiB (413). Every broken rule "
        + "is listed in one answer, each with its JSON path: shapes, enums and ranges, and the rules across fields — "
        + "a count ≤ its total where the total is given, a count and a percent stated together agree within 1 point, "
        + "`modelsRegistered` ≥ the models named, `violationsHandled` ≤ `violationsFound`, `document.issuedOn` and "
        + "`receivedOn` between the round's period start and its closing date, an own directive not dated after the "
        + "report nor the closing date (a cited one may be older), commendation and title years inside the years of "
        + "the round's period. The server sets `id`, `version`, `status`, `submittedAt`, `updatedAt`, `onTime` and "
        + "`provinceCode` (from the agency); they are never taken from the body.")
public record ReportRequest(
        @Schema(description = AGENCY_CODE, pattern = "^" + Codes.AGENCY + "$", examples = "70.SNGV")
        @NotNull @Pattern(regexp = Codes.AGENCY, message = "{vhcs.code.agency}") String agencyCode,
        @Schema(description = ROUND_CODE, pattern = "^" + Codes.ROUND + "$", examples = "SO-KET-2022")
        @NotNull @Pattern(regexp = Codes.ROUND, message = "{vhcs.code.round}") String roundCode,
        @Valid Document document,
        @Schema(description = "The day a paper report reached the board, for reports keyed in afterwards; only an "
                + "`ADMIN` may set it, and it then replaces the submission day for timeliness.", examples = "2022-04-27")
        LocalDate receivedOn,
        @Valid Workforce workforce,
        @Valid MemberUnits memberUnits,
        @Schema(description = DIRECTIVES)
        @Size(max = 200) List<@NotNull @Valid Directive> directives,
        @Valid Indicators indicators,
        @Schema(description = "How many models of good practice the report says were registered; `models` names "
                + "those it describes (there may be fewer). Absent: the number named. ≥ the number of `models`.",
                examples = "5")
        @Count Integer modelsRegistered,
        @Schema(description = MODELS)
        @Size(max = 500) List<@NotNull @Valid Model> models,
        @Valid Inspections inspections,
        @Schema(description = COMMENDATIONS)
        @Size(max = 500) List<@NotNull @Valid Commendation> commendations,
        @Schema(description = EMULATION_TITLES)
        @Size(max = 200) List<@NotNull @Valid EmulationTitle> emulationTitles,
        @Valid Narrative narrative,
        @Schema(description = FIGURES, type = SchemaType.OBJECT, additionalProperties = FigureValue.class,
                example = FIGURES_EXAMPLE)
        // absent from a stored body without figures: it stays as it was before the catalogue
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        Map<String, JsonNode> figures) {

    static final String FIGURES = "Figures by the catalogue's code (`GET /api/v1/figures`), each in its kind's form: "
            + "`SHARE` a whole number or `{\"count\", \"percent\", \"qualifier\"}` (a part of its base: "
            + "`workforce.total` or `memberUnits.total`); `PERCENT` a number 0–100 or `{\"percent\", \"qualifier\"}`; "
            + "`COUNT` a whole number or `{\"count\", \"qualifier\"}` (a built-in alias: the number only); `YES_NO` "
            + "true or false; `ORDINAL` one of the figure's level codes; `LIST` an array of names (≤ 500, each ≤ 500 "
            + "characters); `TEXT` text (≤ 20,000 characters). A code must be in the catalogue and in the round's set "
            + "(400 at `figures.{code}` otherwise), except the built-in figures with an `alias`, which every round "
            + "accepts: they are the same as their v2 field (`participation` is `workforce.participating`), may be "
            + "given either way (not both with different values) and are answered both ways.";
    static final String FIGURES_EXAMPLE = """
            {"participation": {"count": 18, "percent": 90}, "trainingsHeld": 2, "ownCultureRules": true,
             "exemplaryUnits": ["Phòng Lãnh sự"], "citizenSatisfactionPercent": {"percent": 95, "qualifier": "MORE_THAN"}}""";

    static final String AGENCY_CODE = "An agency's code: its official electronic identifier (mã định danh điện tử) "
            + "where it has one; 2 to 40 of A–Z, a–z, 0–9, `.`, `_`, `-`.";
    static final String ROUND_CODE = "A reporting round's code: 2 to 40 of A–Z, 0–9, `-`.";
    static final String DIRECTIVES = "Plans, decisions, guidance and other documents issued or applied; empty = none.";
    static final String MODELS = "Models of good practice (mô hình); empty = none.";
    static final String COMMENDATIONS = "Commendations (khen thưởng) given; empty = none.";
    static final String EMULATION_TITLES = "Emulation titles (danh hiệu thi đua) awarded; empty = none.";

    /** The same document with another receivedOn. */
    public ReportRequest withReceivedOn(LocalDate day) {
        return new ReportRequest(agencyCode, roundCode, document, day, workforce, memberUnits, directives, indicators,
                modelsRegistered, models, inspections, commendations, emulationTitles, narrative, figures);
    }

    /** Lists absent from the body are empty lists; absent figures an empty map; figures' strings trimmed, NFC. */
    public ReportRequest {
        directives = directives == null ? List.of() : directives;
        models = models == null ? List.of() : models;
        commendations = commendations == null ? List.of() : commendations;
        emulationTitles = emulationTitles == null ? List.of() : emulationTitles;
        figures = figures == null ? Map.of() : normalized(figures);
    }

    private static Map<String, JsonNode> normalized(Map<String, JsonNode> figures) {
        Map<String, JsonNode> copy = new java.util.LinkedHashMap<>();
        figures.forEach((code, value) -> copy.put(code, vn.vhcs.common.web.JsonReading.normalize(value)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The report as a document: number, date, signer; every field optional (a draft has none yet). */
    @Schema(name = "Document", additionalProperties = Schema.False.class,
            description = "The report as an official document: number, date, signer. Every field is optional: a draft "
                    + "leaves its number and day blank (\"Số:    /BC-…\", \"ngày … tháng … năm 2022\").")
    public record Document(
            @Schema(description = "Số ký hiệu, e.g. `45/BC-SNgV`.", examples = "45/BC-SNgV")
            @Size(max = 100) @Text String number,
            @Schema(description = "Ngày ban hành: between the round's period start and its closing date.",
                    examples = "2022-04-25")
            LocalDate issuedOn,
            @Schema(description = "Who signed.", examples = "Phạm Thị Anh Thư")
            @Size(max = 200) @Text String signerName,
            @Schema(description = "The signer's title, e.g. Giám đốc.", examples = "Giám đốc")
            @Size(max = 200) @Text String signerTitle) {
    }

    /** Cán bộ, công chức, viên chức và người lao động of the agency. */
    @Schema(name = "Workforce", additionalProperties = Schema.False.class,
            description = "Cán bộ, công chức, viên chức và người lao động of the agency.")
    public record Workforce(
            @Schema(description = "Headcount of the agency (cán bộ, công chức, viên chức và người lao động), when the "
                    + "report states it.", examples = "20")
            @Count Integer total,
            @Schema(description = FIGURE + " Those taking part in the movement.", implementation = Object.class,
                    oneOf = { Integer.class, Figure.class })
            Figure participating,
            @Schema(description = FIGURE + " Signed commitments (bản cam kết).", implementation = Object.class,
                    oneOf = { Integer.class, Figure.class })
            Figure commitmentsSigned) {
    }

    // A figure's and an indicator's properties name implementation = Object.class: otherwise the generated schema
    // also carries the record's `type: object` and `$ref` beside the oneOf, and the bare number the API writes back
    // for a count alone (Figure#json) no longer matches it.
    static final String FIGURE = "A figure: a whole number (a count), `{\"count\": n}`, `{\"percent\": p}`, "
            + "`{\"percent\": p, \"qualifier\": q}` or `{\"count\": n, \"percent\": p}` when both are stated (they "
            + "must agree within 1 point); a count ≤ its total where the total is given.";

    /** For umbrella bodies: member units and how many put workplace culture into their rules. */
    @Schema(name = "MemberUnits", additionalProperties = Schema.False.class, description = "For umbrella bodies "
            + "(e.g. a Labour Federation's grassroots unions): how many member units, and how many put workplace "
            + "culture into their internal rules. Optional.")
    public record MemberUnits(
            @Schema(description = "Member units, when the report states how many.", examples = "6")
            @Count Integer total,
            @Schema(description = FIGURE + " Member units with workplace culture in their rules.",
                    implementation = Object.class, oneOf = { Integer.class, Figure.class })
            Figure withCultureRules,
            @Schema(description = FIGURE + " Member units with their own plan for the movement.",
                    implementation = Object.class, oneOf = { Integer.class, Figure.class })
            Figure withPlans) {
    }

    @Schema(name = "Directive", additionalProperties = Schema.False.class,
            description = "A document issued or applied to run the movement.")
    public record Directive(
            @NotNull DirectiveKind kind,
            @Schema(description = "`SELF`: the agency's own document (the default, as in v1); `CITED`: a higher "
                    + "document it implements.")
            DirectiveIssuer issuer,
            @Schema(description = "Who issued a cited document, as the report names it.", examples = "Thủ tướng Chính phủ")
            @Size(max = 300) @Text String issuedBy,
            @Schema(description = "Số ký hiệu, e.g. `18/KH-SNgV`.", examples = "18/KH-SNgV")
            @Size(max = 100) @Text String number,
            @Schema(description = "Optional. An own document: not after `document.issuedOn` nor the round's closing "
                    + "date; a cited one may be older.", examples = "2019-07-11")
            LocalDate issuedOn,
            @Schema(description = "Trích yếu: what the document is about.", examples = "Phát động Phong trào thi đua "
                    + "“Cán bộ, công chức thi đua thực hiện văn hóa công sở” giai đoạn 2019-2025 tại Sở Ngoại vụ")
            @Size(max = 1000) @Text String title) {
    }

    @Schema(name = "Indicators", additionalProperties = Schema.False.class,
            description = "Optional indicators; each may be null or absent (not reported). Percents only: a bare "
                    + "number (as in v1) or `{\"percent\": p, \"qualifier\": q}` (\"trên 95%\": MORE_THAN 95).")
    public record Indicators(
            @Schema(description = "Share of staff equipped with a computer, 0–100.", implementation = Object.class,
                    oneOf = { BigDecimal.class, Percentage.class })
            Percentage computerEquipmentPercent,
            @Schema(description = "Citizen satisfaction, 0–100.", implementation = Object.class,
                    oneOf = { BigDecimal.class, Percentage.class })
            Percentage citizenSatisfactionPercent,
            @Schema(description = "Share of administrative procedures handled online, 0–100.", implementation = Object.class,
                    oneOf = { BigDecimal.class, Percentage.class })
            Percentage digitizedProceduresPercent) {
    }

    /** Inspections of the movement's rules (kiểm tra): optional counts. */
    @Schema(name = "Inspections", additionalProperties = Schema.False.class,
            description = "Inspections held, violations found and violations handled (≤ found); each optional.")
    public record Inspections(
            @Schema(examples = "2") @Count Integer held,
            @Schema(examples = "1") @Count Integer violationsFound,
            @Schema(examples = "1") @Count Integer violationsHandled) {
    }

    /** A model of good practice (mô hình). */
    @Schema(name = "Model", additionalProperties = Schema.False.class,
            description = "A model of good practice (mô hình).")
    public record Model(
            @Schema(description = "Not blank.", examples = "Bảng nội quy có chấm điểm hằng tháng")
            @NotBlank @Size(max = 500) @Text String name,
            @NotNull ModelSector sector,
            @Schema(description = "What the model is (multi-line).")
            @Size(max = 5000) @Text(multiline = true) String description) {
    }

    @Schema(name = "Commendation", additionalProperties = Schema.False.class,
            description = "Commendations of one form, to one kind of recipient, in one year.")
    public record Commendation(
            @NotNull CommendationForm form,
            @NotNull RecipientKind recipientKind,
            @Schema(description = "A year of the round's period; absent when the report does not say.", examples = "2021")
            @Min(1900) @Max(2100) Integer year,
            @Schema(description = "How many were given; absent when the report does not say.", examples = "4")
            @Count Integer count,
            @Schema(description = "A free note.", examples = "Giám đốc Sở biểu dương Trưởng các phòng thuộc Sở tại "
                    + "Hội nghị cán bộ, công chức năm 2021")
            @Size(max = 1000) @Text String note) {
    }

    @Schema(name = "EmulationTitle", additionalProperties = Schema.False.class,
            description = "Emulation titles of one kind awarded in one year.")
    public record EmulationTitle(
            @NotNull EmulationTitleKind title,
            @Schema(description = "A year of the round's period; absent when the report does not say.", examples = "2021")
            @Min(1900) @Max(2100) Integer year,
            @Schema(description = FIGURE + " How many were awarded (\"90% đạt Lao động tiên tiến trở lên\": "
                    + "`{\"percent\": 90, \"qualifier\": \"AT_LEAST\"}`); an individual title's count ≤ `workforce.total`.",
                    implementation = Object.class, oneOf = { Integer.class, Figure.class })
            Figure count) {
    }

    @Schema(name = "Narrative", additionalProperties = Schema.False.class, description = "The report's free text, "
            + "by section; every field optional, multi-line, at most 20,000 characters.")
    public record Narrative(
            @Schema(description = "Thuận lợi: what helped.")
            @Size(max = 20000) @Text(multiline = true) String advantages,
            @Schema(description = "Khó khăn: what hindered.")
            @Size(max = 20000) @Text(multiline = true) String difficulties,
            @Schema(description = "Công tác lãnh đạo, chỉ đạo, triển khai: how the movement was led and deployed.")
            @Size(max = 20000) @Text(multiline = true) String leadership,
            @Schema(description = "Công tác tuyên truyền: communication and awareness.")
            @Size(max = 20000) @Text(multiline = true) String communication,
            @Schema(description = "Kết quả thực hiện: results.")
            @Size(max = 20000) @Text(multiline = true) String results,
            @Schema(description = "Cách làm hay, mô hình: good practices.")
            @Size(max = 20000) @Text(multiline = true) String goodPractices,
            @Schema(description = "Tác động, hiệu quả: impact.")
            @Size(max = 20000) @Text(multiline = true) String impact,
            @Schema(description = "Công tác kiểm tra, giám sát: inspection and supervision.")
            @Size(max = 20000) @Text(multiline = true) String inspection,
            @Schema(description = "Hạn chế, tồn tại: shortcomings.")
            @Size(max = 20000) @Text(multiline = true) String limitations,
            @Schema(description = "Bài học kinh nghiệm: lessons learned.")
            @Size(max = 20000) @Text(multiline = true) String lessons,
            @Schema(description = "Nhiệm vụ, giải pháp thời gian tới: next tasks.")
            @Size(max = 20000) @Text(multiline = true) String nextTasks,
            @Schema(description = "Kiến nghị, đề xuất: proposals.")
            @Size(max = 20000) @Text(multiline = true) String proposals) {
    }
}
