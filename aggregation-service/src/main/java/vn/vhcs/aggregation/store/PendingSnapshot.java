package vn.vhcs.aggregation.store;

import java.io.Serializable;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A snapshot a lock asked for, waiting until the report versions it names are applied. */
@Entity
@Table(name = "pending_snapshot")
public class PendingSnapshot {

    @EmbeddedId
    public Key key;
    /** Report id → version at the lock, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String reports;
    public Instant lockedAt;
    public String lockedBy;

    @Embeddable
    public record Key(String roundCode, String provinceCode,
            int number) implements Serializable {
    }
}
