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
    /** The officer (her username) or else the API client. */
    public String actedBy;
    /** The OIDC client an officer acted through; null for an API key. */
    public String actedThrough;
    public Instant actedAt;
    public String reason;
}
