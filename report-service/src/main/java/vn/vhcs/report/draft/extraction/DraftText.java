package vn.vhcs.report.draft.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised text being read, cut into its paragraphs, with the evidence the readers gather as they fill fields.
 * The spans (sentence, clause) and the evidence's positions are all positions in this one text.
 */
final class DraftText {

    /** A word of a document number's issuer part ("KH", "SNgV", "UBND"). */
    static final String UPPER_WORD = "\\p{Lu}[\\p{L}\\p{N}.]*";
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}])[Nn]ăm\\s+(\\d{4})");

    /** A paragraph: one line of the normalised text and where it starts. */
    record Para(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    private final String text;
    private final List<Para> paras = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    DraftText(String text) {
        this.text = text;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            paras.add(new Para(line, at));
            at += line.length() + 1;
        }
    }

    String text() {
        return text;
    }

    List<Para> paras() {
        return paras;
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    /** The closing ("Trên đây là …", "Nơi nhận:"): facts are read above it. */
    int bodyEnd() {
        for (Para p : paras) {
            if (p.start > text.length() / 3 && (p.text.startsWith("Trên đây") || p.text.startsWith("Nơi nhận"))) {
                return p.start;
            }
        }
        return text.length();
    }

    /** Where the title ("BÁO CÁO …") starts: above it stands the header, the document's own number and date. */
    int titleStart() {
        for (Para p : paras) {
            if (p.text.matches("^(BÁO CÁO|KẾ HOẠCH|TỜ TRÌNH|THÔNG BÁO)\\b.*")) {
                return p.start;
            }
        }
        return Math.min(text.length(), 400);
    }

    private Para paraAt(int at) {
        Para found = paras.get(0);
        for (Para p : paras) {
            if (p.start <= at) {
                found = p;
            } else {
                break;
            }
        }
        return found;
    }

    /** The sentence around a position: from the last ". " before it to the next, inside its paragraph. */
    int[] sentence(int at) {
        return span(at, false);
    }

    /** The clause around a position: a sentence, also cut at ";". */
    int[] clause(int at) {
        return span(at, true);
    }

    String sentence(int from, int to) {
        int[] s = sentence(from);
        return text.substring(s[0], Math.max(s[1], Math.min(to, paraAt(from).end())));
    }

    private int[] span(int at, boolean semicolons) {
        Para p = paraAt(at);
        int start = p.start;
        for (int i = at - 1; i > p.start; i--) {
            if (boundary(i, semicolons)) {
                start = i + 1;
                break;
            }
        }
        int end = p.end();
        for (int i = at; i < p.end(); i++) {
            if (boundary(i, semicolons)) {
                end = text.charAt(i) == '.' ? i + 1 : i;
                break;
            }
        }
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        return new int[] { start, end };
    }

    private boolean boundary(int i, boolean semicolons) {
        char c = text.charAt(i);
        if (semicolons && c == ';') {
            return true;
        }
        if (c != '.' || i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
            return c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == '\n');
        }
        char next = text.charAt(i + 2);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        return (Character.isUpperCase(next) || next == '“') && !Character.isDigit(prev) && !Character.isUpperCase(prev);
    }

    void add(String field, int start, int end, double confidence) {
        evidence.add(new Evidence(field, text.substring(start, end), start, end, confidence));
    }

    void addQuote(String field, String quote, int start, double confidence) {
        int at = text.indexOf(quote, Math.max(0, start - quote.length()));
        if (at < 0) {
            at = start;
        }
        evidence.add(new Evidence(field, quote, at, Math.min(text.length(), at + quote.length()), confidence));
    }

    static Integer year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
