package vn.vhcs.aggregation.statistics;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;

/**
 * What the reports state about one figure of the catalogue, by its kind (DESIGN "Figures as data"): the parts
 * of another kind are absent. Computed from the counters {@link FigureTallies} keeps on write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FigureStatistic", description = "What the reports state about one figure of the catalogue. `kind` "
        + "says which parts are present: SHARE → `share`; PERCENT → `percent`; COUNT → `sum`; YES_NO → `yes`, `no`, "
        + "`coverage`; ORDINAL → `levels`; LIST → `items`, `names`; TEXT → only `agenciesStating` (the texts are "
        + "gathered in the Word report, not counted). A figure of the round's set that no report states has "
        + "`agenciesStating` 0 and its parts at 0 or null.", requiredProperties = { "kind", "label",
                "agenciesStating" })
public record FigureStatistic(
        FigureKind kind,
        @Schema(description = "The figure's label in the catalogue now, in Vietnamese and English.")
        FigureDefinition.Labels label,
        @Schema(minimum = "0", description = "Agencies whose report states the figure.", examples = "5")
        int agenciesStating,
        @Schema(description = "SHARE: the counts and percents stated, over the base (the workforce or the member "
                + "units).")
        Measure share,
        @Schema(minimum = "0", description = "COUNT: the stated numbers summed.", examples = "12")
        Long sum,
        @Schema(description = "PERCENT: mean, lowest, highest of the stated percents; `reported` is how many "
                + "agencies stated one.")
        ProvinceStatistics.IndicatorSummary percent,
        @Schema(minimum = "0", description = "YES_NO: agencies answering yes.", examples = "3")
        Integer yes,
        @Schema(minimum = "0", description = "YES_NO: agencies answering no.", examples = "1")
        Integer no,
        @Schema(description = "YES_NO: the agencies answering yes over the agencies expected to report.")
        Rate coverage,
        @Schema(description = "ORDINAL: level code → agencies stating that level, for every level of the definition "
                + "(and any other level stated), lowest first.")
        Map<String, Long> levels,
        @Schema(minimum = "0", description = "LIST: the names stated, summed over the agencies.", examples = "7")
        Long items,
        @Schema(description = "LIST: each name stated, with how many agencies state it, most stated first.")
        List<Named> names,
        // for the exports (levels' labels, outline): the definition as the answer was computed with it, not sent
        @JsonIgnore @Schema(hidden = true) FigureDefinition definition) {

    /** A name a LIST figure states, and how many agencies state it. */
    @Schema(name = "FigureName", description = "A name a LIST figure states, and how many agencies state it.",
            requiredProperties = { "name", "agencies" })
    public record Named(@Schema(examples = "Phòng Tư pháp") String name,
            @Schema(minimum = "1", examples = "2") long agencies) {
    }
}
