package vn.vhcs.aggregation.registry;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vhcs.contract.rules.Validity;

/** Copy of a report-service agency, from registry-events: who is expected to report. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    public String code;
    public String name;
    public String kind;
    public String provinceCode;
    public String parentCode;
    /** As the latest event said; decides validity only for events without dates (see {@link #validOn}). */
    public boolean active;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String successorCode;
    public String blocCode;
    public Integer staffing;
    public long revision;

    /**
     * Whether the agency exists on that day, so that a round whose period ends then expects it. An
     * event with dates is read by its dates; one without (as the first agency events were) by its
     * {@code active} flag alone: true, valid from ever to ever; false, not valid.
     */
    public boolean validOn(LocalDate day) {
        if (validFrom == null && validTo == null && !active) {
            return false;
        }
        return Validity.covers(validFrom, validTo, day);
    }
}
