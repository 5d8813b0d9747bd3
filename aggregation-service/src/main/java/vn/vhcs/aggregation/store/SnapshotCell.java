package vn.vhcs.aggregation.store;

import java.io.Serializable;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One statistics cell as it was when a province was locked: written once, never changed. */
@Entity
@Table(name = "statistics_snapshot")
public class SnapshotCell {

    @EmbeddedId
    public Key key;
    /** A {@link vn.vhcs.aggregation.store.Tally} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String figures;
    public Instant updatedAt;
    public Instant takenAt;
    public Instant lockedAt;
    public String lockedBy;

    @Embeddable
    public record Key(String roundCode, String provinceCode,
            int number, String agencyKind, String blocCode)
            implements Serializable {
    }
}
