package vn.vhcs.aggregation.export;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.common.export.VietnameseText;

/**
 * Section II of the report, "Kết quả thực hiện": the figures as sentences (agencies, not documents;
 * the figures as the agencies qualified them; estimates explained in footnotes), each narrative
 * part as {@link ProvinceReportDocument#narratives}, and for a tổng kết the comparison with the sơ
 * kết and the commendations and titles year by year.
 */
final class ReportResults {

    private static final String PEOPLE = "cán bộ, công chức, viên chức, người lao động";

    private final ProvinceReportDocument d;
    private final ProvinceStatistics s;
    private final ReportDigest digest;
    private final RoundComparisonSection.Section comparison;

    ReportResults(ProvinceReportDocument d, ProvinceStatistics s, ReportDigest digest,
            RoundComparisonSection.Section comparison) {
        this.d = d;
        this.s = s;
        this.digest = digest;
        this.comparison = comparison;
    }

    void write() {
        d.section("II. KẾT QUẢ THỰC HIỆN");
        d.subsection("1. Công tác lãnh đạo, chỉ đạo, triển khai");
        d.text(ReportSentences.coverage(s.coverage().ownPlan(), "đã ban hành kế hoạch thực hiện Phong trào"));
        d.text(ReportSentences.coverage(s.coverage().ownRegulation(), "đã ban hành quy chế, quy định về văn hóa công sở"));
        if (s.directives().total() > 0) {
            d.text("Các cơ quan, đơn vị đã ban hành " + s.directives().total()
                    + " văn bản để lãnh đạo, chỉ đạo, triển khai Phong trào, gồm: " + ProvinceReportDocument.counts(
                            s.directives().byKind(), k -> VietnameseText.label(k).toLowerCase(Locale.ROOT)) + ".");
        }
        if (!s.citedDocuments().isEmpty()) {
            StringJoiner cited = new StringJoiner("; ");
            s.citedDocuments().stream().limit(5).forEach(c -> cited.add(VietnameseText.label(c.kind()) + " số "
                    + c.number() + (c.issuedBy() == null ? "" : " của " + c.issuedBy()) + " (" + c.agencies()
                    + " cơ quan, đơn vị)"));
            d.text("Các văn bản cấp trên được các cơ quan, đơn vị căn cứ nhiều nhất: " + cited + ".");
        }
        d.narratives("leadership");
        d.subsection("2. Công tác tuyên truyền");
        d.narratives("communication");
        d.subsection("3. Kết quả thực hiện các nội dung thi đua");
        figures();
        catalogueFigures();
        d.narratives("results");
        d.subsection("4. Mô hình, cách làm hay");
        d.text(ReportSentences.coverage(s.coverage().models(), "có mô hình, cách làm hay"));
        if (s.models().total() > 0) {
            d.text("Các cơ quan, đơn vị đã đăng ký " + s.models().total() + " mô hình, cách làm hay; "
                    + s.models().named() + " mô hình được nêu tên" + (s.models().bySector().isEmpty() ? ""
                            : ", theo lĩnh vực: " + ProvinceReportDocument.counts(s.models().bySector(),
                                    k -> VietnameseText.label(k).toLowerCase(Locale.ROOT)))
                    + (digest.modelsNamed() > 0 ? " (danh sách tại Phụ lục III)." : "."));
        }
        d.narratives("goodPractices");
        d.subsection("5. Khen thưởng, danh hiệu thi đua");
        awards();
        d.subsection("6. Công tác kiểm tra, giám sát");
        if (s.inspections().reporting() > 0) {
            d.text("Qua báo cáo của " + s.inspections().reporting() + " cơ quan, đơn vị, đã tổ chức "
                    + s.inspections().held() + " cuộc kiểm tra, phát hiện " + s.inspections().violationsFound()
                    + " trường hợp vi phạm, đã xử lý " + s.inspections().violationsHandled() + " trường hợp.");
        }
        d.narratives("inspection");
        d.subsection("7. Tác động, hiệu quả");
        d.narratives("impact");
        if (comparison != null) {
            comparison();
        }
    }

    private void figures() {
        measure("participation", "tỷ lệ " + PEOPLE + " tham gia Phong trào", "người");
        measure("commitments", "tỷ lệ " + PEOPLE + " ký cam kết thực hiện văn hóa công sở", "người");
        d.text(ReportSentences.coverage(s.coverage().commitments(),
                "có " + PEOPLE + " ký cam kết thực hiện văn hóa công sở"));
        measure("memberUnitsWithCultureRules", "tỷ lệ đơn vị trực thuộc có quy định về văn hóa công sở", "đơn vị");
        measure("memberUnitsWithPlans", "tỷ lệ đơn vị trực thuộc có kế hoạch thực hiện Phong trào", "đơn vị");
        s.indicators().forEach((name, i) -> d.text(ReportSentences.indicator(name, i, digest.of(name))));
    }

    /**
     * One sentence per figure of the catalogue the statistics hold (the round's set, and any other stated), in the
     * outline's order. A built-in figure with an alias is left out: the v2 field's sentences above say it.
     */
    private void catalogueFigures() {
        if (s.figures() == null) {
            return;
        }
        s.figures().values().stream().filter(f -> f.definition() == null || f.definition().alias() == null)
                .forEach(f -> d.text(FigureSentences.of(f, s.agenciesReported())));
    }

    private void measure(String name, String subject, String unit) {
        ReportSentences.Sentence sentence = ReportSentences.measure(s.measures().get(name), digest.of(name), subject,
                unit);
        if (sentence != null) {
            d.text(sentence.text(), sentence.footnote());
        }
    }

    private void awards() {
        long commendations = s.commendations().stream().mapToLong(ProvinceStatistics.CommendationCount::count).sum();
        if (commendations > 0) {
            StringJoiner forms = new StringJoiner("; ");
            s.commendations().forEach(c -> forms.add(c.count() + " " + VietnameseText.label(c.form()) + " cho "
                    + VietnameseText.label(c.recipientKind()).toLowerCase(Locale.ROOT)));
            d.text("Các cơ quan, đơn vị đã khen thưởng " + commendations + " lượt, gồm: " + forms + ".");
            StringJoiner years = new StringJoiner("; ");
            s.commendationsByYear().forEach((year, count) -> years.add(
                    ("UNSPECIFIED".equals(year) ? "không rõ năm" : "năm " + year) + ": " + count + " lượt"));
            d.text("Khen thưởng theo năm: " + years + ".");
        }
        for (ProvinceStatistics.TitleCount t : s.emulationTitles()) {
            d.text("Danh hiệu “" + VietnameseText.label(t.title()) + "”" + (t.year() == null ? "" : " năm " + t.year())
                    + ": " + t.count() + ".");
        }
        s.emulationTitleMeasures().forEach((key, m) -> {
            ReportSentences.Sentence sentence = ReportSentences.title(key, m, digest.of("title|" + key));
            if (sentence != null) {
                d.text(sentence.text(), sentence.footnote());
            }
        });
        d.text(ReportSentences.coverage(s.coverage().culturalStandard(),
                "nêu đạt danh hiệu “Cơ quan, đơn vị đạt chuẩn văn hóa”"));
    }

    /** For a tổng kết: the sơ kết's figures beside the round's, and the annual rounds' awards by year. */
    private void comparison() {
        d.subsection("8. So sánh với kết quả sơ kết");
        if (comparison.midtermRound() == null) {
            d.text("Chưa có số liệu sơ kết để so sánh.");
        } else {
            d.text("So với kết quả sơ kết (đợt " + comparison.midtermRound() + ", năm " + comparison.midtermYear()
                    + "), các chỉ tiêu chủ yếu như sau:");
            List<String[]> rows = ProvinceReportDocument.rows(new String[] { "Chỉ tiêu", "Sơ kết", "Tổng kết",
                    "Tăng/giảm" });
            comparison.rows().forEach(r -> rows.add(new String[] { r.figure(), r.before(), r.after(), r.change() }));
            d.smallTable(rows, new int[] { 3900, 1700, 1700, 2054 });
        }
        if (!comparison.years().isEmpty()) {
            d.text("Khen thưởng, danh hiệu thi đua theo từng năm (theo báo cáo hằng năm):");
            List<String[]> rows = ProvinceReportDocument.rows(new String[] { "Năm", "Khen thưởng (lượt)",
                    "Danh hiệu thi đua" });
            comparison.years().forEach(y -> rows.add(new String[] { Integer.toString(y.year()),
                    VietnameseText.number(y.commendations()), y.titles() }));
            d.smallTable(rows, new int[] { 1200, 2200, 5954 });
        }
    }
}
