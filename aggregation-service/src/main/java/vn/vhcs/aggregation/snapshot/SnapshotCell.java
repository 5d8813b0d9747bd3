package vn.vhcs.aggregation.snapshot;

import java.io.Serializable;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
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
    /** A {@link vn.vhcs.aggregation.statistics.Tally} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String figures;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "taken_at")
    public Instant takenAt;
    @Column(name = "locked_at")
    public Instant lockedAt;
    @Column(name = "locked_by")
    public String lockedBy;

    @Embeddable
    public record Key(@Column(name = "round_code") String roundCode, @Column(name = "province_code") String provinceCode,
            int number, @Column(name = "agency_kind") String agencyKind, @Column(name = "bloc_code") String blocCode)
            implements Serializable {
    }
}
