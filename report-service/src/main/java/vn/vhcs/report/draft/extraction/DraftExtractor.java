package vn.vhcs.report.draft.extraction;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.report.CommendationForm;
import vn.vhcs.report.DirectiveIssuer;
import vn.vhcs.report.DirectiveKind;
import vn.vhcs.report.EmulationTitleKind;
import vn.vhcs.report.ModelSector;
import vn.vhcs.report.RecipientKind;
import vn.vhcs.report.api.ReportRequest;

/**
 * Reads a report written in Vietnamese administrative style (Nghị định 30/2020 layout) and proposes
 * the v2 report it states. Rules only, no network and no model: a fact the text does not state stays
 * absent, and every filled field gets its evidence. Pure Java, so it is tested without Quarkus.
 */
public final class DraftExtractor {

    /** The agency the document is from: its code ("70.SNGV") and name ("Sở Ngoại vụ"). */
    public record Agency(String code, String name) {
    }

    private static final String UPPER_WORD = "\\p{Lu}[\\p{L}\\p{N}.]*";
    private static final String NUMBER = "\\d+[a-z]?\\s*[/–-]\\s*" + UPPER_WORD + "(?:\\s*[-–/]\\s*" + UPPER_WORD + ")*";
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

    private static final Pattern HEADER_NUMBER = Pattern.compile("(?<![\\p{L}])Số\\s*:?\\s*(\\d+)?\\s*/\\s*"
            + "(" + UPPER_WORD + "(?:\\s*-\\s*" + UPPER_WORD + ")*)");
    private static final Pattern HEADER_DATE = Pattern.compile("ngày\\s+(\\d{1,2}|[.…_ ]*)\\s*tháng\\s+(\\d{1,2}|[.…_ ]*)"
            + "\\s*năm\\s+(\\d{4})");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}])[Nn]ăm\\s+(\\d{4})");
    private static final Pattern MODELS_COUNT = Pattern.compile("(?<![\\d.,/])(\\d{1,4})\\s+mô hình");
    private static final Pattern QUOTED_MODEL = Pattern.compile("[Mm]ô hình\\s+[“\"]([^”\"]{3,200})[”\"]");
    private static final Pattern PERSON_NAME = Pattern.compile("^(?:\\p{Lu}\\p{Ll}*)(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s*(.+)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\.\\s*(\\p{L}.*)$");

    /** The titles a signature block carries (a capitalised line naming no office is not a signer). */
    private static final Pattern SIGNER_TITLE = Pattern.compile("GIÁM ĐỐC|TRƯỞNG|CHỦ TỊCH|CHÁNH|PHÓ|BÍ THƯ|TỔNG|CỤC|"
            + "VIỆN|THỦ TƯỚNG|BỘ TRƯỞNG");

    private final Agency agency;
    private final String text;
    private final List<Para> paras = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    private record Para(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    private DraftExtractor(Agency agency, String text) {
        this.agency = agency;
        this.text = text;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            paras.add(new Para(line, at));
            at += line.length() + 1;
        }
    }

    /** Extracts a draft from raw text (any line wrapping); agencyCode and roundCode are set as given. */
    public static Extraction extract(String raw, Agency agency, String roundCode) {
        DraftExtractor extractor = new DraftExtractor(agency, TextNormalizer.normalize(raw));
        return extractor.run(roundCode);
    }

    private Extraction run(String roundCode) {
        int bodyEnd = bodyEnd();
        ReportRequest.Document document = document();
        List<ReportRequest.Directive> directives = directives(bodyEnd);
        Map<String, Object> figures = new LinkedHashMap<>();
        List<ReportRequest.EmulationTitle> titles = new ArrayList<>();
        percents(bodyEnd, figures, titles);
        titlesWithoutPercent(bodyEnd, titles);
        List<ReportRequest.Commendation> commendations = commendations(bodyEnd);
        Map<String, List<Para>> sections = sections(bodyEnd);
        ReportRequest.Narrative narrative = narrative(sections);
        Integer modelsRegistered = modelsRegistered(bodyEnd);
        List<ReportRequest.Model> models = models(bodyEnd, sections.get("goodPractices"));

        Integer total = counts(bodyEnd, figures);
        ReportRequest.Workforce workforce = total != null || figures.containsKey("participating")
                || figures.containsKey("commitmentsSigned")
                ? new ReportRequest.Workforce(total, (Figure) figures.get("participating"),
                        (Figure) figures.get("commitmentsSigned"))
                : null;
        ReportRequest.MemberUnits memberUnits = figures.containsKey("withCultureRules") || figures.containsKey("withPlans")
                ? new ReportRequest.MemberUnits(null, (Figure) figures.get("withCultureRules"),
                        (Figure) figures.get("withPlans"))
                : null;
        ReportRequest.Indicators indicators = figures.containsKey("computer") || figures.containsKey("satisfaction")
                || figures.containsKey("digitized")
                        ? new ReportRequest.Indicators((Percentage) figures.get("computer"),
                                (Percentage) figures.get("satisfaction"), (Percentage) figures.get("digitized"))
                        : null;
        ReportRequest report = new ReportRequest(agency.code(), roundCode, document, null, workforce, memberUnits,
                directives, indicators, modelsRegistered, models, null, commendations, titles, narrative);
        return new Extraction(text, report, List.copyOf(evidence));
    }

    // ---------------------------------------------------------------- header and signature

    /** The closing ("Trên đây là …", "Nơi nhận:"): facts are read above it. */
    private int bodyEnd() {
        for (Para p : paras) {
            if (p.start > text.length() / 3 && (p.text.startsWith("Trên đây") || p.text.startsWith("Nơi nhận"))) {
                return p.start;
            }
        }
        return text.length();
    }

    private int titleStart() {
        for (Para p : paras) {
            if (p.text.matches("^(BÁO CÁO|KẾ HOẠCH|TỜ TRÌNH|THÔNG BÁO)\\b.*")) {
                return p.start;
            }
        }
        return Math.min(text.length(), 400);
    }

    private ReportRequest.Document document() {
        String header = text.substring(0, titleStart());
        String number = null;
        LocalDate issuedOn = null;
        Matcher m = HEADER_NUMBER.matcher(header);
        if (m.find() && m.group(1) != null) { // "Số: /BC-…" left blank is no number
            number = (m.group(1) + "/" + m.group(2)).replaceAll("\\s", "");
            add("document.number", m.start(), m.end(), 0.9);
        }
        m = HEADER_DATE.matcher(header);
        if (m.find() && m.group(1).matches("\\d+") && m.group(2).matches("\\d+")) {
            issuedOn = date(m.group(1), m.group(2), m.group(3));
            if (issuedOn != null) {
                add("document.issuedOn", m.start(), m.end(), 0.9);
            }
        }
        String signerTitle = null;
        String signerName = null;
        int from = -1;
        for (int i = 0; i < paras.size(); i++) {
            if (paras.get(i).text.startsWith("Nơi nhận")) {
                from = i;
            }
        }
        if (from < 0) {
            from = Math.max(0, paras.size() - 12);
        }
        for (int i = from; i < paras.size(); i++) {
            Para p = paras.get(i);
            String line = p.text.replaceFirst("^(KT|TL|TM|Q|TUQ)\\.\\s*", "");
            if (line.startsWith("-") || line.startsWith("Nơi nhận") || line.length() > 60) {
                continue;
            }
            if (isUpper(line) && signerName == null && SIGNER_TITLE.matcher(line).find()) {
                signerTitle = titleCase(line);
                add("document.signerTitle", p.start, p.end(), 0.8);
            } else if (signerTitle != null && signerName == null && PERSON_NAME.matcher(line).matches()) {
                signerName = line;
                add("document.signerName", p.start, p.end(), 0.8);
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

    // ---------------------------------------------------------------- referenced documents

    private List<ReportRequest.Directive> directives(int bodyEnd) {
        Map<String, ReportRequest.Directive> found = new LinkedHashMap<>();
        List<int[]> covered = new ArrayList<>();
        String body = text.substring(0, bodyEnd);
        int headerEnd = titleStart();
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
                issuedOn = d.group(1) != null ? date(d.group(1), d.group(2), d.group(3)) : date(d.group(4), d.group(5), d.group(6));
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
                String quote = sentence(m.start(), m.end());
                addQuote("directives[" + i + "]", quote, m.start(), 0.9);
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
                addQuote("directives[" + (found.size() - 1) + "]", title, m.start(), 0.6);
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
                addQuote("directives[" + (found.size() - 1) + "]", sentence(m.start(), nameEnd), m.start(), 0.6);
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
                addQuote("directives[" + (found.size() - 1) + "]", title, m.start(), 0.6);
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

    // ---------------------------------------------------------------- percents, titles, commendations, models

    private void percents(int bodyEnd, Map<String, Object> figures, List<ReportRequest.EmulationTitle> titles) {
        Matcher m = PERCENT.matcher(text.substring(0, bodyEnd));
        while (m.find()) {
            int[] clause = clause(m.start());
            String before = text.substring(clause[0], m.start()).toLowerCase(Locale.ROOT);
            String after = text.substring(m.end(), clause[1]);
            String afterLower = after.toLowerCase(Locale.ROOT);
            BigDecimal percent = new BigDecimal(m.group(1).replace(',', '.'));
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            Figure.Qualifier qualifier = null;
            if (before.matches("(?s).*(?:trên|hơn)\\s*$")) {
                qualifier = Figure.Qualifier.MORE_THAN;
            } else if (before.matches("(?s).*(?:dưới|chưa đến)\\s*$")) {
                qualifier = Figure.Qualifier.LESS_THAN;
            } else if (before.matches("(?s).*(?:khoảng|gần|ước|xấp xỉ)\\s*(?:đạt\\s*)?$") || before.contains("ước tính")) {
                qualifier = Figure.Qualifier.APPROXIMATELY;
            }
            if (afterLower.contains("trở lên")) {
                qualifier = Figure.Qualifier.AT_LEAST;
            }
            String quote = text.substring(clause[0], clause[1]);
            EmulationTitleKind title = titleNamed(afterLower);
            if (title != null && afterLower.contains("đạt")) {
                titles.add(new ReportRequest.EmulationTitle(title, year(quote), Figure.ofPercent(percent, qualifier)));
                addQuote("emulationTitles[" + (titles.size() - 1) + "]", quote, clause[0], 0.8);
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
            addQuote(field, quote, clause[0], 0.8);
        }
    }

    private static final String PEOPLE = "(?:cán bộ|công chức|viên chức|CBCC\\p{L}*|người lao động|người|đồng chí|đoàn viên)";
    private static final Pattern TOTAL = Pattern.compile("(?:[Tt]ổng số|có)\\s+(?:" + PEOPLE + "[,\\s]*(?:và\\s+)?)+"
            + "(?:của cơ quan\\s+)?(?:là\\s+)?(\\d{1,5})\\s+(?:người|đồng chí)|(?:[Tt]ổng số|[Cc]ơ quan có)\\s+(\\d{1,5})\\s+" + PEOPLE);
    private static final Pattern COUNTED = Pattern.compile("(?<![\\d.,/])(\\d{1,5})(?:\\s*/\\s*(\\d{1,5}))?\\s+" + PEOPLE
            + "[^.;%\\d]{0,60}?(ký cam kết|ký bản cam kết|đăng ký cam kết|tham gia)");

    /** Counts of people: the headcount ("tổng số … 25 người") and "N(/M) cán bộ … ký cam kết / tham gia". */
    private Integer counts(int bodyEnd, Map<String, Object> figures) {
        String body = text.substring(0, bodyEnd);
        Integer total = null;
        Matcher m = TOTAL.matcher(body);
        if (m.find()) {
            total = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
            int[] clause = clause(m.start());
            addQuote("workforce.total", text.substring(clause[0], clause[1]), clause[0], 0.7);
        }
        m = COUNTED.matcher(body);
        while (m.find()) {
            String key = m.group(3).equals("tham gia") ? "participating" : "commitmentsSigned";
            if (figures.containsKey(key)) {
                continue;
            }
            figures.put(key, Figure.ofCount(Integer.parseInt(m.group(1))));
            int[] clause = clause(m.start());
            addQuote("workforce." + key, text.substring(clause[0], clause[1]), clause[0], 0.7);
            if (total == null && m.group(2) != null) {
                total = Integer.valueOf(m.group(2)); // "18/20 cán bộ": 20 is the headcount
            }
        }
        return total;
    }

    private static EmulationTitleKind titleNamed(String lower) {
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

    private void titlesWithoutPercent(int bodyEnd, List<ReportRequest.EmulationTitle> titles) {
        String body = text.substring(0, bodyEnd);
        Matcher m = COUNTED_TITLE.matcher(body);
        while (m.find()) {
            int[] clause = clause(m.start());
            String rest = body.substring(m.end(), Math.min(clause[1], m.end() + 60)).toLowerCase(Locale.ROOT);
            EmulationTitleKind kind = titleNamed(rest);
            if (kind != null) {
                String quote = text.substring(clause[0], clause[1]);
                titles.add(new ReportRequest.EmulationTitle(kind, year(quote), Figure.ofCount(Integer.parseInt(m.group(1)))));
                addQuote("emulationTitles[" + (titles.size() - 1) + "]", quote, clause[0], 0.7);
            }
        }
        Matcher culture = Pattern.compile("đạt (?:danh hiệu )?[“\"]?(?:cơ quan, đơn vị )?(?:đạt )?chuẩn văn hóa")
                .matcher(body);
        if (culture.find() && titles.stream().noneMatch(t -> t.title() == EmulationTitleKind.CULTURAL_STANDARD_UNIT)) {
            int[] s = sentence(culture.start());
            String quote = text.substring(s[0], s[1]);
            titles.add(new ReportRequest.EmulationTitle(EmulationTitleKind.CULTURAL_STANDARD_UNIT, year(quote), null));
            addQuote("emulationTitles[" + (titles.size() - 1) + "]", quote, s[0], 0.6);
        }
    }

    private static final Pattern AWARD = Pattern.compile("Bằng khen của Thủ tướng|Bằng khen|Giấy khen|Huân chương|"
            + "Huy chương|biểu dương|Biểu dương");

    private List<ReportRequest.Commendation> commendations(int bodyEnd) {
        List<ReportRequest.Commendation> found = new ArrayList<>();
        Matcher m = AWARD.matcher(text.substring(0, bodyEnd));
        int lastSentence = -1;
        while (m.find()) {
            int[] s = sentence(m.start());
            String sentence = text.substring(s[0], s[1]);
            String before = text.substring(s[0], m.start());
            Integer year = year(sentence);
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
                    addQuote("commendations[" + (found.size() - 1) + "]", sentence, s[0], 0.7);
                }
            } else {
                String after = text.substring(m.end(), s[1]).toLowerCase(Locale.ROOT);
                RecipientKind kind = after.startsWith(" các tập thể") || after.startsWith(" tập thể")
                        ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
                found.add(new ReportRequest.Commendation(form, kind, year, null, note));
                addQuote("commendations[" + (found.size() - 1) + "]", sentence, s[0], 0.6);
            }
        }
        return found;
    }

    private Integer modelsRegistered(int bodyEnd) {
        Matcher m = MODELS_COUNT.matcher(text.substring(0, bodyEnd));
        if (m.find()) {
            int[] clause = clause(m.start());
            addQuote("modelsRegistered", text.substring(clause[0], clause[1]), clause[0], 0.7);
            return Integer.parseInt(m.group(1));
        }
        return null;
    }

    private List<ReportRequest.Model> models(int bodyEnd, List<Para> goodPractices) {
        List<ReportRequest.Model> models = new ArrayList<>();
        Matcher m = QUOTED_MODEL.matcher(text.substring(0, bodyEnd));
        while (m.find()) {
            String name = m.group(1).strip();
            int[] s = sentence(m.start());
            if (models.stream().noneMatch(x -> x.name().equalsIgnoreCase(name))) {
                models.add(new ReportRequest.Model(capitalize(name), sector(text.substring(s[0], s[1])),
                        text.substring(s[0], s[1])));
                addQuote("models[" + (models.size() - 1) + "]", text.substring(s[0], s[1]), s[0], 0.7);
            }
        }
        if (models.isEmpty() && goodPractices != null) {
            // the "cách làm hay" section: one practice a paragraph, named by what was built or organised
            for (Para p : goodPractices) {
                if (p.text.length() < 120 || ARABIC.matcher(p.text).matches() || p.text.matches("^[a-zđ]\\).*")) {
                    continue;
                }
                String name = practiceName(p.text);
                models.add(new ReportRequest.Model(name, sector(p.text), p.text));
                addQuote("models[" + (models.size() - 1) + "]", p.text, p.start, 0.4);
            }
        }
        return models;
    }

    private static String practiceName(String paragraph) {
        Matcher verb = Pattern.compile("(?:xây dựng|tổ chức|triển khai|áp dụng|thực hiện)\\s+").matcher(paragraph);
        String from = verb.find() ? paragraph.substring(verb.end()) : paragraph;
        Matcher stop = Pattern.compile(",|;|\\.(?=\\s|$)|\\s+(?:thì|với|để|nhằm)\\s").matcher(from);
        String name = stop.find() ? from.substring(0, stop.start()) : from;
        name = name.strip();
        if (name.length() > 200) {
            name = name.substring(0, 200).replaceFirst("\\s+\\S*$", "");
        }
        return capitalize(name);
    }

    private static ModelSector sector(String context) {
        String lower = context.toLowerCase(Locale.ROOT);
        if (lower.contains("bệnh viện") || lower.contains("y tế")) {
            return ModelSector.HEALTH;
        }
        if (lower.contains("trường học") || lower.contains("giáo dục") || lower.contains("học sinh")) {
            return ModelSector.EDUCATION;
        }
        if (lower.contains("doanh nghiệp")) {
            return ModelSector.ENTERPRISE;
        }
        if (lower.contains("một cửa") || lower.contains("dịch vụ công")) {
            return ModelSector.PUBLIC_SERVICE;
        }
        return ModelSector.ADMINISTRATION;
    }

    // ---------------------------------------------------------------- narrative

    private Map<String, List<Para>> sections(int bodyEnd) {
        Map<String, List<List<Para>>> parts = new LinkedHashMap<>();
        String romanKey = null;
        String key = null;
        List<Para> current = null;
        for (Para p : paras) {
            if (p.start >= bodyEnd) {
                break;
            }
            Matcher roman = ROMAN.matcher(p.text);
            Matcher arabic = ARABIC.matcher(p.text);
            if (roman.matches() && p.text.length() < 200) {
                romanKey = section(roman.group(2));
                key = romanKey;
                current = new ArrayList<>();
                current.add(p);
                if (key != null) {
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(current);
                }
                continue;
            }
            if (arabic.matches() && p.text.length() < 250 && current != null) {
                String child = section(arabic.group(2));
                key = child != null ? child : romanKey;
                current = new ArrayList<>();
                current.add(p);
                if (key != null) {
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(current);
                }
                continue;
            }
            if (current != null) {
                current.add(p);
            }
        }
        Map<String, List<Para>> sections = new LinkedHashMap<>();
        parts.forEach((k, list) -> {
            List<Para> joined = new ArrayList<>();
            list.removeIf(part -> part.size() < 2); // a heading whose words all sit under its sub-headings
            for (List<Para> part : list) {
                // one part: its body; several: each with its heading, so the reader sees where each came from
                joined.addAll(list.size() == 1 ? part.subList(1, part.size()) : part);
            }
            if (!joined.isEmpty()) {
                sections.put(k, joined);
            }
        });
        return sections;
    }

    private static String section(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("thuận lợi")) {
            return "advantages";
        }
        if (h.contains("khó khăn")) {
            return "difficulties";
        }
        if (h.contains("hạn chế") || h.contains("tồn tại") || h.contains("khuyết điểm")) {
            return "limitations";
        }
        if (h.contains("bài học")) {
            return "lessons";
        }
        if (h.contains("kiến nghị") || h.contains("đề xuất")) {
            return "proposals";
        }
        if (h.contains("phương hướng") || h.contains("thời gian tới") || h.contains("giải pháp")) {
            return "nextTasks";
        }
        if (h.contains("cách làm hay") || h.contains("mô hình") || h.contains("sáng tạo")) {
            return "goodPractices";
        }
        if (h.contains("tác động")) {
            return "impact";
        }
        if (h.contains("kiểm tra") || h.contains("giám sát")) {
            return "inspection";
        }
        if (h.contains("tuyên truyền")) {
            return "communication";
        }
        if (h.contains("lãnh đạo") || h.contains("chỉ đạo") || h.contains("triển khai")) {
            return "leadership";
        }
        if (h.contains("kết quả") || h.contains("khen thưởng") || h.contains("biểu dương") || h.contains("thành tích")) {
            return "results";
        }
        return null;
    }

    private ReportRequest.Narrative narrative(Map<String, List<Para>> sections) {
        if (sections.isEmpty()) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((key, list) -> {
            StringBuilder s = new StringBuilder();
            for (Para p : list) {
                if (s.length() + p.text.length() > 19_000) {
                    break; // the contract's limit per section
                }
                s.append(s.isEmpty() ? "" : "\n").append(p.text);
            }
            texts.put(key, s.toString());
            Para first = list.get(0);
            Para last = list.get(list.size() - 1);
            add("narrative." + key, first.start, last.end(), 0.7);
        });
        return new ReportRequest.Narrative(texts.get("advantages"), texts.get("difficulties"), texts.get("leadership"),
                texts.get("communication"), texts.get("results"), texts.get("goodPractices"), texts.get("impact"),
                texts.get("inspection"), texts.get("limitations"), texts.get("lessons"), texts.get("nextTasks"),
                texts.get("proposals"));
    }

    // ---------------------------------------------------------------- spans

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
    private int[] sentence(int at) {
        return span(at, false);
    }

    /** The clause around a position: a sentence, also cut at ";". */
    private int[] clause(int at) {
        return span(at, true);
    }

    private String sentence(int from, int to) {
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

    private void add(String field, int start, int end, double confidence) {
        evidence.add(new Evidence(field, text.substring(start, end), start, end, confidence));
    }

    private void addQuote(String field, String quote, int start, double confidence) {
        int at = text.indexOf(quote, Math.max(0, start - quote.length()));
        if (at < 0) {
            at = start;
        }
        evidence.add(new Evidence(field, quote, at, Math.min(text.length(), at + quote.length()), confidence));
    }

    private static Integer year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
