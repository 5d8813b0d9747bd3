package vn.vhcs.registry.lock;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One lock or unlock of a province for a round, kept for ever. */
@Entity
@Table(name = "province_lock_audit")
public class LockAudit {

    public static final String LOCKED = "LOCKED";
    public static final String UNLOCKED = "UNLOCKED";

    @Id
    public UUID id;
    @Column(name = "round_code")
    public String roundCode;
    @Column(name = "province_code")
    public String provinceCode;
    public String action;
    public Integer snapshot;
    @Column(name = "acted_by")
    public String actedBy;
    @Column(name = "acted_at")
    public Instant actedAt;
    public String reason;
}
