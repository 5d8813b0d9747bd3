package vn.vhcs.aggregation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;

/**
 * A synthesis report of a round, ready to be written ({@link ProvinceReportDocument}): who issues
 * it, the figures, the comparison of a tổng kết (or null) and its agencies, read as it is written.
 */
public record SynthesisReport(ProvinceReportDocument.Issuer issuer, ReportingRound round,
        ProvinceStatistics figures, RoundComparisonSection.Section comparison,
        ProvinceReportDocument.Agencies agencies, LocalDate day) {

    /** What the report is made of, as an ETag's digest needs it: an unchanged one need not be built. */
    public Object source() {
        return comparison == null ? figures : List.of(figures, comparison);
    }

    /** Writes the document to {@code out}, as it is built: its annexes grow with the agencies, never held whole. */
    public void write(OutputStream out) throws IOException {
        ProvinceReportDocument.write(out, issuer, round, figures, comparison, agencies, day);
    }
}
