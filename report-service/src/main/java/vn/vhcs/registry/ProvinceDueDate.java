package vn.vhcs.registry;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Embeddable
    public record Key(@Column(name = "round_code") String roundCode, @Column(name = "province_code") String provinceCode)
            implements Serializable {
    }
}
