package vn.vhcs.contract;

/**
 * The province board's decision on a report: {@code ACCEPTED} counts it among the accepted ones,
 * {@code RETURNED} sends it back to the agency with a comment; the agency's next revision takes
 * either decision away (the new version is to be reviewed again).
 */
public enum ReviewDecision {
    ACCEPTED, RETURNED
}
