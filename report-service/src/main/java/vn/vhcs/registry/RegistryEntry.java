package vn.vhcs.registry;

import java.time.Instant;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What agencies and rounds have alike: a code of their own, and a revision that every change
 * increases, which their registry events carry so that consumers keep the newest.
 */
@MappedSuperclass
public abstract class RegistryEntry {

    @Id
    public String code;
    public long revision;
    public Instant createdAt;
    public Instant updatedAt;

    /** Counts a change made at {@code at}: the next revision. */
    public void revise(Instant at) {
        revision++;
        updatedAt = at;
    }
}
