package vn.vhcs.contract.rules;

import java.time.LocalDate;

/** Validity periods of registry entries (provinces, agencies): both ends inclusive, an open end unbounded. */
public final class Validity {

    private Validity() {
    }

    /** @param validFrom null when unknown (long-standing) */
    public static boolean covers(LocalDate validFrom, LocalDate validTo, LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether it exists on at least one day of the period from {@code start} to {@code end}, both inclusive. */
    public static boolean overlaps(LocalDate validFrom, LocalDate validTo, LocalDate start, LocalDate end) {
        return (validFrom == null || !validFrom.isAfter(end)) && (validTo == null || !validTo.isBefore(start));
    }
}
