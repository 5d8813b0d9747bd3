package vn.vhcs.aggregation.export;

import java.util.StringJoiner;

import vn.vhcs.aggregation.statistics.FigureStatistic;
import vn.vhcs.aggregation.statistics.Measure;
import vn.vhcs.common.export.VietnameseText;
import vn.vhcs.contract.figures.FigureDefinition;

/**
 * A figure of the catalogue as a sentence of the report, from its label and kind: "Số lớp tập huấn, bồi dưỡng đã
 * tổ chức: 12 (5 cơ quan, đơn vị nêu).", "Cơ quan đạt chuẩn văn hóa: 3/7 cơ quan, đơn vị (đạt 42,86 %).". The
 * label is the catalogue's; only the grammar of each kind is here.
 */
final class FigureSentences {

    /** Names of a LIST figure said in the body; the rest are in the statistics' export. */
    private static final int NAMES_SAID = 10;

    private FigureSentences() {
    }

    /** The sentence of one figure; {@code reports}: the agencies reported (the base of a TEXT figure's "n/m"). */
    static String of(FigureStatistic f, int reports) {
        return f.label().vi() + ": " + value(f, reports) + ".";
    }

    /** What the sentence says of the figure, after its label (the workbook's "Kết quả" cell). */
    static String value(FigureStatistic f, int reports) {
        int stating = f.agenciesStating();
        if (stating == 0 && f.kind() != vn.vhcs.contract.figures.FigureKind.YES_NO) {
            return "chưa có cơ quan, đơn vị nào nêu";
        }
        return switch (f.kind()) {
            case COUNT -> VietnameseText.number(f.sum()) + stating(stating);
            case PERCENT -> ReportSentences.range(f.percent().min(), f.percent().max(), new ReportDigest.Qualifiers())
                    + (f.percent().min().compareTo(f.percent().max()) == 0 ? ""
                            : ", bình quân " + VietnameseText.percent(f.percent().mean()))
                    + stating(stating);
            case SHARE -> share(f.share()) + stating(stating);
            case YES_NO -> f.yes() + "/" + f.coverage().denominator() + " cơ quan, đơn vị"
                    + ProvinceReportDocument.rate(f.coverage()) + (f.no() > 0 ? "; " + f.no() + " cơ quan, đơn vị nêu chưa đạt" : "");
            case ORDINAL -> levels(f);
            case LIST -> VietnameseText.number(f.items()) + stating(stating) + names(f);
            case TEXT -> "có " + stating + "/" + reports
                    + " cơ quan, đơn vị báo cáo nội dung này (toàn văn tại Phụ lục IV)";
        };
    }

    /** One agency's value of a figure as it stated it ("trên 12", "Có", "mức cao", names joined); null: none. */
    static String stated(FigureStatistic f, com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return switch (f.kind()) {
                case COUNT, SHARE -> VietnameseText.figure(vn.vhcs.contract.figures.FigureValues.figure(value));
                case PERCENT -> VietnameseText.percentage(vn.vhcs.contract.figures.FigureValues.percentage(value));
                case YES_NO -> value.asBoolean() ? "Có" : "Không";
                case ORDINAL -> levelLabel(f.definition(), value.asText());
                case LIST -> String.join("; ", vn.vhcs.contract.figures.FigureValues.names(value));
                case TEXT -> value.asText();
            };
        } catch (RuntimeException notOfItsKind) {
            return value.toString(); // as it came: an officer reads it, nothing counts it
        }
    }

    private static String stating(int agencies) {
        return " (" + agencies + " cơ quan, đơn vị nêu)";
    }

    /** The rate over the agencies with a base ("66,67 % (2/3)"); else the percents stated. */
    private static String share(Measure m) {
        if (m.rate().value() != null) {
            return VietnameseText.share(m.rate().value()) + (m.estimated() ? " (ước tính)"
                    : " (" + VietnameseText.number(m.rate().numerator()) + "/"
                            + VietnameseText.number(m.rate().denominator()) + ")");
        }
        Measure.StatedPercent p = m.statedPercent();
        return p.min() == null ? "được nêu bằng số liệu tại Phụ lục I"
                : ReportSentences.range(p.min(), p.max(), new ReportDigest.Qualifiers());
    }

    /** "mức cao: 3, mức trung bình: 1 cơ quan, đơn vị", each level as the catalogue names it. */
    private static String levels(FigureStatistic f) {
        StringJoiner said = new StringJoiner(", ");
        f.levels().forEach((code, agencies) -> {
            if (agencies > 0) {
                said.add(levelLabel(f.definition(), code) + ": " + agencies);
            }
        });
        return said + " cơ quan, đơn vị";
    }

    private static String levelLabel(FigureDefinition definition, String code) {
        return definition == null ? code : definition.levels().stream().filter(l -> l.code().equals(code))
                .map(l -> l.label() == null ? code : l.label().vi()).findFirst().orElse(code);
    }

    private static String names(FigureStatistic f) {
        if (f.names().isEmpty()) {
            return "";
        }
        StringJoiner names = new StringJoiner("; ", ", gồm: ", "");
        f.names().stream().limit(NAMES_SAID).forEach(n -> names.add(n.name() + (n.agencies() > 1
                ? " (" + n.agencies() + " cơ quan, đơn vị)" : "")));
        return names + (f.names().size() > NAMES_SAID ? "; …" : "");
    }
}
