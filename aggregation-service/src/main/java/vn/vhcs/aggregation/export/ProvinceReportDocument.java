package vn.vhcs.aggregation.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.vhcs.aggregation.export.ExportSource.AgencyReport;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.Rate;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.contract.ReportState;

/**
 * The Sở Nội vụ's draft synthesis report of a round (or the national one), as a Word document in
 * the administrative layout of Nghị định 30/2020/NĐ-CP: issuing body and national motto side by
 * side, "Số: /BC-SNV" and the day left blank for the clerk, the title by the round's kind, sections
 * I–V with the figures written as an administrative report writes them (how a rate was estimated in
 * a footnote), each narrative section saying how many agencies wrote on it and leaving a marked
 * paragraph for the officer's synthesis, "Nơi nhận", the signature block, and in a landscape section
 * the annexes: the agencies' figures, those that have not reported, the models named, and the
 * agencies' own texts. The annexes grow with the agencies and are streamed ({@link StreamedParts}).
 * A draft: the board edits it before signing.
 */
public final class ProvinceReportDocument {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String MOVEMENT = "Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” "
            + "giai đoạn 2019-2025";
    /** Where the officer writes the synthesis of the agencies' texts: marked, never filled in for them. */
    public static final String SYNTHESIS = "[Tổng hợp của cơ quan thường trực: …]";
    private static final String FONT = "Times New Roman";
    private static final String NONE_STATED = "(Chưa có cơ quan, đơn vị nào nêu nội dung này.)";
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** A4 in twentieths of a point, and the width left for text in the landscape annexes (20 mm margins). */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int ANNEX_WIDTH = A4_LONG - 2 * 1134;

    /** Who issues it: a province's Sở Nội vụ, or for the whole country the Bộ Nội vụ. */
    public record Issuer(String superior, String body, String numberSuffix, String place, String scope,
            String signer, List<String> recipients, List<String> formerProvinces) {

        /** A province's Sở Nội vụ; {@code provinceName} as the registry has it ("Bình Phước", "Thành phố Hà Nội"). */
        public static Issuer province(String provinceName) {
            boolean city = provinceName.startsWith("Thành phố ");
            String place = city ? provinceName.substring("Thành phố ".length()) : provinceName;
            String full = city ? "thành phố " + place : "tỉnh " + provinceName;
            return new Issuer("UBND " + full.toUpperCase(VI), "SỞ NỘI VỤ", "/BC-SNV", place,
                    "trên địa bàn " + full, "GIÁM ĐỐC", List.of("Ban Thi đua - Khen thưởng Trung ương (b/c);",
                            "Thường trực Hội đồng Thi đua - Khen thưởng " + full + " (b/c);",
                            "UBND " + full + " (b/c);", "Các cơ quan, đơn vị " + full + ";", "Lưu: VT, TĐKT."),
                    List.of());
        }

        public static Issuer national() {
            return new Issuer(null, "BỘ NỘI VỤ", "/BC-BNV", "Hà Nội", "trong cả nước", "BỘ TRƯỞNG",
                    List.of("Thủ tướng Chính phủ (b/c);", "Hội đồng Thi đua - Khen thưởng Trung ương (b/c);",
                            "UBND các tỉnh, thành phố trực thuộc Trung ương;", "Lưu: VT, Ban TĐKT."), List.of());
        }

        /** The same issuer for a province formed on 1 July 2025, covering these former provinces (by name). */
        public Issuer covering(List<String> former) {
            return new Issuer(superior, body, numberSuffix, place, scope, signer, recipients, List.copyOf(former));
        }
    }

    /** What grows with the number of agencies, read a page at a time, as often as the document needs it. */
    public interface Agencies {
        void forEachReport(Consumer<AgencyReport> each);

        void forEachMissing(Consumer<MissingAgency> each);
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final ReportDigest digest;
    private final Agencies agencies;
    /** The TEXT figures of the catalogue the statistics hold, code → label: gathered with the agencies' texts. */
    private final Map<String, String> textFigures = new java.util.LinkedHashMap<>();
    private boolean anyTextFigure;

    private ProvinceReportDocument(ReportDigest digest, Agencies agencies, ProvinceStatistics statistics) {
        this.digest = digest;
        this.agencies = agencies;
        if (statistics.figures() != null) {
            statistics.figures().forEach((code, f) -> {
                if (f.kind() == vn.vhcs.contract.figures.FigureKind.TEXT) {
                    textFigures.put(code, f.label().vi());
                    anyTextFigure |= f.agenciesStating() > 0;
                }
            });
        }
    }

    /**
     * Writes the report to {@code out} (left open): one pass over the reports for what the body says of
     * them, the body built in memory, then the annexes streamed, reading the reports and the missing
     * agencies again a page at a time.
     */
    public static void write(OutputStream out, Issuer issuer, ReportingRound round, ProvinceStatistics statistics,
            RoundComparisonSection.Section comparison, Agencies agencies, LocalDate today) throws IOException {
        ReportDigest digest = new ReportDigest();
        agencies.forEachReport(r -> digest.add(r.state()));
        ProvinceReportDocument d = new ProvinceReportDocument(digest, agencies, statistics);
        d.defaults();
        d.heading(issuer, today);
        d.title(round, issuer);
        d.situation(issuer, statistics);
        new ReportResults(d, statistics, digest, comparison).write();
        d.section("III. TỒN TẠI, HẠN CHẾ");
        d.narratives("limitations");
        d.subsection("Bài học kinh nghiệm");
        d.narratives("lessons");
        d.section("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ");
        d.narratives("nextTasks");
        d.section("V. ĐỀ XUẤT, KIẾN NGHỊ");
        d.narratives("proposals");
        d.text("Trên đây là báo cáo " + kind(round).toLowerCase(VI) + " " + MOVEMENT + " " + issuer.scope() + "./.");
        d.signature(issuer);
        d.endOfBody();
        d.annexes();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (XWPFDocument document = d.doc) {
            document.write(body);
        }
        StreamedParts.write(body.toByteArray(), Map.of("figures", d::figureRows, "missing", d::missingRows,
                "models", d::modelRows), Map.of("texts", d::texts), out);
    }

    /** Times New Roman for every run, the streamed ones included, which carry no font of their own. */
    private void defaults() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
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

    private void title(ReportingRound round, Issuer issuer) {
        paragraph(ParagraphAlignment.CENTER, 14, true, false, "BÁO CÁO").setSpacingBefore(240);
        String what = switch (round.kind == null ? "" : round.kind) {
            case "ANNUAL" -> "Kết quả thực hiện " + MOVEMENT + " năm " + round.periodEnd.getYear();
            default -> kind(round) + " thực hiện " + MOVEMENT;
        };
        paragraph(ParagraphAlignment.CENTER, 14, true, false, what);
        paragraph(ParagraphAlignment.CENTER, 14, false, true, "(Từ ngày " + VietnameseText.day(round.periodStart)
                + " đến ngày " + VietnameseText.day(round.periodEnd) + ")");
        if (!issuer.formerProvinces().isEmpty()) {
            paragraph(ParagraphAlignment.CENTER, 14, false, true, "(Trên địa bàn " + issuer.scope()
                    .replace("trên địa bàn ", "") + " từ ngày 01/7/2025, gồm địa bàn các tỉnh, thành phố trước sắp xếp: "
                    + String.join(", ", issuer.formerProvinces()) + ")");
        }
    }

    /** "Sơ kết" for a midterm review, "Tổng kết" for the final one, else the year's results. */
    static String kind(ReportingRound round) {
        return switch (round.kind == null ? "" : round.kind) {
            case "MIDTERM_REVIEW" -> "Sơ kết";
            case "FINAL_REVIEW" -> "Tổng kết";
            default -> "Kết quả";
        };
    }

    private void situation(Issuer issuer, ProvinceStatistics s) {
        section("I. ĐẶC ĐIỂM TÌNH HÌNH");
        text("Trong kỳ báo cáo, " + issuer.scope() + " có " + s.agenciesExpected()
                + " cơ quan, đơn vị thuộc diện báo cáo; " + s.agenciesReported() + " cơ quan, đơn vị đã gửi báo cáo"
                + rate(s.reportingRate()) + ", trong đó " + s.reportedOnTime() + " báo cáo đúng hạn"
                + rate(s.onTimeRate()) + "; " + s.agenciesMissing() + " cơ quan, đơn vị chưa gửi báo cáo"
                + (s.agenciesMissing() > 0 ? " (danh sách tại Phụ lục II)." : "."));
        subsection("1. Thuận lợi");
        narratives("advantages");
        subsection("2. Khó khăn");
        narratives("difficulties");
    }

    /**
     * A narrative section: how many agencies wrote on it, where their texts are, and a marked
     * paragraph where the officer writes the synthesis; nothing written for them.
     */
    void narratives(String section) {
        int writers = digest.writers(section);
        if (writers == 0) {
            paragraph(ParagraphAlignment.BOTH, 14, false, true, NONE_STATED).setFirstLineIndent(567);
            return;
        }
        text("Có " + writers + "/" + digest.reports() + " cơ quan, đơn vị báo cáo nội dung này (toàn văn tại Phụ lục IV).");
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 14, false, true, SYNTHESIS);
        p.setFirstLineIndent(567);
        p.getRuns().forEach(r -> r.setTextHighlightColor("yellow"));
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

    /**
     * Closes the body's section (A4 portrait, margins of Nghị định 30/2020: top and bottom 20 mm, left
     * 30 mm, right 15 mm); the annexes that follow are landscape, where their tables have room.
     */
    private void endOfBody() {
        CTSectPr body = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
        page(body, A4_SHORT, A4_LONG, 1701, 851);
        CTSectPr annexes = doc.getDocument().getBody().addNewSectPr();
        page(annexes, A4_LONG, A4_SHORT, 1134, 1134).setOrient(STPageOrientation.LANDSCAPE);
    }

    private static CTPageSz page(CTSectPr section, int width, int height, int left, int right) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(right));
        return size;
    }

    /** The annexes' titles and headers; their rows and texts are streamed in place of the markers. */
    private void annexes() {
        annexTitle("PHỤ LỤC I", "Số liệu của các cơ quan, đơn vị đã báo cáo", false);
        paragraph(ParagraphAlignment.CENTER, 12, false, true, "(Số liệu như cơ quan, đơn vị nêu trong báo cáo)");
        grid("figures", new String[] { "STT", "Cơ quan, đơn vị", "Tổng số CBCCVC, NLĐ", "Tham gia Phong trào",
                "Ký cam kết", "Mô hình", "Khen thưởng (lượt)", "Đúng hạn" },
                new int[] { 700, 5370, 1600, 1800, 1600, 1000, 1200, 1300 });
        annexTitle("PHỤ LỤC II", "Các cơ quan, đơn vị chưa gửi báo cáo", true);
        grid("missing", new String[] { "STT", "Mã cơ quan", "Cơ quan, đơn vị", "Khối thi đua" },
                new int[] { 800, 2200, 9070, 2500 });
        annexTitle("PHỤ LỤC III", "Mô hình, cách làm hay do các cơ quan, đơn vị nêu", true);
        if (digest.modelsNamed() > 0) { // else no pass over the reports for it
            grid("models", new String[] { "STT", "Mô hình, cách làm hay", "Lĩnh vực", "Cơ quan, đơn vị" },
                    new int[] { 800, 6570, 2500, 4700 });
        } else {
            paragraph(ParagraphAlignment.CENTER, 14, false, true, "(Không có cơ quan, đơn vị nào nêu tên mô hình.)");
        }
        annexTitle("PHỤ LỤC IV", "Nội dung các cơ quan, đơn vị báo cáo", true);
        if (digest.anyNarrative() || anyTextFigure) {
            text(StreamedParts.marker("texts"));
        } else {
            paragraph(ParagraphAlignment.CENTER, 14, false, true, NONE_STATED);
        }
    }

    private void annexTitle(String number, String title, boolean newPage) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 14, true, false, number);
        p.setPageBreak(newPage);
        paragraph(ParagraphAlignment.CENTER, 14, true, false, title);
    }

    /**
     * A table of fixed column widths (twentieths of a point, summing to the annex width) with its
     * header row, repeated on every page, and a marker row the streamed rows replace.
     */
    private void grid(String part, String[] header, int[] widths) {
        XWPFTable table = table(widths);
        XWPFTableRow first = table.getRow(0);
        first.setRepeatHeader(true);
        for (int j = 0; j < header.length; j++) {
            cell(j == 0 ? first.getCell(0) : first.addNewTableCell(), header[j], true, 12);
        }
        XWPFTableRow marker = table.createRow();
        cell(marker.getCell(0), StreamedParts.marker(part), false, 12);
    }

    /** A bordered table of fixed column widths (twentieths of a point), with one empty row to fill. */
    XWPFTable table(int[] widths) {
        XWPFTable table = doc.createTable();
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        int total = 0;
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            total += w;
        }
        table.setWidth(Integer.toString(total));
        return table;
    }

    private void figureRows(StreamedParts.Xml xml) {
        int[] n = { 0 };
        agencies.forEachReport(r -> {
            ReportState s = r.state();
            var w = s.workforce();
            xml.row(new String[] { Integer.toString(++n[0]), r.name(),
                    w == null || w.total() == null ? "" : VietnameseText.number(w.total()),
                    w == null ? "" : VietnameseText.figure(w.participating()),
                    w == null ? "" : VietnameseText.figure(w.commitmentsSigned()), Integer.toString(s.modelsTotal()),
                    Long.toString(s.commendations().stream().mapToLong(c -> c.count() == null ? 0 : c.count()).sum()),
                    s.onTime() == null ? "" : s.onTime() ? "Có" : "Không" }, 1);
        });
    }

    private void missingRows(StreamedParts.Xml xml) {
        int[] n = { 0 };
        agencies.forEachMissing(m -> xml.row(new String[] { Integer.toString(++n[0]), m.code(), m.name(),
                m.blocCode() == null ? "" : m.blocCode() }, 1, 2));
    }

    private void modelRows(StreamedParts.Xml xml) {
        int[] n = { 0 };
        agencies.forEachReport(r -> r.state().models().forEach(m -> xml.row(new String[] {
                Integer.toString(++n[0]), m.name(), m.sector() == null ? "" : VietnameseText.label(m.sector()),
                r.name() }, 1, 3)));
    }

    /** Each agency's own texts, under its name and the sections' titles, as it wrote them. */
    private void texts(StreamedParts.Xml xml) {
        agencies.forEachReport(r -> {
            ReportState.Narrative narrative = r.state().narrative();
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            if (narrative != null) {
                ReportDigest.SECTIONS.forEach((key, section) -> texts.put(ReportDigest.SECTION_TITLES.get(key),
                        section.apply(narrative)));
            }
            if (!textFigures.isEmpty()) { // the catalogue's TEXT figures, under their labels
                var values = r.state().figureValues();
                textFigures.forEach((code, label) -> {
                    var value = values.get(code);
                    texts.put(label, value != null && value.isTextual() ? value.textValue() : null);
                });
            }
            texts.values().removeIf(t -> t == null || t.isBlank());
            if (texts.isEmpty()) {
                return;
            }
            xml.paragraph(false, r.name(), true, false);
            texts.forEach((title, text) -> {
                String[] lines = text.strip().split("\\R+");
                xml.paragraph(true, title + ": ", false, true, lines[0], false, false);
                for (int i = 1; i < lines.length; i++) {
                    xml.paragraph(true, lines[i], false, false);
                }
            });
        });
    }

    /** "… (đạt 66,67 %)"; nothing over no data. */
    static String rate(Rate rate) {
        return rate == null || rate.value() == null ? "" : " (đạt " + VietnameseText.share(rate.value()) + ")";
    }

    /** "2 kế hoạch, 1 quyết định". */
    static String counts(Map<String, Long> byKey, Function<String, String> label) {
        StringJoiner parts = new StringJoiner(", ");
        byKey.forEach((key, count) -> parts.add(count + " " + label.apply(key)));
        return parts.toString();
    }

    void section(String title) {
        paragraph(ParagraphAlignment.LEFT, 14, true, false, title).setSpacingBefore(200);
    }

    void subsection(String title) {
        paragraph(ParagraphAlignment.LEFT, 14, true, false, title).setIndentationFirstLine(567);
    }

    void text(String text) {
        if (text != null) {
            paragraph(ParagraphAlignment.BOTH, 14, false, false, text).setFirstLineIndent(567);
        }
    }

    /** A paragraph of the body with a footnote (none when {@code footnote} is null). */
    void text(String text, String footnote) {
        text(text);
        if (footnote != null) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph p = paragraphs.get(paragraphs.size() - 1);
            XWPFFootnote note = doc.createFootnote();
            XWPFParagraph noteText = note.createParagraph();
            XWPFRun run = noteText.createRun();
            font(run, 11);
            run.setText(footnote);
            p.addFootnoteReference(note);
        }
    }

    XWPFParagraph paragraph(ParagraphAlignment alignment, int size, boolean bold, boolean italic, String text) {
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

    static XWPFParagraph cell(XWPFTableCell cell, String text, boolean bold, int size) {
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

    /** For the results: the rows of a small table of the body, header first. */
    void smallTable(List<String[]> rows, int[] widths) {
        XWPFTable table = table(widths);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = i == 0 ? table.getRow(0) : table.createRow();
            for (int j = 0; j < rows.get(i).length; j++) {
                XWPFTableCell c = i == 0 && j > 0 ? row.addNewTableCell() : row.getCell(j);
                XWPFParagraph p = cell(c, rows.get(i)[j], i == 0, 12);
                if (j == 0 && i > 0) {
                    p.setAlignment(ParagraphAlignment.LEFT);
                }
            }
        }
    }

    static List<String[]> rows(String[] header) {
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        return rows;
    }
}
