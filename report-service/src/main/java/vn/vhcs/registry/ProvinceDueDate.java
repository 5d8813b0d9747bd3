package vn.vhcs.registry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A province's own deadline for a round, overriding the round's due date. */
@Entity
@Table(name = "round_province_due_date")
public class ProvinceDueDate {

    @EmbeddedId
    public Key key;
    public LocalDate dueDate;
    public Instant updatedAt;

    @Embeddable
    public record Key(String roundCode, String provinceCode)
            implements Serializable {
    }
}
