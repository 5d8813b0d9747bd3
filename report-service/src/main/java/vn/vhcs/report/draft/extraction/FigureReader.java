package vn.vhcs.report.draft.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.report.EmulationTitleKind;
import vn.vhcs.report.api.ReportRequest;

/**
 * The figures a report states: a percent bound to the measure named after it (equipment, satisfaction, staff who
 * took part …) and counts of people. A percent of staff reaching an emulation title is a title, not a figure.
 */
final class FigureReader {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
    private final DraftText doc;
    private final String text;

    FigureReader(DraftText doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    void percents(int bodyEnd, Map<String, Object> figures, List<ReportRequest.EmulationTitle> titles) {
        Matcher m = PERCENT.matcher(text.substring(0, bodyEnd));
        while (m.find()) {
            int[] clause = doc.clause(m.start());
            String before = text.substring(clause[0], m.start()).toLowerCase(Locale.ROOT);
            String after = text.substring(m.end(), clause[1]);
            String afterLower = after.toLowerCase(Locale.ROOT);
            BigDecimal percent = new BigDecimal(m.group(1).replace(',', '.'));
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            Figure.Qualifier qualifier = qualifier(before, afterLower);
            String quote = text.substring(clause[0], clause[1]);
            EmulationTitleKind title = AwardReader.titleNamed(afterLower);
            if (title != null && afterLower.contains("đạt")) {
                titles.add(new ReportRequest.EmulationTitle(title, DraftText.year(quote),
                        Figure.ofPercent(percent, qualifier)));
                doc.addQuote("emulationTitles[" + (titles.size() - 1) + "]", quote, clause[0], 0.8);
                continue;
            }
            String key = null;
            String field = null;
            String near = afterLower.length() > 160 ? afterLower.substring(0, 160) : afterLower;
            if (near.contains("máy tính")) {
                key = "computer";
                field = "indicators.computerEquipmentPercent";
            } else if (near.contains("hài lòng")) {
                key = "satisfaction";
                field = "indicators.citizenSatisfactionPercent";
            } else if (near.contains("thủ tục") && (near.contains("trực tuyến") || near.contains("số hóa")
                    || near.contains("số hoá") || near.contains("dịch vụ công"))) {
                key = "digitized";
                field = "indicators.digitizedProceduresPercent";
            } else if (near.contains("cam kết")) {
                key = "commitmentsSigned";
                field = "workforce.commitmentsSigned";
            } else if (near.contains("đơn vị") && (near.contains("quy chế") || near.contains("nội quy"))) {
                key = "withCultureRules";
                field = "memberUnits.withCultureRules";
            } else if (near.contains("đơn vị") && near.contains("kế hoạch")) {
                key = "withPlans";
                field = "memberUnits.withPlans";
            } else if (near.contains("tham gia") && near.indexOf("tham gia") < 80) {
                key = "participating";
                field = "workforce.participating";
            }
            if (key == null || figures.containsKey(key)) {
                continue;
            }
            figures.put(key, field.startsWith("indicators") ? new Percentage(percent, qualifier)
                    : Figure.ofPercent(percent, qualifier));
            doc.addQuote(field, quote, clause[0], 0.8);
        }
    }

    /** The qualifier the (lower-case) words around a number give it: "trên 85%", "khoảng 70%", "90% … trở lên". */
    static Figure.Qualifier qualifier(String before, String after) {
        if (after.contains("trở lên")) {
            return Figure.Qualifier.AT_LEAST;
        }
        if (before.matches("(?s).*(?:trên|hơn)\\s*$")) {
            return Figure.Qualifier.MORE_THAN;
        }
        if (before.matches("(?s).*(?:dưới|chưa đến)\\s*$")) {
            return Figure.Qualifier.LESS_THAN;
        }
        if (before.matches("(?s).*(?:khoảng|gần|ước|xấp xỉ)\\s*(?:đạt\\s*)?$") || before.contains("ước tính")) {
            return Figure.Qualifier.APPROXIMATELY;
        }
        return null;
    }

    private static final String PEOPLE = "(?:cán bộ|công chức|viên chức|CBCC\\p{L}*|người lao động|người|đồng chí|đoàn viên)";
    private static final Pattern TOTAL = Pattern.compile("(?:[Tt]ổng số|có)\\s+(?:" + PEOPLE + "[,\\s]*(?:và\\s+)?)+"
            + "(?:của cơ quan\\s+)?(?:là\\s+)?(\\d{1,5})\\s+(?:người|đồng chí)|(?:[Tt]ổng số|[Cc]ơ quan có)\\s+(\\d{1,5})\\s+" + PEOPLE);
    private static final Pattern COUNTED = Pattern.compile("(?<![\\d.,/])(\\d{1,5})(?:\\s*/\\s*(\\d{1,5}))?\\s+" + PEOPLE
            + "[^.;%\\d]{0,60}?(ký cam kết|ký bản cam kết|đăng ký cam kết|tham gia)");

    /** Counts of people: the headcount ("tổng số … 25 người") and "N(/M) cán bộ … ký cam kết / tham gia". */
    Integer counts(int bodyEnd, Map<String, Object> figures) {
        String body = text.substring(0, bodyEnd);
        Integer total = null;
        Matcher m = TOTAL.matcher(body);
        if (m.find()) {
            total = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
            int[] clause = doc.clause(m.start());
            doc.addQuote("workforce.total", text.substring(clause[0], clause[1]), clause[0], 0.7);
        }
        m = COUNTED.matcher(body);
        while (m.find()) {
            String key = m.group(3).equals("tham gia") ? "participating" : "commitmentsSigned";
            if (figures.containsKey(key)) {
                continue;
            }
            figures.put(key, Figure.ofCount(Integer.parseInt(m.group(1))));
            int[] clause = doc.clause(m.start());
            doc.addQuote("workforce." + key, text.substring(clause[0], clause[1]), clause[0], 0.7);
            if (total == null && m.group(2) != null) {
                total = Integer.valueOf(m.group(2)); // "18/20 cán bộ": 20 is the headcount
            }
        }
        return total;
    }
}
