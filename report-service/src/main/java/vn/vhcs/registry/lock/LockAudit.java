package vn.vhcs.registry.lock;

import java.time.Instant;
import java.util.UUID;

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
    public String roundCode;
    public String provinceCode;
    public String action;
    public Integer snapshot;
    public String actedBy;
    public Instant actedAt;
    public String reason;
}
