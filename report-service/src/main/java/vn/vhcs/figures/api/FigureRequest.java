package vn.vhcs.figures.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.vhcs.common.validation.Text;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;

/** Body of {@code PUT /api/v1/figures/{code}}. */
@Schema(name = "FigureRequest", additionalProperties = Schema.False.class, description = "Body of "
        + "`PUT /api/v1/figures/{code}`; the code is in the path. A `SHARE` needs `base`; an `ORDINAL` needs 2 to 20 "
        + "`levels` with distinct codes; `base` and `levels` belong to those kinds only. A built-in figure's `kind` and "
        + "`base` cannot change (409), and `alias` cannot be set (400: only built-in figures have one; sending the "
        + "built-in's own alias back is accepted). A figure that stored reports state keeps its `kind` (409); its "
        + "labels, description, outline and levels may change.")
public record FigureRequest(
        @NotNull FigureKind kind,
        @NotNull @Valid Label label,
        @Valid Description description,
        @Schema(description = BASE)
        FigureDefinition.Base base,
        @Schema(description = "For an `ORDINAL`: its levels, lowest first (2 to 20).")
        @Size(max = 20) List<@NotNull @Valid Level> levels,
        @Schema(description = OUTLINE_DESCRIPTION, pattern = OUTLINE, examples = "III.1.c")
        @Pattern(regexp = OUTLINE) String outline,
        @Schema(description = "Whether statistics break it down by agency kind and by bloc; false when absent.")
        Boolean breakdown,
        @Schema(description = "Only a built-in figure has one; it cannot be set.", readOnly = true)
        String alias,
        @Schema(description = "Whether it is in the standard set, which a round asks for when it names none; false "
                + "when absent.")
        Boolean standard) {

    static final String BASE = "For a `SHARE`: what it is a part of, and so where its total comes from "
            + "(`WORKFORCE`: `workforce.total`; `MEMBER_UNITS`: `memberUnits.total`).";
    public static final String OUTLINE = "^[IVX]+(\\.[0-9]+(\\.[a-z])?)?$";
    static final String OUTLINE_DESCRIPTION = "Its place in the report outline (`III.1.c`), which orders figures.";
    static final String LEVEL_CODE = "^[A-Z][A-Z0-9_]{0,39}$";

    /** A figure's name, in Vietnamese and optionally English. */
    @Schema(name = "FigureLabel", additionalProperties = Schema.False.class,
            description = "A figure's name: Vietnamese (required) and English.")
    public record Label(
            @Schema(examples = "Mức độ chuyển đổi số") @NotBlank @Size(max = 200) @Text String vi,
            @Schema(examples = "Digital transformation level") @Size(max = 200) @Text String en) {

        public FigureDefinition.Labels labels() {
            return new FigureDefinition.Labels(vi, en);
        }

        public static Label of(FigureDefinition.Labels l) {
            return l == null ? null : new Label(l.vi(), l.en());
        }
    }

    /** What a figure means, in Vietnamese and optionally English. */
    @Schema(name = "FigureDescription", additionalProperties = Schema.False.class,
            description = "What the figure means: Vietnamese (required when given) and English.")
    public record Description(
            @NotBlank @Size(max = 2000) @Text(multiline = true) String vi,
            @Size(max = 2000) @Text(multiline = true) String en) {

        public FigureDefinition.Labels labels() {
            return new FigureDefinition.Labels(vi, en);
        }

        public static Description of(FigureDefinition.Labels l) {
            return l == null ? null : new Description(l.vi(), l.en());
        }
    }

    /** A level of an ORDINAL figure. */
    @Schema(name = "FigureLevel", additionalProperties = Schema.False.class,
            description = "A level of an `ORDINAL` figure: the code a report states, and its name.")
    public record Level(
            @Schema(pattern = LEVEL_CODE, examples = "HIGH") @NotNull @Pattern(regexp = LEVEL_CODE) String code,
            @NotNull @Valid Label label) {

        public FigureDefinition.Level level() {
            return new FigureDefinition.Level(code, label.labels());
        }

        public static Level of(FigureDefinition.Level l) {
            return new Level(l.code(), Label.of(l.label()));
        }
    }
}
