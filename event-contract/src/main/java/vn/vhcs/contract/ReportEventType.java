package vn.vhcs.contract;

public enum ReportEventType {
    ReportSubmitted,
    /** Carries the full new state (event-carried state transfer). */
    ReportRevised,
    /** Carries the state at withdrawal; the report stops counting. */
    ReportWithdrawn
}
