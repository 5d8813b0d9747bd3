package vn.vhcs.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import vn.vhcs.registry.RoundKind;

/** Body of {@code PUT /rounds/{code}}. */
public record RoundRequest(
        @NotNull RoundKind kind,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull LocalDate dueDate,
        @NotNull LocalDate closesOn) {
}
