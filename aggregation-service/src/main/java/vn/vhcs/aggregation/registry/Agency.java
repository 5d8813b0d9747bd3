package vn.vhcs.aggregation.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
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
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "parent_code")
    public String parentCode;
    /** As the latest event said; decides validity only for events without dates (see {@link #validOn}). */
    public boolean active;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "successor_code")
    public String successorCode;
    @Column(name = "bloc_code")
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
