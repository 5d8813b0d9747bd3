package vn.vhcs.aggregation.export;

import static vn.vhcs.common.export.SpreadsheetWriter.row;
import static vn.vhcs.common.export.SpreadsheetWriter.widths;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;

import vn.vhcs.aggregation.export.ExportSource.AgencyReport;
import vn.vhcs.aggregation.statistics.FigureStatistic;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.common.export.SpreadsheetWriter;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.contract.ReportState;

/**
 * The statistics as a spreadsheet a board officer opens as it is (Apache POI, XLSX), with
 * Vietnamese sheets and headers: the summary figures ("Tổng hợp", the same cells as the CSV, with
 * the API's field name beside each), one row per reporting agency with what it stated ("trên 95 %",
 * counts), the agencies that have not reported, the models named, and commendations and titles by
 * year.
 */
public final class StatisticsWorkbook {

    public static final String MEDIA_TYPE = SpreadsheetWriter.MEDIA_TYPE;

    static final String SUMMARY = "Tổng hợp";
    static final String AGENCIES = "Cơ quan báo cáo";
    static final String MISSING = "Chưa báo cáo";
    static final String MODELS = "Mô hình";
    static final String AWARDS = "Khen thưởng, danh hiệu";
    static final String BY_YEAR = "Theo năm";
    static final String FIGURES = "Chỉ tiêu";

    /** Columns that hold codes, kept as text even when they look like numbers ("01", "2025"). */
    private static final Set<String> CODES = Set.of("roundCode", "provinceCode", "boundaries", "code", "blocCode");

    private final SpreadsheetWriter book = new SpreadsheetWriter();

    private StatisticsWorkbook() {
    }

    /** A province's or the country's figures, with the reports and missing agencies behind them. */
    public static byte[] of(ProvinceStatistics statistics, List<AgencyReport> reports, List<MissingAgency> missing) {
        StatisticsWorkbook w = new StatisticsWorkbook();
        w.summary(statistics);
        w.figures(statistics);
        return w.details(List.of(statistics), reports, missing);
    }

    /** A list of provinces, one summary row each, with the reports and missing agencies behind them. */
    public static byte[] ofProvinces(List<ProvinceStatistics> statistics, List<AgencyReport> reports,
            List<MissingAgency> missing) {
        StatisticsWorkbook w = new StatisticsWorkbook();
        w.table(SUMMARY, statistics, ProvinceStatistics.class);
        return w.details(statistics, reports, missing);
    }

    private byte[] details(List<ProvinceStatistics> statistics, List<AgencyReport> reports,
            List<MissingAgency> missing) {
        agencies(reports, statedFigures(statistics));
        table(MISSING, missing, MissingAgency.class);
        models(reports);
        awards(reports);
        byYear(statistics);
        return book.bytes();
    }

    /** Any list (the trend, a page of missing agencies) as one sheet with Vietnamese column titles. */
    public static byte[] of(String sheet, List<?> rows, Class<?> type) {
        StatisticsWorkbook w = new StatisticsWorkbook();
        w.table(sheet, rows, type);
        return w.book.bytes();
    }

    /** One figure a line: its Vietnamese name, its value, and its field in the API. */
    private void summary(ProvinceStatistics statistics) {
        Sheet sheet = book.sheet(SUMMARY, "Chỉ tiêu", "Giá trị", "Trường (API)");
        CsvTable.Table table = CsvTable.table(List.of(statistics), ProvinceStatistics.class);
        Map<String, String> cells = table.rows().get(0);
        for (String column : table.columns()) {
            row(sheet, table.title(column, Messages.VIETNAMESE), value(column, cells.get(column)), column);
        }
        widths(sheet, 60, 20, 50);
    }

    /** One figure of the catalogue a line, in the outline's order: its place, label, code, and what it sums to. */
    private void figures(ProvinceStatistics statistics) {
        Sheet sheet = book.sheet(FIGURES, "Mục", "Chỉ tiêu", "Mã (API)", "Số cơ quan, đơn vị nêu", "Kết quả");
        statistics.figures().forEach((code, f) -> row(sheet, f.definition() == null ? null : f.definition().outline(),
                f.label().vi(), code, f.agenciesStating(), FigureSentences.value(f, statistics.agenciesReported())));
        widths(sheet, 10, 60, 30, 14, 70);
    }

    private void table(String name, List<?> rows, Class<?> type) {
        CsvTable.Table table = CsvTable.table(rows, type);
        Sheet sheet = book.sheet(name, table.columns().stream().map(c -> table.title(c, Messages.VIETNAMESE))
                .toArray(String[]::new));
        for (Map<String, String> cells : table.rows()) {
            row(sheet, table.columns().stream().map(c -> value(c, cells.getOrDefault(c, ""))).toArray());
        }
        widths(sheet, table.columns().stream().mapToInt(c -> 18).toArray());
    }

    /** What each agency stated, as it stated it. */
    private void agencies(List<AgencyReport> reports, List<FigureStatistic> figures) {
        List<String> header = new java.util.ArrayList<>(List.of("STT", "Mã cơ quan", "Tên cơ quan, đơn vị", "Mã tỉnh", "Loại cơ quan",
                "Khối thi đua", "Số văn bản", "Ngày văn bản", "Đúng hạn", "Tổng số CBCCVC và người lao động",
                "Số người tham gia", "Số người ký cam kết", "Số đơn vị thành viên",
                "Đơn vị có quy định về văn hóa công sở", "Đơn vị có kế hoạch", "Văn bản tự ban hành",
                "Văn bản cấp trên được trích dẫn", "Mô hình đã đăng ký", "Mô hình được nêu tên", "Số lượt khen thưởng",
                "Cuộc kiểm tra", "Vi phạm phát hiện", "Vi phạm đã xử lý", "Tỷ lệ trang bị máy tính",
                "Tỷ lệ người dân hài lòng", "Tỷ lệ thủ tục được số hóa"));
        figures.forEach(f -> header.add(f.label().vi())); // then the catalogue's figures, under their labels
        Sheet sheet = book.sheet(AGENCIES, header.toArray(String[]::new));
        int n = 0;
        for (AgencyReport r : reports) {
            ReportState s = r.state();
            var doc = s.document();
            var w = s.workforce();
            var units = s.memberUnits();
            var inspections = s.inspections();
            var indicators = s.indicators();
            List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(++n, r.code(), r.name(), s.provinceCode(), VietnameseText.label(r.kind()), r.blocCode(),
                    doc == null ? null : doc.number(), doc == null ? null : VietnameseText.day(doc.issuedOn()),
                    s.onTime() == null ? null : s.onTime() ? "Có" : "Không",
                    w == null ? null : w.total(), w == null ? null : VietnameseText.figure(w.participating()),
                    w == null ? null : VietnameseText.figure(w.commitmentsSigned()),
                    units == null ? null : units.total(),
                    units == null ? null : VietnameseText.figure(units.withCultureRules()),
                    units == null ? null : VietnameseText.figure(units.withPlans()),
                    s.directives().stream().filter(ReportState.Directive::own).count(),
                    s.directives().stream().filter(d -> !d.own()).count(), s.modelsTotal(), s.models().size(),
                    s.commendations().stream().mapToLong(c -> c.count() == null ? 0 : c.count()).sum(),
                    inspections == null ? null : inspections.held(),
                    inspections == null ? null : inspections.violationsFound(),
                    inspections == null ? null : inspections.violationsHandled(),
                    indicators == null ? null : VietnameseText.percentage(indicators.computerEquipmentPercent()),
                    indicators == null ? null : VietnameseText.percentage(indicators.citizenSatisfactionPercent()),
                    indicators == null ? null : VietnameseText.percentage(indicators.digitizedProceduresPercent())));
            if (!figures.isEmpty()) {
                var values = s.figureValues();
                figures.forEach(f -> cells.add(FigureSentences.stated(f, values.get(f.definition().code()))));
            }
            row(sheet, cells.toArray());
        }
        widths(sheet, 6, 14, 40, 8, 22, 12, 16, 12, 10, 14, 14, 14, 12, 14, 14, 12, 12, 12, 12, 12, 10, 10, 10, 14,
                14, 14);
    }

    /**
     * The catalogue's figures the statistics hold (the round's set and any other stated), by code in the outline's
     * order, but the built-in ones with an alias: their v2 fields have columns of their own.
     */
    private static List<FigureStatistic> statedFigures(List<ProvinceStatistics> statistics) {
        Map<String, FigureStatistic> figures = new java.util.LinkedHashMap<>();
        statistics.forEach(s -> s.figures().forEach(figures::putIfAbsent));
        return figures.values().stream().filter(f -> f.definition() != null && f.definition().alias() == null)
                .sorted(java.util.Comparator.comparing(FigureStatistic::definition,
                        vn.vhcs.contract.figures.FigureDefinition.OUTLINE_ORDER))
                .toList();
    }

    private void models(List<AgencyReport> reports) {
        Sheet sheet = book.sheet(MODELS, "STT", "Mô hình, cách làm hay", "Lĩnh vực", "Cơ quan, đơn vị");
        int n = 0;
        for (AgencyReport r : reports) {
            for (ReportState.Model m : r.state().models()) {
                row(sheet, ++n, m.name(), VietnameseText.label(m.sector()), r.name());
            }
        }
        widths(sheet, 6, 60, 18, 40);
    }

    /** Every commendation and title a report states, with its year and count as stated. */
    private void awards(List<AgencyReport> reports) {
        Sheet sheet = book.sheet(AWARDS, "Cơ quan, đơn vị", "Loại", "Hình thức, danh hiệu", "Đối tượng", "Năm",
                "Số lượng");
        for (AgencyReport r : reports) {
            for (ReportState.Commendation c : r.state().commendations()) {
                row(sheet, r.name(), "Khen thưởng", VietnameseText.label(c.form()),
                        VietnameseText.label(c.recipientKind()), c.year(), c.count());
            }
            for (ReportState.EmulationTitle t : r.state().emulationTitles()) {
                row(sheet, r.name(), "Danh hiệu thi đua", VietnameseText.label(t.title()), null, t.year(),
                        t.count() != null && t.count().count() != null && t.count().percent() == null
                                && t.count().qualifier() == null ? (Object) t.count().count()
                                        : VietnameseText.figure(t.count()));
            }
        }
        widths(sheet, 40, 18, 36, 12, 8, 16);
    }

    /** Commendations by year and titles by title × year, as the statistics count them. */
    private void byYear(List<ProvinceStatistics> statistics) {
        Sheet sheet = book.sheet(BY_YEAR, "Mã tỉnh", "Năm", "Loại", "Danh hiệu", "Số lượng");
        for (ProvinceStatistics s : statistics) {
            String province = s.provinceCode() == null ? "Toàn quốc" : s.provinceCode();
            s.commendationsByYear().forEach((year, count) -> row(sheet, province,
                    "UNSPECIFIED".equals(year) ? "Không rõ năm" : year, "Khen thưởng", "Tất cả hình thức", count));
            for (ProvinceStatistics.TitleCount t : s.emulationTitles()) {
                row(sheet, province, t.year() == null ? "Không rõ năm" : t.year().toString(), "Danh hiệu thi đua",
                        VietnameseText.label(t.title()), t.count());
            }
        }
        widths(sheet, 10, 12, 18, 36, 12);
    }

    /** A CSV cell as a spreadsheet cell: numbers as numbers, codes and text as text. */
    private static Object value(String column, String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        String field = column.substring(column.lastIndexOf('.') + 1);
        if (CODES.contains(field) || !cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return cell;
        }
        return new BigDecimal(cell);
    }
}
