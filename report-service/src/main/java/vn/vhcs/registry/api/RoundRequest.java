package vn.vhcs.registry.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import vn.vhcs.registry.RoundKind;

/** Body of {@code PUT /rounds/{code}}. */
@Schema(name = "RoundRequest", additionalProperties = Schema.False.class, description = "Body of "
        + "`PUT /api/v1/rounds/{code}`; the code is in the path. `periodEnd` ≥ `periodStart`, `dueDate` ≥ "
        + "`periodStart`, `closesOn` ≥ `dueDate` (400 otherwise). A later `closesOn` reopens a closed round.")
public record RoundRequest(
        @NotNull RoundKind kind,
        @Schema(description = "First day of the period.", examples = "2019-06-14")
        @NotNull LocalDate periodStart,
        @Schema(description = "Last day of the period.", examples = "2022-03-31")
        @NotNull LocalDate periodEnd,
        @Schema(description = "The round's deadline.", examples = "2022-04-30")
        @NotNull LocalDate dueDate,
        @Schema(description = "The round's closing day.", examples = "2022-06-30")
        @NotNull LocalDate closesOn,
        @Schema(description = FIGURES)
        @jakarta.validation.constraints.Size(max = 500) java.util.List<@NotNull String> figures) {

    /** Said once for the body and the answer. */
    public static final String FIGURES = "The codes of the catalogue's figures (`GET /api/v1/figures`) the round asks "
            + "for; an unknown code answers 400 at `figures[i]`. Absent or empty: the standard set (every figure with "
            + "`standard: true`). Built-in figures with an `alias` (the v2 fields) are accepted in every round.";
}
