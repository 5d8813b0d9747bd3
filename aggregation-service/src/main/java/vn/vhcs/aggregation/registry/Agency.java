package vn.vhcs.aggregation.registry;

import java.time.LocalDate;

import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.RegistryEvent;
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
    /** Its states oldest first ({@link RegistryEvent.AgencyState}) as JSON; null when it has had one only. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String history;
    @Transient
    private List<RegistryEvent.AgencyState> states;

    /**
     * The agency as a round reads it: as it was at the end of the round's period or, dissolved before
     * then, on its last day. A copy, never persisted.
     */
    public Agency forRound(ReportingRound round) {
        return asOf(validTo != null && validTo.isBefore(round.periodEnd) ? validTo : round.periodEnd);
    }

    /** The agency with the state in force on that day (its first, for a day before every state); a copy. */
    public Agency asOf(LocalDate day) {
        if (history == null) {
            return this;
        }
        if (states == null) {
            states = List.of(EventCodec.fromJson(history, RegistryEvent.AgencyState[].class));
        }
        RegistryEvent.AgencyState inForce = states.get(0);
        for (RegistryEvent.AgencyState state : states) {
            if (state.effectiveFrom() == null || !state.effectiveFrom().isAfter(day)) {
                inForce = state;
            }
        }
        Agency copy = new Agency();
        copy.code = code;
        copy.active = active;
        copy.validFrom = validFrom;
        copy.validTo = validTo;
        copy.revision = revision;
        copy.name = inForce.name();
        copy.kind = inForce.kind();
        copy.provinceCode = Central.place(inForce.provinceCode());
        copy.parentCode = inForce.parentCode();
        copy.successorCode = inForce.successorCode();
        copy.blocCode = inForce.blocCode();
        copy.staffing = inForce.staffing();
        return copy;
    }

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
