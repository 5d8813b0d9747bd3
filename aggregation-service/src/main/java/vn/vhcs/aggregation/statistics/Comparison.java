package vn.vhcs.aggregation.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The headline figures of a place (a province, or the whole country) in two rounds, side by side
 * with their change: a tổng kết against the sơ kết, a year against the year before. Built by
 * {@link ComparisonService} from the two rounds' statistics answers, never from anything else.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "RoundComparison", description = "The headline figures of a province (or the whole country) in `round` "
        + "and in `with`, each with its change from `with` to `round`: the same figures as the two rounds' statistics "
        + "answers.", requiredProperties = { "provinceCode", "boundaries", "round", "with", "figures" })
public record Comparison(
        @Schema(nullable = true, pattern = "^[0-9]{2}$", description = "Null for the whole country.", examples = "01")
        String provinceCode,
        @Schema(nullable = true, pattern = "^2025$", description = "`2025` when both rounds are read on the 2025 map "
                + "(pre-merger provinces in their successors), else null.")
        String boundaries,
        @Schema(description = "The round compared (the later one, as a rule).") RoundInfo round,
        @Schema(description = "The round it is compared with (`?with=`).") RoundInfo with,
        @Schema(description = "Each headline figure, in a fixed order.") List<Change> figures) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ComparedRound", description = "A round of the comparison.",
            requiredProperties = { "code", "kind", "periodStart", "periodEnd" })
    public record RoundInfo(@Schema(examples = "TONG-KET-2025") String code,
            @Schema(enumeration = { "ANNUAL", "MIDTERM_REVIEW", "FINAL_REVIEW" }) String kind,
            LocalDate periodStart, LocalDate periodEnd) {
    }

    /** One figure in both rounds. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FigureChange", description = "One headline figure in both rounds and its change.",
            requiredProperties = { "figure", "unit", "value", "withValue", "change", "estimated", "withEstimated" })
    public record Change(
            @Schema(description = "The figure, named by its field in the statistics answer "
                    + "(`measures.participation.rate`, `coverage.ownPlan.agencies`); totals of lists end in `.total` "
                    + "(`commendations.total`, `emulationTitles.total`).", examples = "measures.participation.rate")
            String figure,
            @Schema(enumeration = { "COUNT", "RATE" }, description = "`COUNT`: a number of agencies, people, "
                    + "documents…; `RATE`: a share as a decimal (0.5 is half).")
            String unit,
            @Schema(type = SchemaType.NUMBER, nullable = true, description = "In `round`; a rate is null over no base.",
                    examples = "0.98")
            BigDecimal value,
            @Schema(type = SchemaType.NUMBER, nullable = true, description = "In `with`.", examples = "0.95")
            BigDecimal withValue,
            @Schema(type = SchemaType.NUMBER, nullable = true, description = "`value − withValue`: for a `COUNT` in "
                    + "its unit, for a `RATE` in percentage points (0.98 against 0.95: 3). Null when either is.",
                    examples = "3")
            BigDecimal change,
            @Schema(description = "The value in `round` is an estimate (a stated percent entered the rate, as "
                    + "`measures.*.estimated`).")
            boolean estimated,
            @Schema(description = "The value in `with` is an estimate.") boolean withEstimated) {
    }

    /** A line of the CSV and XLSX answers: one figure, with the two rounds named on it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String figure, String unit, String roundCode, BigDecimal value, String withRoundCode,
            BigDecimal withValue, BigDecimal change, boolean estimated, boolean withEstimated) {
    }

    /** The figures as table rows. */
    public List<Row> rows() {
        return figures.stream().map(c -> new Row(c.figure(), c.unit(), round.code(), c.value(), with.code(),
                c.withValue(), c.change(), c.estimated(), c.withEstimated())).toList();
    }
}
