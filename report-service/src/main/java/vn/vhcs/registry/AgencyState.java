package vn.vhcs.registry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One state of an agency in valid time: what it was called, its kind, province, parent, successor,
 * bloc and staffing from {@code effectiveFrom} until the next state begins. The first state holds
 * from the agency's beginning ({@link #SINCE_EVER}).
 */
@Entity
@Table(name = "agency_state")
public class AgencyState {

    /** The first state's start: the agency's beginning, whatever its validFrom says. */
    public static final LocalDate SINCE_EVER = LocalDate.of(1, 1, 1);

    @Embeddable
    public record Key(String agencyCode, LocalDate effectiveFrom) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public String name;
    @Enumerated(EnumType.STRING)
    public AgencyKind kind;
    public String provinceCode;
    public String parentCode;
    public String successorCode;
    public String blocCode;
    public Integer staffing;
    /** When this state was last written. */
    public Instant recordedAt;

    public LocalDate effectiveFrom() {
        return key.effectiveFrom();
    }

    /** Whether it is the agency's first state, holding since its beginning. */
    public boolean first() {
        return SINCE_EVER.equals(key.effectiveFrom());
    }
}
