package vn.vhcs.registry;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A province or centrally-run city over one period of validity; seeded by migration. */
@Entity
@Table(name = "province")
public class Province {

    @EmbeddedId
    public Key key;
    public String name;
    public LocalDate validTo;
    public String successorCode;
    public boolean published;

    /** A code alone is no identity: 15, 24, 52, 91, … were reused on 1 July 2025. */
    @Embeddable
    public record Key(String code, LocalDate validFrom) implements Serializable {
    }

    public boolean validOn(LocalDate day) {
        return vn.vhcs.contract.rules.Validity.covers(key.validFrom(), validTo, day);
    }
}
