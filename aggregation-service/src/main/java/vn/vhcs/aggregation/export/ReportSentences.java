package vn.vhcs.aggregation.export;

import java.math.BigDecimal;
import java.util.Locale;

import vn.vhcs.aggregation.statistics.Coverage;
import vn.vhcs.aggregation.statistics.Measure;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.contract.Figure.Qualifier;

/**
 * The figures of the statistics as the sentences of an administrative report ("Qua báo cáo của 2
 * cơ quan, đơn vị, tỷ lệ … đạt trên 98 %"): the figure as the agencies qualified it, one value said
 * once, and how a rate was reached — counts, percents turned into people over a base, agencies left
 * out for want of one — in a footnote rather than in the sentence.
 */
final class ReportSentences {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A sentence of the body and its footnote (null: none). */
    record Sentence(String text, String footnote) {
    }

    private ReportSentences() {
    }

    /**
     * A measure: over the agencies with a base, its rate ("đạt trên 98 %"); else the percents they
     * stated ("đạt 98 %", "đạt từ 90 % đến trên 95 %"); null when no agency stated it.
     */
    static Sentence measure(Measure m, ReportDigest.Qualifiers q, String subject, String unit) {
        if (m == null || m.agenciesStating() == 0) {
            return null;
        }
        String value = value(m, q);
        StringBuilder text = new StringBuilder("Qua báo cáo của ").append(m.agenciesStating())
                .append(" cơ quan, đơn vị, ").append(subject);
        if (value == null) {
            text.append(" được nêu bằng số liệu tại Phụ lục I");
        } else {
            text.append(" đạt ").append(value);
            if (m.rate().value() != null && !m.estimated() && q.overall() == Qualifier.EXACT) {
                text.append(" (").append(VietnameseText.number(m.rate().numerator())).append("/")
                        .append(VietnameseText.number(m.rate().denominator())).append(" ").append(unit).append(")");
            }
            int at100 = m.statedPercent().at100();
            if (at100 > 0 && at100 < m.agenciesStating()) {
                text.append("; ").append(at100).append(" cơ quan, đơn vị đạt 100 %");
            }
        }
        return new Sentence(text.append(".").toString(), footnote(m, unit));
    }

    private static String value(Measure m, ReportDigest.Qualifiers q) {
        if (m.rate().value() != null) {
            return VietnameseText.qualified(VietnameseText.share(m.rate().value()), q.overall());
        }
        Measure.StatedPercent p = m.statedPercent();
        if (p.min() == null) {
            return null;
        }
        return range(p.min(), p.max(), q);
    }

    /** One value said once; else "từ … đến …", each end as the agencies that stated it qualified it. */
    static String range(BigDecimal min, BigDecimal max, ReportDigest.Qualifiers q) {
        String low = VietnameseText.qualified(VietnameseText.percent(min), q.at(min));
        if (min.compareTo(max) == 0) {
            return low;
        }
        return "từ " + low + " đến " + VietnameseText.qualified(VietnameseText.percent(max), q.at(max));
    }

    /** How the rate was reached, when a stated percent entered it or some agency stated one without a base. */
    private static String footnote(Measure m, String unit) {
        if (m.withPercentOnly() == 0) {
            return null;
        }
        StringBuilder note = new StringBuilder();
        if (m.rate().value() != null) {
            note.append("Tỷ lệ chung").append(m.estimated() ? " là số ước tính" : "").append(", tính trên ")
                    .append(VietnameseText.number(m.rate().denominator())).append(" ").append(unit)
                    .append(" của các cơ quan, đơn vị có tổng số (")
                    .append(VietnameseText.number(m.rate().numerator())).append("/")
                    .append(VietnameseText.number(m.rate().denominator())).append("): ");
        } else {
            note.append("Không tính được tỷ lệ chung vì các cơ quan, đơn vị chỉ nêu tỷ lệ phần trăm mà không có "
                    + "tổng số; số liệu trên là tỷ lệ do các cơ quan, đơn vị nêu: ");
        }
        java.util.StringJoiner how = new java.util.StringJoiner(", ");
        if (m.withCount() > 0) {
            how.add(m.withCount() + " cơ quan, đơn vị nêu số " + unit);
        }
        how.add(m.withPercentOnly() + " cơ quan, đơn vị chỉ nêu tỷ lệ phần trăm");
        note.append(how);
        int converted = m.withPercentOnly() - m.percentOnlyWithoutBase();
        if (m.rate().value() != null && converted > 0) {
            note.append(" (").append(converted).append(" được quy đổi ra số ").append(unit)
                    .append(" theo tổng số do cơ quan, đơn vị nêu hoặc biên chế đã đăng ký)");
        }
        if (m.percentOnlyWithoutBase() > 0 && m.rate().value() != null) {
            note.append("; ").append(m.percentOnlyWithoutBase())
                    .append(" cơ quan, đơn vị không có tổng số để quy đổi nên không tính vào tỷ lệ chung");
        }
        Measure.StatedPercent p = m.statedPercent();
        if (p.mean() != null && p.min().compareTo(p.max()) != 0) {
            note.append(". Tỷ lệ các cơ quan, đơn vị nêu từ ").append(VietnameseText.percent(p.min())).append(" đến ")
                    .append(VietnameseText.percent(p.max())).append(", bình quân ")
                    .append(VietnameseText.percent(p.mean()));
        }
        return note.append(".").toString();
    }

    /** An indicator ("Tỷ lệ người dân hài lòng"): what the agencies stated, qualified. */
    static String indicator(String name, ProvinceStatistics.IndicatorSummary i, ReportDigest.Qualifiers q) {
        if (i == null || i.reported() == 0) {
            return null;
        }
        String label = VietnameseText.label(name).replace(" (%)", "");
        return "Qua báo cáo của " + i.reported() + " cơ quan, đơn vị, " + label.substring(0, 1).toLowerCase(VI)
                + label.substring(1) + " đạt " + range(i.min(), i.max(), q) + ".";
    }

    /** An emulation title stated as a percent ("90 % đạt Lao động tiên tiến"), by {@code TITLE:year}. */
    static Sentence title(String key, Measure m, ReportDigest.Qualifiers q) {
        String[] titleYear = key.split(":");
        String title = "danh hiệu “" + VietnameseText.label(titleYear[0]) + "”"
                + (titleYear.length > 1 && titleYear[1].matches("[0-9]{4}") ? " năm " + titleYear[1] : "");
        return measure(m, q, "tỷ lệ cán bộ, công chức, viên chức, người lao động được công nhận " + title, "người");
    }

    /** "1/2 cơ quan, đơn vị đã ban hành kế hoạch … (đạt 50 %)."; null before any report. */
    static String coverage(Coverage.Share share, String what) {
        if (share.of() == 0) {
            return null;
        }
        return share.agencies() + "/" + share.of() + " cơ quan, đơn vị " + what
                + (share.rate() == null || share.agencies() == 0 ? "" : " (đạt " + VietnameseText.share(share.rate()) + ")")
                + ".";
    }
}
