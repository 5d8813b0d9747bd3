package vn.vhcs.report.draft.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.report.DirectiveIssuer;
import vn.vhcs.report.DirectiveKind;
import vn.vhcs.report.api.ReportRequest;

/**
 * The documents a report cites or issued itself: numbered ("Kế hoạch số 18/KH-SNgV ngày …"), and named without a
 * number ("Nghị quyết Trung ương 4", "Hướng dẫn của …", "Quy chế … của cơ quan").
 */
final class DirectiveReader {

    private static final String NUMBER = "\\d+[a-z]?\\s*[/–-]\\s*" + DraftText.UPPER_WORD
            + "(?:\\s*[-–/]\\s*" + DraftText.UPPER_WORD + ")*";
    private static final String KINDS = "Kế hoạch|Quyết định|Hướng dẫn|Công văn|Văn bản|Chỉ thị|Nghị quyết|Quy chế|"
            + "Quy định|Thông tư|Nghị định|Thông báo|Chương trình";
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}])(" + KINDS + "|" + KINDS.toLowerCase(Locale.ROOT)
            + ")\\s+(?:số\\s*:?\\s*)?(" + NUMBER + ")");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*"
            + "[/.-]\\s*(\\d{4})|^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern OF = Pattern.compile("^\\s*,?\\s*của\\s+");
    private static final Pattern ABOUT = Pattern.compile("^\\s*,?\\s*(?:về việc|về|V/v)\\s+");
    private static final Pattern VERB_TITLE = Pattern.compile("^\\s*,?\\s*(?=(?:hướng dẫn|triển khai|tổ chức|ban hành|"
            + "phát động|Hướng dẫn|Triển khai|Tổ chức|Ban hành|Phát động)\\s)");
    /** Where an issuer's name ends: the verb or "về" that starts what the document is about. */
    private static final Pattern ISSUER_END = Pattern.compile("\\s+(?:về|hướng dẫn|triển khai|tổ chức|ban hành|phát "
            + "động|thực hiện|quy định|nhằm|gắn với|trên địa bàn|đã|và)(?=\\s|$)|[,;.:()\\n]");
    private static final Pattern TITLE_END = Pattern.compile(";|\\.(?=\\s|$)|\\n|\\s+nhằm\\s|\\s+gắn với\\s|"
            + "\\s+để\\s|, (?=\\p{Lu})|:\\s|\\s+và (?=(?:" + KINDS + ")\\s)");
    private static final Pattern CENTRAL_RESOLUTION = Pattern.compile("Nghị quyết Trung ương\\s+\\d+(?!\\s*số)");
    private static final Pattern KIND_OF = Pattern.compile("(?<![\\p{L}])(Hướng dẫn|Kế hoạch|Chỉ thị|Công văn|"
            + "Quyết định)\\s+của\\s+");
    private static final Pattern OWN_RULES = Pattern.compile("(?<![\\p{L}])(Quy chế|Quy định)(?:\\s+[\\p{Ll}\\p{Lu}]\\p{Ll}*){0,6}"
            + "\\s+của\\s+(?:cơ quan|đơn vị)(?![\\p{L}])");

    private final DraftText doc;
    private final String text;
    private final DraftExtractor.Agency agency;

    DirectiveReader(DraftText doc, DraftExtractor.Agency agency) {
        this.doc = doc;
        this.text = doc.text();
        this.agency = agency;
    }

    List<ReportRequest.Directive> directives(int bodyEnd) {
        Map<String, ReportRequest.Directive> found = new LinkedHashMap<>();
        List<int[]> covered = new ArrayList<>();
        String body = text.substring(0, bodyEnd);
        int headerEnd = doc.titleStart();
        Matcher m = NUMBERED.matcher(body);
        while (m.find()) {
            if (m.start() < headerEnd) {
                continue;
            }
            DirectiveKind kind = kind(m.group(1));
            String number = m.group(2).replaceAll("\\s+", "").replace('–', '-').replaceAll("\\.+$", "");
            int end = m.end();
            LocalDate issuedOn = null;
            Matcher d = DATE_AFTER.matcher(body.substring(end));
            if (d.find()) {
                issuedOn = d.group(1) != null ? DraftText.date(d.group(1), d.group(2), d.group(3))
                        : DraftText.date(d.group(4), d.group(5), d.group(6));
                end += d.end();
            }
            String issuedBy = null;
            Matcher of = OF.matcher(body.substring(end));
            if (of.find()) {
                int nameStart = end + of.end();
                Matcher stop = ISSUER_END.matcher(body.substring(nameStart));
                int nameEnd = stop.find() ? nameStart + stop.start() : body.length();
                String name = body.substring(nameStart, nameEnd).strip();
                if (!name.isEmpty() && name.length() <= 120) {
                    issuedBy = name;
                    end = nameEnd;
                }
            }
            String title = title(body, end);
            boolean own = ownNumber(number) || issuedBy != null && ownName(issuedBy);
            ReportRequest.Directive directive = new ReportRequest.Directive(kind,
                    own ? DirectiveIssuer.SELF : DirectiveIssuer.CITED, own ? null : issuedBy, number, issuedOn, title);
            covered.add(new int[] { m.start(), end });
            String key = number.toUpperCase(Locale.ROOT);
            ReportRequest.Directive before = found.get(key);
            if (before == null) {
                found.put(key, directive);
                int i = found.size() - 1;
                String quote = doc.sentence(m.start(), m.end());
                doc.addQuote("directives[" + i + "]", quote, m.start(), 0.9);
            } else {
                found.put(key, merge(before, directive));
            }
        }
        // named without a number: "Nghị quyết Trung ương 4 …", "theo Hướng dẫn của …", "Quy chế làm việc của cơ quan"
        m = CENTRAL_RESOLUTION.matcher(body);
        while (m.find()) {
            if (inside(covered, m.start())) {
                continue;
            }
            String title = cut(body, m.start());
            String key = "RESOLUTION|" + title;
            if (!found.containsKey(key)) {
                found.put(key, new ReportRequest.Directive(DirectiveKind.RESOLUTION, DirectiveIssuer.CITED,
                        "Ban Chấp hành Trung ương", null, null, title));
                doc.addQuote("directives[" + (found.size() - 1) + "]", title, m.start(), 0.6);
            }
        }
        m = KIND_OF.matcher(body);
        while (m.find()) {
            if (inside(covered, m.start()) || m.start() < headerEnd) {
                continue;
            }
            Matcher stop = ISSUER_END.matcher(body.substring(m.end()));
            int nameEnd = stop.find() ? m.end() + stop.start() : body.length();
            String name = body.substring(m.end(), nameEnd).strip();
            if (name.isEmpty() || name.length() > 120) {
                continue;
            }
            boolean own = ownName(name);
            DirectiveKind kind = kind(m.group(1));
            String key = kind + "|" + name;
            if (!found.containsKey(key)) {
                found.put(key, new ReportRequest.Directive(kind, own ? DirectiveIssuer.SELF : DirectiveIssuer.CITED,
                        own ? null : name, null, null, null));
                doc.addQuote("directives[" + (found.size() - 1) + "]", doc.sentence(m.start(), nameEnd), m.start(), 0.6);
            }
        }
        m = OWN_RULES.matcher(body);
        while (m.find()) {
            if (inside(covered, m.start())) {
                continue;
            }
            String title = cut(body, m.start());
            String key = "REGULATION|" + m.group();
            if (!found.containsKey(key)) {
                found.put(key, new ReportRequest.Directive(DirectiveKind.REGULATION, DirectiveIssuer.SELF, null, null,
                        null, title));
                doc.addQuote("directives[" + (found.size() - 1) + "]", title, m.start(), 0.6);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
    }

    private static ReportRequest.Directive merge(ReportRequest.Directive a, ReportRequest.Directive b) {
        return new ReportRequest.Directive(a.kind(), a.issuer(), a.issuedBy() != null ? a.issuedBy() : b.issuedBy(),
                a.number(), a.issuedOn() != null ? a.issuedOn() : b.issuedOn(),
                a.title() != null ? a.title() : b.title());
    }

    /** What a document is about, when the text says it right after its number, date and issuer. */
    private static String title(String body, int from) {
        String rest = body.substring(from);
        Matcher about = ABOUT.matcher(rest);
        int start;
        if (about.find()) {
            start = from + about.end();
        } else {
            Matcher verb = VERB_TITLE.matcher(rest);
            if (!verb.find()) {
                return null;
            }
            start = from + verb.end();
        }
        String title = cut(body, start);
        if (title == null || title.length() < 8 || title.length() > 300) {
            return null;
        }
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** From start to the end of the phrase: a stop, ";" or a new clause, skipping what stands in quotes. */
    private static String cut(String body, int start) {
        int end = start;
        boolean quoted = false;
        while (end < body.length()) {
            char c = body.charAt(end);
            if (c == '“') {
                quoted = true;
            } else if (c == '”') {
                quoted = false;
            } else if (c == '\n') {
                break;
            } else if (!quoted) {
                Matcher stop = TITLE_END.matcher(body).region(end, body.length());
                if (stop.lookingAt()) {
                    break;
                }
            }
            end++;
        }
        String title = body.substring(start, end).strip();
        return title.isEmpty() ? null : title;
    }

    /** Whether a number's issuer part ("18/KH-SNgV" → "SNgV") is the agency's own code or abbreviation. */
    private boolean ownNumber(String number) {
        String own = agency.code().substring(agency.code().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        String[] parts = number.substring(number.indexOf(number.contains("/") ? '/' : '-') + 1).split("[-/]");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].toUpperCase(Locale.ROOT);
            if (part.length() >= 2 && (part.equals(own) || own.startsWith(part) || part.equals(initials(agency.name())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "của …" names the agency itself ("của Văn phòng" in a report of the Văn phòng UBND tỉnh). */
    private boolean ownName(String issuedBy) {
        String name = agency.name() == null ? "" : agency.name().toLowerCase(Locale.ROOT);
        String by = issuedBy.toLowerCase(Locale.ROOT);
        return by.equals("cơ quan") || by.equals("đơn vị") || !name.isEmpty() && (name.startsWith(by) || by.startsWith(name));
    }

    private static String initials(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty()) {
                s.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return s.toString();
    }

    private static DirectiveKind kind(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "kế hoạch", "chương trình" -> DirectiveKind.PLAN;
            case "quyết định" -> DirectiveKind.DECISION;
            case "hướng dẫn" -> DirectiveKind.GUIDANCE;
            case "công văn", "văn bản" -> DirectiveKind.OFFICIAL_LETTER;
            case "chỉ thị" -> DirectiveKind.DIRECTIVE;
            case "nghị quyết" -> DirectiveKind.RESOLUTION;
            case "quy chế", "quy định" -> DirectiveKind.REGULATION;
            default -> DirectiveKind.OTHER;
        };
    }
}
