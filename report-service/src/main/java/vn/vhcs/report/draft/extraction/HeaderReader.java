package vn.vhcs.report.draft.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.report.api.ReportRequest;

/** The document's own number and date (its header above the title) and who signed it (its signature block). */
final class HeaderReader {

    private static final Pattern HEADER_NUMBER = Pattern.compile("(?<![\\p{L}])Số\\s*:?\\s*(\\d+)?\\s*/\\s*"
            + "(" + DraftText.UPPER_WORD + "(?:\\s*-\\s*" + DraftText.UPPER_WORD + ")*)");
    private static final Pattern HEADER_DATE = Pattern.compile("ngày\\s+(\\d{1,2}|[.…_ ]*)\\s*tháng\\s+(\\d{1,2}|[.…_ ]*)"
            + "\\s*năm\\s+(\\d{4})");
    private static final Pattern PERSON_NAME = Pattern.compile("^(?:\\p{Lu}\\p{Ll}*)(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");

    /** The titles a signature block carries (a capitalised line naming no office is not a signer). */
    private static final Pattern SIGNER_TITLE = Pattern.compile("GIÁM ĐỐC|TRƯỞNG|CHỦ TỊCH|CHÁNH|PHÓ|BÍ THƯ|TỔNG|CỤC|"
            + "VIỆN|THỦ TƯỚNG|BỘ TRƯỞNG");

    private final DraftText doc;
    private final String text;

    HeaderReader(DraftText doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    ReportRequest.Document document() {
        String header = text.substring(0, doc.titleStart());
        String number = null;
        LocalDate issuedOn = null;
        Matcher m = HEADER_NUMBER.matcher(header);
        if (m.find() && m.group(1) != null) { // "Số: /BC-…" left blank is no number
            number = (m.group(1) + "/" + m.group(2)).replaceAll("\\s", "");
            doc.add("document.number", m.start(), m.end(), 0.9);
        }
        m = HEADER_DATE.matcher(header);
        if (m.find() && m.group(1).matches("\\d+") && m.group(2).matches("\\d+")) {
            issuedOn = DraftText.date(m.group(1), m.group(2), m.group(3));
            if (issuedOn != null) {
                doc.add("document.issuedOn", m.start(), m.end(), 0.9);
            }
        }
        String signerTitle = null;
        String signerName = null;
        int from = -1;
        for (int i = 0; i < doc.paras().size(); i++) {
            if (doc.paras().get(i).text().startsWith("Nơi nhận")) {
                from = i;
            }
        }
        if (from < 0) {
            from = Math.max(0, doc.paras().size() - 12);
        }
        for (int i = from; i < doc.paras().size(); i++) {
            DraftText.Para p = doc.paras().get(i);
            String line = p.text().replaceFirst("^(KT|TL|TM|Q|TUQ)\\.\\s*", "");
            if (line.startsWith("-") || line.startsWith("Nơi nhận") || line.length() > 60) {
                continue;
            }
            if (isUpper(line) && signerName == null && SIGNER_TITLE.matcher(line).find()) {
                signerTitle = titleCase(line);
                doc.add("document.signerTitle", p.start(), p.end(), 0.8);
            } else if (signerTitle != null && signerName == null && PERSON_NAME.matcher(line).matches()) {
                signerName = line;
                doc.add("document.signerName", p.start(), p.end(), 0.8);
            }
        }
        if (number == null && issuedOn == null && signerName == null && signerTitle == null) {
            return null;
        }
        return new ReportRequest.Document(number, issuedOn, signerName, signerTitle);
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    /** "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng": sentence case, the unit's name capitalised as written in prose. */
    static String titleCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT).strip();
        String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        for (String unit : List.of("văn phòng", "giám đốc", "thanh tra", "ủy ban nhân dân", "hội đồng")) {
            int at = title.indexOf(unit, 1);
            if (at > 0) {
                title = title.substring(0, at) + Character.toUpperCase(unit.charAt(0)) + title.substring(at + 1);
            }
        }
        return title;
    }
}
