package vn.vhcs.aggregation.api;

import java.util.List;

import vn.vhcs.aggregation.export.ExportSource.AgencyReport;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;

/**
 * Statistics as a workbook of several sheets ({@link XlsxWriter}): those of a province or the
 * whole country ({@code list} false: one object), or of a list of provinces, with the reports
 * they count and the agencies missing.
 */
public record WorkbookAnswer(List<ProvinceStatistics> statistics, List<AgencyReport> reports,
        List<MissingAgency> missing, boolean list) {
}
