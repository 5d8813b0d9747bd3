package vn.vhcs.report.draft.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.contract.Figure;
import vn.vhcs.report.CommendationForm;
import vn.vhcs.report.EmulationTitleKind;
import vn.vhcs.report.RecipientKind;
import vn.vhcs.report.api.ReportRequest;

/** Emulation titles reached (counted, or the cultural-standard unit) and commendations received (bằng khen, giấy khen …). */
final class AwardReader {

    private final DraftText doc;
    private final String text;

    AwardReader(DraftText doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    /** The emulation title the (lower-case) words name, if any; FigureReader asks it too, of the words after a percent. */
    static EmulationTitleKind titleNamed(String lower) {
        if (lower.contains("tập thể lao động xuất sắc")) {
            return EmulationTitleKind.EXCELLENT_LABOUR_COLLECTIVE;
        }
        if (lower.contains("tập thể lao động tiên tiến")) {
            return EmulationTitleKind.ADVANCED_LABOUR_COLLECTIVE;
        }
        if (lower.contains("chiến sĩ thi đua toàn quốc")) {
            return EmulationTitleKind.NATIONAL_EMULATION_FIGHTER;
        }
        if (lower.contains("chiến sĩ thi đua cơ sở")) {
            return EmulationTitleKind.GRASSROOTS_EMULATION_FIGHTER;
        }
        if (lower.matches("(?s).*chiến sĩ thi đua (cấp )?(tỉnh|bộ|ngành).*")) {
            return EmulationTitleKind.PROVINCIAL_EMULATION_FIGHTER;
        }
        if (lower.contains("lao động tiên tiến")) {
            return EmulationTitleKind.ADVANCED_WORKER;
        }
        if (lower.contains("cờ thi đua của chính phủ")) {
            return EmulationTitleKind.GOVERNMENT_EMULATION_FLAG;
        }
        if (lower.contains("cờ thi đua")) {
            return EmulationTitleKind.PROVINCIAL_EMULATION_FLAG;
        }
        return null;
    }

    private static final Pattern COUNTED_TITLE = Pattern.compile("(?<![\\d.,/])(\\d{1,4})\\s+(?:tập thể|cá nhân|đồng chí|"
            + "cán bộ|công chức|lượt)[^.;%]{0,60}?(?:đạt|được tặng|được công nhận)[^.;%]{0,20}?(?:danh hiệu)?");

    void titlesWithoutPercent(int bodyEnd, List<ReportRequest.EmulationTitle> titles) {
        String body = text.substring(0, bodyEnd);
        Matcher m = COUNTED_TITLE.matcher(body);
        while (m.find()) {
            int[] clause = doc.clause(m.start());
            String rest = body.substring(m.end(), Math.min(clause[1], m.end() + 60)).toLowerCase(Locale.ROOT);
            EmulationTitleKind kind = titleNamed(rest);
            if (kind != null) {
                String quote = text.substring(clause[0], clause[1]);
                titles.add(new ReportRequest.EmulationTitle(kind, DraftText.year(quote),
                        Figure.ofCount(Integer.parseInt(m.group(1)))));
                doc.addQuote("emulationTitles[" + (titles.size() - 1) + "]", quote, clause[0], 0.7);
            }
        }
        Matcher culture = Pattern.compile("đạt (?:danh hiệu )?[“\"]?(?:cơ quan, đơn vị )?(?:đạt )?chuẩn văn hóa")
                .matcher(body);
        if (culture.find() && titles.stream().noneMatch(t -> t.title() == EmulationTitleKind.CULTURAL_STANDARD_UNIT)) {
            int[] s = doc.sentence(culture.start());
            String quote = text.substring(s[0], s[1]);
            titles.add(new ReportRequest.EmulationTitle(EmulationTitleKind.CULTURAL_STANDARD_UNIT, DraftText.year(quote),
                    null));
            doc.addQuote("emulationTitles[" + (titles.size() - 1) + "]", quote, s[0], 0.6);
        }
    }

    private static final Pattern AWARD = Pattern.compile("Bằng khen của Thủ tướng|Bằng khen|Giấy khen|Huân chương|"
            + "Huy chương|biểu dương|Biểu dương");

    List<ReportRequest.Commendation> commendations(int bodyEnd) {
        List<ReportRequest.Commendation> found = new ArrayList<>();
        Matcher m = AWARD.matcher(text.substring(0, bodyEnd));
        int lastSentence = -1;
        while (m.find()) {
            int[] s = doc.sentence(m.start());
            String sentence = text.substring(s[0], s[1]);
            String before = text.substring(s[0], m.start());
            Integer year = DraftText.year(sentence);
            Matcher counts = Pattern.compile("(?<![\\d.,/])(\\d{1,4})\\s+(tập thể|cá nhân)").matcher(
                    text.substring(m.end(), s[1]));
            // a commendation that happened: done ("đã"), dated or counted; "kịp thời biểu dương" is a practice
            boolean happened = before.matches("(?s).*\\bđã\\s+(?:được\\s+)?(?:tặng\\s+)?$")
                    || before.matches("(?s).*(?:đã|được)\\s+\\S+(?:\\s+\\S+)?\\s*$") && year != null;
            boolean counted = counts.find();
            if (!happened && !counted && year == null) {
                continue;
            }
            if (before.contains("kịp thời") || s[0] == lastSentence && !counted) {
                continue;
            }
            lastSentence = s[0];
            CommendationForm form = switch (m.group()) {
                case "Bằng khen của Thủ tướng" -> CommendationForm.PRIME_MINISTER_MERIT;
                case "Bằng khen" -> CommendationForm.MINISTRY_PROVINCE_MERIT;
                case "Giấy khen" -> CommendationForm.CERTIFICATE_OF_MERIT;
                case "Huân chương" -> CommendationForm.ORDER;
                case "Huy chương" -> CommendationForm.MEDAL;
                default -> CommendationForm.PRAISE;
            };
            String note = sentence.length() > 1000 ? sentence.substring(0, 1000) : sentence;
            if (counted) {
                counts.reset();
                while (counts.find()) {
                    RecipientKind kind = counts.group(2).equals("tập thể") ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
                    found.add(new ReportRequest.Commendation(form, kind, year, Integer.parseInt(counts.group(1)), note));
                    doc.addQuote("commendations[" + (found.size() - 1) + "]", sentence, s[0], 0.7);
                }
            } else {
                String after = text.substring(m.end(), s[1]).toLowerCase(Locale.ROOT);
                RecipientKind kind = after.startsWith(" các tập thể") || after.startsWith(" tập thể")
                        ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
                found.add(new ReportRequest.Commendation(form, kind, year, null, note));
                doc.addQuote("commendations[" + (found.size() - 1) + "]", sentence, s[0], 0.6);
            }
        }
        return found;
    }
}
