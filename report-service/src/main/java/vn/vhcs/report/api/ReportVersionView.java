package vn.vhcs.report.api;

import java.time.Instant;
import java.util.List;

import vn.vhcs.report.ReportStatus;

/** One entry of a report's audit trail. */
public record ReportVersionView(int version, ReportStatus status, Instant at, String actedBy,
        List<String> changedFields) {
}
