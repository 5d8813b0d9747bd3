package vn.vhcs.report.draft.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a document's text (from Word, PDF or plain text) into paragraphs, one a line: Unicode NFC,
 * spaces collapsed, page numbers dropped and the lines a page width broke joined again. Every
 * position the extractor reports is a position in this text.
 */
public final class TextNormalizer {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:[IVX]{1,5}\\.\\s*\\S|\\d{1,2}\\.\\s*\\p{L}|[a-zđ]\\)\\s|[-–•+]\\s|Nơi nhận|Trên đây)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$");
    /** Two columns on one line (the signature block beside "Nơi nhận:"): a wide gap splits them. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {6,}\\S");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u00A0', ' ').replace('\t', ' ').replace("\u200B", "").replace("\uFEFF", "");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (COLUMN_GAP.matcher(line).find()) {
                for (String column : line.trim().split(" {6,}")) {
                    lines.add(collapse(column));
                }
            } else {
                lines.add(collapse(line));
            }
        }
        long blank = lines.stream().filter(String::isEmpty).count();
        long filled = lines.size() - blank;
        // a double-spaced export (a blank line after every line) says nothing with its blank lines
        boolean blankLinesBreak = blank < filled * 0.6;

        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = null;
        boolean pendingBlank = false;
        boolean inRecipients = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                pendingBlank = true;
                continue;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (paragraph != null && !breaksBefore(paragraph.toString(), line, pendingBlank && blankLinesBreak,
                    inRecipients)) {
                join(paragraph, line);
            } else {
                if (paragraph != null) {
                    paragraphs.add(paragraph.toString());
                }
                paragraph = new StringBuilder(line);
                if (line.startsWith("Nơi nhận")) {
                    inRecipients = true; // the recipients' list and the signature: one line each
                }
            }
            pendingBlank = false;
        }
        if (paragraph != null) {
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n", paragraphs);
    }

    private static boolean breaksBefore(String paragraph, String line, boolean afterBlank, boolean inRecipients) {
        if (inRecipients) {
            return true;
        }
        if (HEADING.matcher(line).find()) {
            return true;
        }
        char first = line.charAt(0);
        if (Character.isLowerCase(first) || ",;:)”“(\"".indexOf(first) >= 0) {
            return false;
        }
        String last = paragraph.strip();
        if (last.endsWith(".") || last.endsWith(":") || last.endsWith(";") || last.endsWith("!")
                || last.endsWith("?") || last.endsWith("./.")) {
            return true;
        }
        if (HEADING.matcher(paragraph).find() && !paragraph.startsWith("-") || upperCase(last) || upperCase(line)) {
            return true; // a heading's title ends without a stop
        }
        return afterBlank;
    }

    private static boolean upperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    private static void join(StringBuilder paragraph, String line) {
        int n = paragraph.length();
        // a word broken after its hyphen ("77/QĐ-" + "SNgV") is one word again
        if (n > 1 && paragraph.charAt(n - 1) == '-' && paragraph.charAt(n - 2) != ' ') {
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static String collapse(String line) {
        return line.strip().replaceAll("\\s{2,}", " ");
    }
}
