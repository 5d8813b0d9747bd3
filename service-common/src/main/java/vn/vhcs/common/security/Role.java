package vn.vhcs.common.security;

public enum Role {
    /** Registry writes, key management, everything. */
    ADMIN,
    /** Submits, revises, withdraws and reads the reports of its agencies or provinces. */
    SUBMITTER,
    /** Reads the statistics of its provinces (or national), and their reports if granted. */
    READER
}
