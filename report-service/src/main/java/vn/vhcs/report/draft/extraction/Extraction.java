package vn.vhcs.report.draft.extraction;

import java.util.List;

import vn.vhcs.report.api.ReportRequest;

/** A proposed report, the normalised text it was read from and, for each filled field, its evidence. */
public record Extraction(String text, ReportRequest report, List<Evidence> evidence) {
}
