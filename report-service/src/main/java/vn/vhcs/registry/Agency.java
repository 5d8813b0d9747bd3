package vn.vhcs.registry;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.vhcs.contract.rules.Deadlines;
import vn.vhcs.contract.rules.Validity;

/**
 * An agency (cơ quan, đơn vị) that reports. Never deleted: deactivating it sets {@link #validTo} to
 * the day (its last one); whether it is {@linkplain #active() active} follows from its dates.
 */
@Entity
@Table(name = "agency")
public class Agency extends RegistryEntry {

    public String name;
    @Enumerated(EnumType.STRING)
    public AgencyKind kind;
    public String provinceCode;
    public String parentCode;
    /** The first day it exists; null when unknown (long-standing). */
    public LocalDate validFrom;
    /** The last day it exists: set when it is dissolved, merged or deactivated. */
    public LocalDate validTo;
    /** The agency that took over, if any. */
    public String successorCode;
    /** Its emulation bloc (khối thi đua), e.g. "TĐS3". */
    public String blocCode;
    /** Its headcount as the province's Sở Nội vụ knows it. */
    public Integer staffing;
    /** Where reminders to report are also e-mailed; null when none. */
    public String email;

    /** Whether it exists on that day (both ends inclusive). */
    public boolean validOn(LocalDate day) {
        return Validity.covers(validFrom, validTo, day);
    }

    /** Whether it exists on at least one day of the period (a round's): it may report for it. */
    public boolean livedDuring(LocalDate start, LocalDate end) {
        return Validity.overlaps(validFrom, validTo, start, end);
    }

    /** The last day of the period on which it exists: the period's end, or the day it was dissolved. */
    public LocalDate lastDayWithin(LocalDate end) {
        return validTo != null && validTo.isBefore(end) ? validTo : end;
    }

    /**
     * Active on that day: it exists and is not dissolved, i.e. its validTo (if any) is still ahead.
     * An agency deactivated today has validTo = today: it is no longer active, yet it still counts as
     * existing today, so rounds whose period ended today or before keep expecting it.
     */
    public boolean activeOn(LocalDate day) {
        return validOn(day) && (validTo == null || validTo.isAfter(day));
    }

    /** Active today in Vietnam. */
    public boolean active() {
        return activeOn(today());
    }

    /** Today, in Vietnam: the day registry dates are about. */
    public static LocalDate today() {
        return LocalDate.now(Deadlines.VIETNAM);
    }
}
