package vn.vhcs.registry.lock;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A province locked for a round: present while locked. */
@Entity
@Table(name = "province_lock")
public class ProvinceLock {

    @EmbeddedId
    public Key key;
    /** The number of the statistics snapshot this lock published. */
    public int snapshot;
    public Instant lockedAt;
    public String lockedBy;

    @Embeddable
    public record Key(String roundCode,
            String provinceCode) implements Serializable {
    }
}
