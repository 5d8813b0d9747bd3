package vn.vhcs.aggregation.statistics;

import java.time.LocalDate;

import vn.vhcs.common.problem.ProblemException;

/** Which provinces the figures are grouped by. */
public enum Boundaries {
    /** The provinces as they were at the end of the round's period. */
    AS_REPORTED,
    /** Pre-merger provinces rolled into their successors of 1 July 2025 (Nghị quyết 202/2025/QH15). */
    Y2025;

    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    public static Boundaries of(String query) {
        if (query == null || query.isBlank()) {
            return AS_REPORTED;
        }
        if (query.equals("2025")) {
            return Y2025;
        }
        throw ProblemException.invalid("boundaries", "statistics.boundaries");
    }

    public String label() {
        return this == Y2025 ? "2025" : null;
    }
}
