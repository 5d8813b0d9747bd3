package vn.vhcs.aggregation.registry;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Copy of a report-service province, from registry-events. */
@Entity
@Table(name = "province")
public class Province {

    @EmbeddedId
    public Key key;
    public String name;
    public LocalDate validTo;
    public String successorCode;
    public long revision;

    @Embeddable
    public record Key(String code, LocalDate validFrom) implements Serializable {
    }

    public boolean validOn(LocalDate day) {
        return vn.vhcs.contract.rules.Validity.covers(key.validFrom(), validTo, day);
    }
}
