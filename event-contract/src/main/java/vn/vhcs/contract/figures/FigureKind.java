package vn.vhcs.contract.figures;

/**
 * How a figure is stated and counted (DHIS2's value types, narrowed to what the movement's reports say).
 * The kind decides the value's JSON form in a report and the statistic kept for it.
 */
public enum FigureKind {
    /** A part of a base (workforce, member units): a count, a percent with qualifier, or both. Summed as a rate. */
    SHARE,
    /** An indicator: a percent with an optional qualifier. Summarised as mean, lowest, highest. */
    PERCENT,
    /** A whole number, summed (trainings held): a bare number or {@code {"count": n, "qualifier": q}}. */
    COUNT,
    /** true or false per agency; counted as coverage (agencies saying yes over agencies answering). */
    YES_NO,
    /** One of the levels the definition names ("mức cao"); counted per level. */
    ORDINAL,
    /** Named items (exemplary units, linked campaigns); counted, and each name kept with its agencies. */
    LIST,
    /** A part of the narrative under its head of the outline; gathered, not counted. */
    TEXT
}
