package vn.vhcs.contract.figures;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure of the catalogue: what a round may ask for and a report may state (DESIGN "Figures as data").
 * Built-in entries come from {@code standard-figures.json}; an administrator adds others through the API.
 *
 * @param code the figure's code in {@code figures.{code}}: a lower camel case word, 2 to 60 characters
 * @param kind how it is stated and counted; fixed once a report states the figure
 * @param base for {@link FigureKind#SHARE}: what it is a part of
 * @param levels for {@link FigureKind#ORDINAL}: the levels, lowest first
 * @param outline its place in the report outline (e.g. {@code III.1.c}), which orders figures in exports
 * @param breakdown whether statistics break it down by agency kind and by bloc
 * @param alias the v2 field a built-in figure is the same as ({@code workforce.participating}): both forms are
 *        accepted and answered
 * @param standard whether it is in the movement's standard set, which a round asks for when it names none
 * @param builtIn whether it ships with the code (its kind and alias cannot change through the API)
 * @param revision increases with every change; registry events carry it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureDefinition(String code, FigureKind kind, Labels label, Labels description, Base base,
        List<Level> levels, String outline, boolean breakdown, String alias, boolean standard, boolean builtIn,
        long revision) {

    /** The code's form, once for every module. */
    public static final String CODE = "[a-z][A-Za-z0-9]{1,59}";

    public FigureDefinition {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** Vietnamese and English text. */
    public record Labels(String vi, String en) {

        public String in(String language) {
            return "en".equals(language) && en != null ? en : vi;
        }
    }

    /** What a {@link FigureKind#SHARE} is a part of, and so where its total comes from. */
    public enum Base {
        /** The agency's workforce: the report's {@code workforce.total}, else the registry's staffing. */
        WORKFORCE,
        /** The member units: the report's {@code memberUnits.total}. */
        MEMBER_UNITS
    }

    /** A level of an {@link FigureKind#ORDINAL} figure. */
    public record Level(String code, Labels label) {
    }

    public FigureDefinition withRevision(long next) {
        return new FigureDefinition(code, kind, label, description, base, levels, outline, breakdown, alias, standard,
                builtIn, next);
    }

    /** The outline's order: {@code II.2} before {@code III.1.a} before {@code III.10}; no outline last. */
    public static final java.util.Comparator<FigureDefinition> OUTLINE_ORDER = java.util.Comparator
            .comparing((FigureDefinition f) -> Outline.key(f.outline()))
            .thenComparing(FigureDefinition::code);
}
