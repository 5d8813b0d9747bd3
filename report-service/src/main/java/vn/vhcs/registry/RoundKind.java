package vn.vhcs.registry;

public enum RoundKind {
    ANNUAL,
    /** sơ kết */
    MIDTERM_REVIEW,
    /** tổng kết */
    FINAL_REVIEW
}
