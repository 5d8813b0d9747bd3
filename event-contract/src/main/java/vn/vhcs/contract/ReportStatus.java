package vn.vhcs.contract;

/** Lifecycle state of a report, as stored and as carried by its events. */
public enum ReportStatus {
    SUBMITTED, REVISED, WITHDRAWN;

    /** Whether a report in this state counts in the statistics. */
    public boolean counts() {
        return this != WITHDRAWN;
    }
}
