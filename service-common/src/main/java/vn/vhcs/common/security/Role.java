package vn.vhcs.common.security;

public enum Role {
    /** Registry writes, key management, everything. */
    ADMIN,
    /** Submits, revises, withdraws and reads the reports of its agencies or provinces. */
    SUBMITTER,
    /** Reads the statistics of its provinces (or national), and their reports if granted. */
    READER,
    /**
     * A province's emulation board (Ban Thi đua – Khen thưởng): reads the reports and statistics of its
     * provinces, reviews the reports (accepts or returns them), locks its provinces for a round.
     */
    BOARD
}
