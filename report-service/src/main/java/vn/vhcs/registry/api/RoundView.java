package vn.vhcs.registry.api;

import java.time.LocalDate;

import vn.vhcs.registry.ReportingRound;
import vn.vhcs.registry.RoundKind;

public record RoundView(String code, RoundKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
        LocalDate closesOn) {

    public static RoundView of(ReportingRound r) {
        return new RoundView(r.code, r.kind, r.periodStart, r.periodEnd, r.dueDate, r.closesOn);
    }
}
