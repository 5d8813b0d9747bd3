package vn.vhcs.figures.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;

@Schema(name = "FigureDefinition", description = "A figure of the catalogue: what a round may ask for and a report states under "
        + "`figures.{code}`. Its `kind` decides the value's form there.",
        requiredProperties = { "code", "kind", "label", "levels", "breakdown", "standard", "builtIn", "revision" })
public record FigureView(
        @Schema(description = "The figure's code in a report's `figures`: a lower camel case word.",
                pattern = "^" + FigureDefinition.CODE + "$", examples = "digitalTransformationLevel")
        String code,
        @Schema(description = "`SHARE`: a whole number or `{\"count\", \"percent\", \"qualifier\"}`, a part of "
                + "`base`; `PERCENT`: a number 0–100 or `{\"percent\", \"qualifier\"}`; `COUNT`: a whole number or "
                + "`{\"count\", \"qualifier\"}`; `YES_NO`: true or false; `ORDINAL`: a level's code; `LIST`: an array "
                + "of names; `TEXT`: text.")
        FigureKind kind,
        FigureRequest.Label label,
        FigureRequest.Description description,
        @Schema(description = FigureRequest.BASE)
        FigureDefinition.Base base,
        @Schema(description = "An `ORDINAL`'s levels, lowest first; empty for other kinds.")
        List<FigureRequest.Level> levels,
        @Schema(description = FigureRequest.OUTLINE_DESCRIPTION, examples = "III.1.c")
        String outline,
        boolean breakdown,
        @Schema(description = "For a built-in figure: the v2 field it is the same as. A report may state it either "
                + "way; the answer has both.", examples = "workforce.participating")
        String alias,
        @Schema(description = "In the standard set, which a round asks for when it names none.")
        boolean standard,
        @Schema(description = "Shipped with vhcs: its kind, base and alias never change.")
        boolean builtIn,
        @Schema(description = "Increases with every change.", examples = "1")
        long revision) {

    public static FigureView of(FigureDefinition f) {
        return new FigureView(f.code(), f.kind(), FigureRequest.Label.of(f.label()),
                FigureRequest.Description.of(f.description()), f.base(),
                f.levels().stream().map(FigureRequest.Level::of).toList(), f.outline(), f.breakdown(), f.alias(),
                f.standard(), f.builtIn(), f.revision());
    }
}
