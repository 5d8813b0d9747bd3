package vn.vhcs.aggregation.export;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.vhcs.aggregation.export.ExportSource.AgencyReport;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.Coverage;
import vn.vhcs.aggregation.statistics.Measure;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.Rate;
import vn.vhcs.common.export.OfficeFiles;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.contract.ReportState;

/**
 * The Sở Nội vụ's draft synthesis report of a round (or the national one), as a Word document in
 * the administrative layout of Nghị định 30/2020/NĐ-CP: issuing body and national motto side by
 * side, "Số: /BC-SNV" and the day left blank for the clerk, the title by the round's kind, sections
 * I–V with the figures written as sentences (estimates marked "ước tính") and each agency's own
 * narrative under its name, "Nơi nhận", the signature block, and annexes of the agencies' figures
 * and of those that have not reported. A draft: the board edits it before signing.
 */
public final class ProvinceReportDocument {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String MOVEMENT = "Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” "
            + "giai đoạn 2019-2025";
    private static final String FONT = "Times New Roman";
    private static final String NONE_STATED = "(Chưa có cơ quan, đơn vị nào nêu nội dung này.)";

    /** Who issues it: a province's Sở Nội vụ, or for the whole country the Bộ Nội vụ. */
    public record Issuer(String superior, String body, String numberSuffix, String place, String scope,
            String signer, List<String> recipients) {

        /** A province's Sở Nội vụ; {@code provinceName} as the registry has it ("Bình Phước", "Thành phố Hà Nội"). */
        public static Issuer province(String provinceName) {
            boolean city = provinceName.startsWith("Thành phố ");
            String place = city ? provinceName.substring("Thành phố ".length()) : provinceName;
            String full = city ? "thành phố " + place : "tỉnh " + provinceName;
            return new Issuer("UBND " + full.toUpperCase(Locale.forLanguageTag("vi")), "SỞ NỘI VỤ", "/BC-SNV", place,
                    "trên địa bàn " + full, "GIÁM ĐỐC", List.of("Ban Thi đua - Khen thưởng Trung ương (b/c);",
                            "Thường trực Hội đồng Thi đua - Khen thưởng " + full + " (b/c);",
                            "UBND " + full + " (b/c);", "Các cơ quan, đơn vị " + full + ";", "Lưu: VT, TĐKT."));
        }

        public static Issuer national() {
            return new Issuer(null, "BỘ NỘI VỤ", "/BC-BNV", "Hà Nội", "trong cả nước", "BỘ TRƯỞNG",
                    List.of("Thủ tướng Chính phủ (b/c);", "Hội đồng Thi đua - Khen thưởng Trung ương (b/c);",
                            "UBND các tỉnh, thành phố trực thuộc Trung ương;", "Lưu: VT, Ban TĐKT."));
        }
    }

    private final XWPFDocument doc = new XWPFDocument();

    private ProvinceReportDocument() {
    }

    public static byte[] of(Issuer issuer, ReportingRound round, ProvinceStatistics statistics,
            List<AgencyReport> reports, List<MissingAgency> missing, LocalDate today) {
        ProvinceReportDocument d = new ProvinceReportDocument();
        d.page();
        d.heading(issuer, today);
        d.title(round);
        d.situation(issuer, round, statistics, reports);
        d.results(statistics, reports);
        d.section("III. TỒN TẠI, HẠN CHẾ");
        d.narratives(reports, ReportState.Narrative::limitations);
        d.subsection("Bài học kinh nghiệm");
        d.narratives(reports, ReportState.Narrative::lessons);
        d.section("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ");
        d.narratives(reports, ReportState.Narrative::nextTasks);
        d.section("V. ĐỀ XUẤT, KIẾN NGHỊ");
        d.narratives(reports, ReportState.Narrative::proposals);
        d.text("Trên đây là báo cáo " + kind(round).toLowerCase(Locale.forLanguageTag("vi")) + " " + MOVEMENT + " "
                + issuer.scope() + "./.");
        d.signature(issuer);
        d.agencyAnnex(reports);
        d.missingAnnex(missing);
        return OfficeFiles.bytes(d.doc);
    }

    /** A4, margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm). */
    private void page() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(851));
    }

    /** Issuing body and number on the left, national motto, place and date on the right. */
    private void heading(Issuer issuer, LocalDate today) {
        XWPFTable table = doc.createTable(3, 2);
        table.removeBorders();
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), issuer.superior() == null ? "" : issuer.superior(), false, 13);
        cell(table.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 13);
        cell(table.getRow(1).getCell(0), issuer.body(), true, 13);
        cell(table.getRow(1).getCell(1), "Độc lập - Tự do - Hạnh phúc", true, 14);
        // the clerk fills in the number and the day when the report is signed
        cell(table.getRow(2).getCell(0), "Số:        " + issuer.numberSuffix(), false, 13);
        XWPFParagraph date = cell(table.getRow(2).getCell(1),
                issuer.place() + ", ngày      tháng      năm " + today.getYear(), false, 14);
        date.getRuns().forEach(r -> r.setItalic(true));
    }

    private void title(ReportingRound round) {
        paragraph(ParagraphAlignment.CENTER, 14, true, false, "BÁO CÁO").setSpacingBefore(240);
        String what = switch (round.kind == null ? "" : round.kind) {
            case "ANNUAL" -> "Kết quả thực hiện " + MOVEMENT + " năm " + round.periodEnd.getYear();
            default -> kind(round) + " thực hiện " + MOVEMENT;
        };
        paragraph(ParagraphAlignment.CENTER, 14, true, false, what);
        paragraph(ParagraphAlignment.CENTER, 14, false, true, "(Từ ngày " + VietnameseText.day(round.periodStart)
                + " đến ngày " + VietnameseText.day(round.periodEnd) + ")");
    }

    /** "Sơ kết" for a midterm review, "Tổng kết" for the final one, else the year's results. */
    static String kind(ReportingRound round) {
        return switch (round.kind == null ? "" : round.kind) {
            case "MIDTERM_REVIEW" -> "Sơ kết";
            case "FINAL_REVIEW" -> "Tổng kết";
            default -> "Kết quả";
        };
    }

    private void situation(Issuer issuer, ReportingRound round, ProvinceStatistics s, List<AgencyReport> reports) {
        section("I. ĐẶC ĐIỂM TÌNH HÌNH");
        text("Trong kỳ báo cáo, " + issuer.scope() + " có " + s.agenciesExpected()
                + " cơ quan, đơn vị thuộc diện báo cáo; " + s.agenciesReported() + " cơ quan, đơn vị đã gửi báo cáo"
                + rate(s.reportingRate()) + ", trong đó " + s.reportedOnTime() + " báo cáo đúng hạn"
                + rate(s.onTimeRate()) + "; " + s.agenciesMissing() + " cơ quan, đơn vị chưa gửi báo cáo"
                + (s.agenciesMissing() > 0 ? " (danh sách tại Phụ lục II)." : "."));
        subsection("1. Thuận lợi");
        narratives(reports, ReportState.Narrative::advantages);
        subsection("2. Khó khăn");
        narratives(reports, ReportState.Narrative::difficulties);
    }

    private void results(ProvinceStatistics s, List<AgencyReport> reports) {
        section("II. KẾT QUẢ THỰC HIỆN");
        subsection("1. Công tác lãnh đạo, chỉ đạo, triển khai");
        if (s.directives().total() > 0) {
            text("Các cơ quan, đơn vị đã ban hành " + s.directives().total()
                    + " văn bản để lãnh đạo, chỉ đạo, triển khai Phong trào, gồm: "
                    + counts(s.directives().byKind(), k -> VietnameseText.label(k).toLowerCase(Locale.ROOT)) + ".");
        }
        coverage(s.coverage().ownPlan(), "tự ban hành kế hoạch thực hiện Phong trào");
        coverage(s.coverage().ownRegulation(), "tự ban hành quy chế, quy định");
        if (!s.citedDocuments().isEmpty()) {
            StringJoiner cited = new StringJoiner("; ");
            s.citedDocuments().stream().limit(5).forEach(c -> cited.add(VietnameseText.label(c.kind()) + " số "
                    + c.number() + (c.issuedBy() == null ? "" : " của " + c.issuedBy()) + " (" + c.agencies()
                    + " cơ quan, đơn vị)"));
            text("Các văn bản cấp trên được các cơ quan, đơn vị căn cứ nhiều nhất: " + cited + ".");
        }
        narratives(reports, ReportState.Narrative::leadership);
        subsection("2. Công tác tuyên truyền");
        narratives(reports, ReportState.Narrative::communication);
        subsection("3. Kết quả thực hiện các nội dung thi đua");
        figures(s);
        coverage(s.coverage().commitments(), "có người ký cam kết thực hiện văn hóa công sở");
        narratives(reports, ReportState.Narrative::results);
        subsection("4. Mô hình, cách làm hay");
        models(s, reports);
        coverage(s.coverage().models(), "có mô hình, cách làm hay");
        narratives(reports, ReportState.Narrative::goodPractices);
        subsection("5. Khen thưởng, danh hiệu thi đua");
        awards(s);
        coverage(s.coverage().culturalStandard(), "nêu đạt chuẩn văn hóa");
        subsection("6. Công tác kiểm tra, giám sát");
        if (s.inspections().reporting() > 0) {
            text(s.inspections().reporting() + " cơ quan, đơn vị báo cáo đã tổ chức " + s.inspections().held()
                    + " cuộc kiểm tra, phát hiện " + s.inspections().violationsFound() + " trường hợp vi phạm, đã xử lý "
                    + s.inspections().violationsHandled() + " trường hợp.");
        }
        narratives(reports, ReportState.Narrative::inspection);
        subsection("7. Tác động, hiệu quả");
        narratives(reports, ReportState.Narrative::impact);
    }

    /** Agencies, not documents: "2/4 cơ quan, đơn vị đã báo cáo tự ban hành kế hoạch (50 %)"; nothing before a report. */
    private void coverage(Coverage.Share share, String what) {
        if (share.of() > 0) {
            text(share.agencies() + "/" + share.of() + " cơ quan, đơn vị đã báo cáo " + what + " ("
                    + VietnameseText.share(share.rate()) + ").");
        }
    }

    /** Exact counts first; then what the agencies stated, an estimate wherever a percent entered it. */
    private void figures(ProvinceStatistics s) {
        if (s.participationRate().denominator() > 0) {
            text("Các cơ quan, đơn vị nêu đủ số liệu có tổng số " + VietnameseText.number(s.workforceTotal())
                    + " cán bộ, công chức, viên chức và người lao động; " + VietnameseText.number(s.participating())
                    + " người tham gia Phong trào" + rate(s.participationRate()) + "; "
                    + VietnameseText.number(s.commitmentsSigned()) + " người ký cam kết thực hiện văn hóa công sở"
                    + rate(s.commitmentRate()) + ".");
        }
        measure(s.measures().get("participation"), "tham gia Phong trào", "người");
        measure(s.measures().get("commitments"), "ký cam kết thực hiện văn hóa công sở", "người");
        measure(s.measures().get("memberUnitsWithCultureRules"),
                "đơn vị thành viên có quy định về văn hóa công sở", "đơn vị");
        measure(s.measures().get("memberUnitsWithPlans"), "đơn vị thành viên có kế hoạch thực hiện", "đơn vị");
        s.indicators().forEach((name, i) -> {
            if (i.reported() > 0) {
                boolean one = i.min().compareTo(i.max()) == 0;
                text(VietnameseText.label(name).replace(" (%)", "") + ": " + i.reported()
                        + " cơ quan, đơn vị nêu" + (one ? ", " + VietnameseText.percent(i.min())
                                : ", bình quân " + VietnameseText.percent(i.mean()) + " (thấp nhất "
                                        + VietnameseText.percent(i.min()) + ", cao nhất "
                                        + VietnameseText.percent(i.max()) + ")") + ".");
            }
        });
    }

    private void measure(Measure m, String what, String unit) {
        if (m == null || m.agenciesStating() == 0) {
            return;
        }
        StringBuilder sentence = new StringBuilder("Về tỷ lệ " + what + ": " + m.agenciesStating()
                + " cơ quan, đơn vị nêu số liệu (" + m.withCount() + " nêu số " + unit + ", " + m.withPercentOnly()
                + " chỉ nêu tỷ lệ phần trăm");
        if (m.percentOnlyWithoutBase() > 0) {
            sentence.append(", trong đó ").append(m.percentOnlyWithoutBase())
                    .append(" không có tổng số để quy đổi");
        }
        sentence.append(")");
        if (m.rate().value() != null) {
            sentence.append("; tỷ lệ chung ").append(m.estimated() ? "ước tính " : "").append("đạt ")
                    .append(VietnameseText.share(m.rate().value())).append(" (")
                    .append(VietnameseText.number(m.rate().numerator())).append("/")
                    .append(VietnameseText.number(m.rate().denominator())).append(" ").append(unit)
                    .append(m.estimated() ? ", ước tính từ tỷ lệ phần trăm do cơ quan, đơn vị nêu" : "").append(")");
        }
        if (m.statedPercent().mean() != null) {
            sentence.append(statedRange(m.statedPercent())).append("; ")
                    .append(m.statedPercent().at100()).append(" cơ quan, đơn vị đạt 100 %");
        }
        text(sentence.append(".").toString());
    }

    /** The stated percents: one value said once ("từ 98 % đến 98 %, bình quân 98 %" says nothing more). */
    private static String statedRange(Measure.StatedPercent p) {
        if (p.min().compareTo(p.max()) == 0) {
            return "; tỷ lệ các cơ quan, đơn vị nêu: " + VietnameseText.percent(p.min());
        }
        return "; tỷ lệ các cơ quan, đơn vị nêu từ " + VietnameseText.percent(p.min()) + " đến "
                + VietnameseText.percent(p.max()) + ", bình quân " + VietnameseText.percent(p.mean());
    }

    private void models(ProvinceStatistics s, List<AgencyReport> reports) {
        if (s.models().total() == 0) {
            return;
        }
        text("Các cơ quan, đơn vị đã đăng ký " + s.models().total() + " mô hình, cách làm hay; " + s.models().named()
                + " mô hình được nêu tên" + (s.models().bySector().isEmpty() ? "." : ", theo lĩnh vực: "
                        + counts(s.models().bySector(), k -> VietnameseText.label(k).toLowerCase(Locale.ROOT)) + "."));
        for (AgencyReport r : reports) {
            for (ReportState.Model m : r.state().models()) {
                bullet(m.name() + " (" + r.name() + ").");
            }
        }
    }

    private void awards(ProvinceStatistics s) {
        long commendations = s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum();
        if (commendations > 0) {
            StringJoiner forms = new StringJoiner("; ");
            s.commendations().forEach(c -> forms.add(c.count() + " " + VietnameseText.label(c.form()) + " cho "
                    + VietnameseText.label(c.recipientKind()).toLowerCase(Locale.ROOT)));
            text("Các cơ quan, đơn vị đã khen thưởng " + commendations + " lượt, gồm: " + forms + ".");
            StringJoiner years = new StringJoiner("; ");
            s.commendationsByYear().forEach((year, count) -> years.add(
                    ("UNSPECIFIED".equals(year) ? "không rõ năm" : "năm " + year) + ": " + count + " lượt"));
            text("Khen thưởng theo năm: " + years + ".");
        }
        for (ProvinceStatistics.TitleCount t : s.emulationTitles()) {
            text("Danh hiệu “" + VietnameseText.label(t.title()) + "”" + (t.year() == null ? "" : " năm " + t.year())
                    + ": " + t.count() + ".");
        }
        s.emulationTitleMeasures().forEach((key, m) -> {
            String[] titleYear = key.split(":");
            text("Danh hiệu “" + VietnameseText.label(titleYear[0]) + "”"
                    + (titleYear.length > 1 && titleYear[1].matches("[0-9]{4}") ? " năm " + titleYear[1] : "")
                    + ": " + m.agenciesStating() + " cơ quan, đơn vị nêu theo tỷ lệ"
                    + (m.statedPercent().mean() == null ? "" : ", bình quân "
                            + VietnameseText.percent(m.statedPercent().mean()))
                    + (m.rate().value() == null ? "" : "; " + (m.estimated() ? "ước tính " : "") + "đạt "
                            + VietnameseText.share(m.rate().value()) + " (" + VietnameseText.number(m.rate().numerator())
                            + "/" + VietnameseText.number(m.rate().denominator()) + " người)")
                    + ".");
        });
    }

    /** Each agency's own text of a section, under its name, as it wrote it. */
    private void narratives(List<AgencyReport> reports, Function<ReportState.Narrative, String> section) {
        boolean any = false;
        for (AgencyReport r : reports) {
            ReportState.Narrative narrative = r.state().narrative();
            String text = narrative == null ? null : section.apply(narrative);
            if (text == null || text.isBlank()) {
                continue;
            }
            any = true;
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 14, false, false, null);
            p.setFirstLineIndent(567);
            XWPFRun name = p.createRun();
            font(name, 14);
            name.setItalic(true);
            name.setText(r.name() + ": ");
            String[] lines = text.strip().split("\\R+");
            XWPFRun first = p.createRun();
            font(first, 14);
            first.setText(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                text(lines[i]);
            }
        }
        if (!any) {
            paragraph(ParagraphAlignment.BOTH, 14, false, true, NONE_STATED).setFirstLineIndent(567);
        }
    }

    private void signature(Issuer issuer) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph to = cell(left, "Nơi nhận:", true, 12);
        to.setAlignment(ParagraphAlignment.LEFT);
        to.getRuns().forEach(r -> r.setItalic(true));
        for (String recipient : issuer.recipients()) {
            XWPFParagraph p = left.addParagraph();
            XWPFRun run = p.createRun();
            font(run, 11);
            run.setText("- " + recipient);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        cell(right, issuer.signer(), true, 14);
        for (int i = 0; i < 4; i++) {
            right.addParagraph(); // room for the signature and the seal
        }
    }

    /** Phụ lục I: each reporting agency and the figures it stated. */
    private void agencyAnnex(List<AgencyReport> reports) {
        XWPFParagraph annex = paragraph(ParagraphAlignment.CENTER, 14, true, false, "PHỤ LỤC I");
        annex.setPageBreak(true);
        paragraph(ParagraphAlignment.CENTER, 14, true, false, "Số liệu của các cơ quan, đơn vị đã báo cáo");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "STT", "Cơ quan, đơn vị", "Tổng số CBCCVC, NLĐ", "Tham gia", "Ký cam kết",
                "Mô hình", "Khen thưởng (lượt)", "Đúng hạn" });
        int n = 0;
        for (AgencyReport r : reports) {
            ReportState s = r.state();
            var w = s.workforce();
            rows.add(new String[] { Integer.toString(++n), r.name(),
                    w == null || w.total() == null ? "" : VietnameseText.number(w.total()),
                    w == null ? "" : VietnameseText.figure(w.participating()),
                    w == null ? "" : VietnameseText.figure(w.commitmentsSigned()), Integer.toString(s.modelsTotal()),
                    Long.toString(s.commendations().stream().mapToLong(c -> c.count() == null ? 0 : c.count()).sum()),
                    s.onTime() == null ? "" : s.onTime() ? "Có" : "Không" });
        }
        grid(rows);
    }

    /** Phụ lục II: the expected agencies that have not reported. */
    private void missingAnnex(List<MissingAgency> missing) {
        paragraph(ParagraphAlignment.CENTER, 14, true, false, "PHỤ LỤC II").setSpacingBefore(240);
        paragraph(ParagraphAlignment.CENTER, 14, true, false, "Các cơ quan, đơn vị chưa gửi báo cáo");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "STT", "Mã cơ quan", "Cơ quan, đơn vị", "Khối thi đua" });
        int n = 0;
        for (MissingAgency m : missing) {
            rows.add(new String[] { Integer.toString(++n), m.code(), m.name(), m.blocCode() == null ? "" : m.blocCode() });
        }
        grid(rows);
    }

    private void grid(List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        table.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.get(i).length; j++) {
                XWPFParagraph p = cell(table.getRow(i).getCell(j), rows.get(i)[j], i == 0, 12);
                if (j == 1 || j == 2 && rows.get(0).length == 4) {
                    p.setAlignment(ParagraphAlignment.LEFT);
                }
            }
        }
    }

    /** "… (đạt 66,67 %)"; nothing over no data. */
    private static String rate(Rate rate) {
        return rate == null || rate.value() == null ? "" : " (đạt " + VietnameseText.share(rate.value()) + ")";
    }

    /** "2 kế hoạch, 1 quyết định". */
    private static String counts(Map<String, Long> byKey, Function<String, String> label) {
        StringJoiner parts = new StringJoiner(", ");
        byKey.forEach((key, count) -> parts.add(count + " " + label.apply(key)));
        return parts.toString();
    }

    private void section(String title) {
        paragraph(ParagraphAlignment.LEFT, 14, true, false, title).setSpacingBefore(200);
    }

    private void subsection(String title) {
        paragraph(ParagraphAlignment.LEFT, 14, true, false, title).setIndentationFirstLine(567);
    }

    private void text(String text) {
        paragraph(ParagraphAlignment.BOTH, 14, false, false, text).setFirstLineIndent(567);
    }

    private void bullet(String text) {
        paragraph(ParagraphAlignment.BOTH, 14, false, false, "- " + text).setFirstLineIndent(567);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int size, boolean bold, boolean italic, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        if (text != null) {
            XWPFRun run = p.createRun();
            font(run, size);
            run.setBold(bold);
            run.setItalic(italic);
            run.setText(text);
        }
        return p;
    }

    private static XWPFParagraph cell(XWPFTableCell cell, String text, boolean bold, int size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        font(run, size);
        run.setBold(bold);
        run.setText(text);
        return p;
    }

    private static void font(XWPFRun run, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }
}
