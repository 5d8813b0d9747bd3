package vn.vhcs.report;

/** Who received a commendation. */
public enum RecipientKind {
    COLLECTIVE, INDIVIDUAL
}
