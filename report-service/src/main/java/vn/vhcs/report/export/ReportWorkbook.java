package vn.vhcs.report.export;

import static vn.vhcs.common.export.SpreadsheetWriter.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import vn.vhcs.common.export.SpreadsheetWriter;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.contract.Figure;
import vn.vhcs.contract.rules.Deadlines;
import vn.vhcs.report.DirectiveIssuer;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportView;

/**
 * A page of the report list as an Excel workbook (Apache POI) with Vietnamese sheets and headers:
 * one row per report with what the agency stated, as it stated it ("trên 95 %", counts), the
 * models it names, and each commendation and emulation title with its year.
 */
public final class ReportWorkbook {

    public static final String MEDIA_TYPE = SpreadsheetWriter.MEDIA_TYPE;

    static final String REPORTS = "Báo cáo";
    static final String MODELS = "Mô hình";
    static final String AWARDS = "Khen thưởng, danh hiệu";

    private ReportWorkbook() {
    }

    /** The reports, with their agencies' names by code (the code stands in for an unknown one). */
    public static byte[] of(List<ReportView> reports, Map<String, String> agencyNames) {
        SpreadsheetWriter w = new SpreadsheetWriter();
        Sheet list = w.sheet(REPORTS, "Mã báo cáo", "Mã cơ quan", "Tên cơ quan, đơn vị", "Mã tỉnh", "Đợt báo cáo",
                "Phiên bản", "Trạng thái", "Ngày gửi", "Đúng hạn", "Số văn bản", "Ngày văn bản", "Người ký",
                "Tổng số CBCCVC và người lao động", "Số người tham gia", "Số người ký cam kết", "Số đơn vị thành viên",
                "Đơn vị có quy định về văn hóa công sở", "Đơn vị có kế hoạch", "Văn bản tự ban hành",
                "Văn bản cấp trên được trích dẫn", "Mô hình đã đăng ký", "Mô hình được nêu tên", "Số lượt khen thưởng",
                "Cuộc kiểm tra", "Vi phạm phát hiện", "Vi phạm đã xử lý", "Tỷ lệ trang bị máy tính",
                "Tỷ lệ người dân hài lòng", "Tỷ lệ thủ tục được số hóa");
        Sheet models = w.sheet(MODELS, "Mã cơ quan", "Tên cơ quan, đơn vị", "Mô hình, cách làm hay", "Lĩnh vực");
        Sheet awards = w.sheet(AWARDS, "Mã cơ quan", "Tên cơ quan, đơn vị", "Loại", "Hình thức, danh hiệu",
                "Đối tượng", "Năm", "Số lượng");
        for (ReportView r : reports) {
            String name = agencyNames.getOrDefault(r.agencyCode(), r.agencyCode());
            var doc = r.document();
            var wf = r.workforce();
            var units = r.memberUnits();
            var inspections = r.inspections();
            var indicators = r.indicators();
            long own = r.directives().stream().filter(d -> d.issuer() == null || d.issuer() == DirectiveIssuer.SELF)
                    .count();
            row(list, r.id().toString(), r.agencyCode(), name, r.provinceCode(), r.roundCode(), r.version(),
                    status(r.status()), r.submittedAt() == null ? null
                            : VietnameseText.day(LocalDate.ofInstant(r.submittedAt(), Deadlines.VIETNAM)),
                    r.onTime() ? "Có" : "Không", doc == null ? null : doc.number(),
                    doc == null ? null : VietnameseText.day(doc.issuedOn()), doc == null ? null : doc.signerName(),
                    wf == null ? null : wf.total(), wf == null ? null : VietnameseText.figure(wf.participating()),
                    wf == null ? null : VietnameseText.figure(wf.commitmentsSigned()),
                    units == null ? null : units.total(),
                    units == null ? null : VietnameseText.figure(units.withCultureRules()),
                    units == null ? null : VietnameseText.figure(units.withPlans()), own,
                    r.directives().size() - own,
                    Math.max(r.modelsRegistered() == null ? 0 : r.modelsRegistered(), r.models().size()),
                    r.models().size(),
                    r.commendations().stream().mapToLong(c -> c.count() == null ? 0 : c.count()).sum(),
                    inspections == null ? null : inspections.held(),
                    inspections == null ? null : inspections.violationsFound(),
                    inspections == null ? null : inspections.violationsHandled(),
                    indicators == null ? null : VietnameseText.percentage(indicators.computerEquipmentPercent()),
                    indicators == null ? null : VietnameseText.percentage(indicators.citizenSatisfactionPercent()),
                    indicators == null ? null : VietnameseText.percentage(indicators.digitizedProceduresPercent()));
            for (ReportRequest.Model m : r.models()) {
                row(models, r.agencyCode(), name, m.name(), VietnameseText.label(m.sector().name()));
            }
            for (ReportRequest.Commendation c : r.commendations()) {
                row(awards, r.agencyCode(), name, "Khen thưởng", VietnameseText.label(c.form().name()),
                        VietnameseText.label(c.recipientKind().name()), c.year(), c.count());
            }
            for (ReportRequest.EmulationTitle t : r.emulationTitles()) {
                row(awards, r.agencyCode(), name, "Danh hiệu thi đua", VietnameseText.label(t.title().name()), null,
                        t.year(), count(t.count()));
            }
        }
        return w.bytes();
    }

    private static String status(vn.vhcs.contract.ReportStatus status) {
        return switch (status) {
            case SUBMITTED -> "Đã gửi";
            case REVISED -> "Đã sửa đổi";
            case WITHDRAWN -> "Đã rút";
        };
    }

    /** A plain count as a number a spreadsheet adds up; anything else as it was stated. */
    private static Object count(Figure figure) {
        return figure != null && figure.count() != null && figure.percent() == null && figure.qualifier() == null
                ? (Object) figure.count() : VietnameseText.figure(figure);
    }
}
