package vn.vhcs.report;

/** Lifecycle state of a report. */
public enum ReportStatus {
    SUBMITTED, REVISED, WITHDRAWN
}
