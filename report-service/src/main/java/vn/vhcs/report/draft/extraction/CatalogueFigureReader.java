package vn.vhcs.report.draft.extraction;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;
import vn.vhcs.contract.figures.StandardFigures;

/**
 * The catalogue's standard figures that have no v2 field (trainings held, linked campaigns, the cultural standard,
 * the outline's III.1 a)–e) texts …), each where the text states it, with its sentence as evidence. What a pattern
 * means follows from the figure's kind in the catalogue:
 * <ul>
 * <li>{@code YES_NO}: a match states {@code true}; "chưa" or "không" just before it states {@code false};
 * "phấn đấu", "nhằm", "sẽ" … just before it make it an aim, which states nothing (so for every kind);</li>
 * <li>{@code COUNT}: group {@code n} is the number (with the qualifier of the words around it);</li>
 * <li>{@code PERCENT}: group {@code pct} is the percent (with its qualifier);</li>
 * <li>{@code ORDINAL}: group {@code level} is the words of a level, matched against the levels' Vietnamese labels
 * ("đạt mức cao" → the level labelled "mức cao");</li>
 * <li>{@code LIST}: group {@code name} (quoted) or {@code bare} (unquoted) is a name; the spelling used most wins
 * among names that differ only in their diacritics (a typo such as "Vũng" for "Vững");</li>
 * <li>{@code TEXT}: the pattern matches a lettered head ("c) Đánh giá … công nghệ thông tin") of the results
 * section; the paragraphs under it are the text.</li>
 * </ul>
 * Adding a built-in figure to the extractor is one entry of {@link #RULES}.
 */
final class CatalogueFigureReader {

    private static final String HOA = "h(?:óa|oá)"; // both placements of the accent occur ("văn hóa", "văn hoá")
    private static final String NOT_QUOTED = "[^.;“”\"]";
    /** The words that qualify a number ("hơn 3 lớp"): FigureReader reads them. */
    private static final String ABOUT = "(?:(?:hơn|trên|khoảng|gần|dưới) )?";

    /** A figure's pattern, and the narrative section looked in first (null: the whole body). */
    private record Rule(Pattern pattern, String section) {
    }

    /** The one table: figure code → pattern. The catalogue gives each code its kind. */
    private static final Map<String, Rule> RULES = rules(
            "linkedCampaigns", null,
            "gắn(?: kết)?(?: " + NOT_QUOTED + "{0,120}?)? với " + NOT_QUOTED + "{0,200}?(?:[“\"](?<name>[^”\"]{3,200})[”\"]"
                    + "|(?<bare>[Hh]ọc tập và làm theo " + NOT_QUOTED + "{3,120}))",
            "trainingsHeld", null,
            "(?:tổ chức|mở)(?: được)? " + ABOUT + "(?<n>\\d{1,4}) (?:lớp|khóa|đợt|buổi) (?:tập huấn|bồi dưỡng|đào tạo)",
            "conferencesHeld", null,
            "tổ chức(?: được)? " + ABOUT + "(?<n>\\d{1,4}) (?:hội nghị|buổi|cuộc) (?:quán triệt|triển khai|phổ biến)",
            "resultsRules", "results", "chính sách|quy định|quy chế|nội quy",
            "ownCultureRules", null,
            "đã (?:xây dựng|ban hành)[^.;]{0,80}?(?:[Qq]uy chế|[Qq]uy định|[Nn]ội quy|[Bb]ộ quy tắc)[^.;]{0,80}?văn " + HOA
                    + " công sở",
            "resultsAdministrativeReform", "results", "cải cách hành chính|thủ tục hành chính",
            "resultsIct", "results", "công nghệ thông tin",
            "eDocumentsPercent", null,
            "[Tt]ỷ lệ văn bản (?:đi, đến |điện tử)[^.;%]{0,80}?(?<pct>\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%"
                    + "|(?<pct2>\\d{1,3}(?:[.,]\\d{1,2})?)\\s?% văn bản[^.;%]{0,60}?điện tử",
            "eDocumentsLevel", null,
            "[Tt]ỷ lệ văn bản điện tử[^.;%]{0,80}?đạt (?<level>mức (?:cao|trung bình|thấp))",
            "resultsCivilisedOffice", "results", "văn minh|xanh, sạch",
            "culturalStandard", null,
            "(?:đạt|được công nhận)(?: danh hiệu)? [“\"]?(?:cơ quan,? (?:đơn vị )?)?(?:đạt )?chuẩn văn " + HOA,
            "resultsConduct", "results", "thực hiện của cán bộ|cán bộ, công chức thực hiện",
            "inspectionsConducted", "inspection",
            "(?:đã|có)(?: làm tốt| tổ chức| tiến hành| thực hiện)?(?: công tác| các cuộc| cuộc)? kiểm tra",
            "exemplaryUnits", null,
            "(?:[Tt]ập thể|[Đđ]ơn vị) điển hình(?: tiên tiến)?(?: là| gồm| như)?:? ?[“\"](?<name>[^”\"]{3,200})[”\"]",
            "exemplaryIndividuals", null,
            "(?:[Cc]á nhân|[Gg]ương) điển hình(?: tiên tiến)?(?: là| gồm| như)?:? ?(?:đồng chí|ông|bà) "
                    + "(?<bare>\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,4})");

    private static final Pattern LETTERED_HEAD = Pattern.compile("^[a-zđ]\\)\\s*(.+)$");
    private static final Pattern ENUMERATED = Pattern.compile("\\s*(?:,|;|và|,\\s*và)\\s*[“\"]([^”\"]{3,200})[”\"]");
    private static final Pattern NEGATION = Pattern.compile("(?:chưa|không)(?: được)?\\s*$");
    /** Words that make what follows an aim, not a fact: "phấn đấu đạt chuẩn văn hóa" states nothing yet. */
    private static final Pattern AIM = Pattern.compile("(?:phấn đấu|nhằm|hướng tới|mục tiêu|sẽ|cần|phải)\\s*$");

    private final DraftText doc;
    private final String text;

    CatalogueFigureReader(DraftText doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    /** The figures the text states, by code, in the catalogue's order. */
    Map<String, JsonNode> figures(int bodyEnd, Map<String, List<DraftText.Para>> sections) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        // a head ("3. Đánh giá … gắn với việc đẩy mạnh …") is the outline's words, not what the agency did
        List<DraftText.Para> body = doc.paras().stream().filter(p -> p.start() < bodyEnd && !head(p)).toList();
        for (FigureDefinition figure : StandardFigures.all()) {
            Rule rule = RULES.get(figure.code());
            if (rule == null) {
                continue;
            }
            JsonNode value = switch (figure.kind()) {
                case TEXT -> text(figure.code(), rule, sections.get(rule.section()));
                case LIST -> list(figure.code(), rule, body);
                default -> {
                    List<DraftText.Para> preferred = rule.section() == null ? null : sections.get(rule.section());
                    JsonNode v = preferred == null ? null : single(figure, rule, preferred);
                    yield v != null ? v : single(figure, rule, body);
                }
            };
            if (value != null) {
                found.put(figure.code(), value);
            }
        }
        return found;
    }

    private static boolean head(DraftText.Para p) {
        return p.text().length() < 250 && (NarrativeReader.ARABIC.matcher(p.text()).matches()
                || NarrativeReader.ROMAN.matcher(p.text()).matches() || LETTERED_HEAD.matcher(p.text()).matches());
    }

    /** A YES_NO, COUNT or PERCENT: its first statement. */
    private JsonNode single(FigureDefinition figure, Rule rule, List<DraftText.Para> paras) {
        for (DraftText.Para p : paras) {
            Matcher m = rule.pattern().matcher(p.text());
            if (head(p) || !m.find()) {
                continue;
            }
            int at = p.start() + m.start();
            int[] sentence = doc.sentence(at);
            // the qualifier stands before the number, which may be inside the match
            int number = p.start() + Math.max(m.start(),
                    Math.max(start(m, "n"), Math.max(start(m, "pct"), start(m, "pct2"))));
            String before = text.substring(sentence[0], number).toLowerCase(Locale.ROOT);
            String after = text.substring(p.start() + m.end(), sentence[1]).toLowerCase(Locale.ROOT);
            if (AIM.matcher(before).find()) {
                continue;
            }
            JsonNode value = switch (figure.kind()) {
                case YES_NO -> JsonNodeFactory.instance.booleanNode(!NEGATION.matcher(before).find());
                case COUNT -> count(Integer.parseInt(group(m, "n")), FigureReader.qualifier(before, after));
                case PERCENT -> percent(m, before, after);
                case ORDINAL -> level(figure, group(m, "level"));
                default -> null;
            };
            if (value == null) {
                continue;
            }
            doc.add("figures." + figure.code(), sentence[0], sentence[1], 0.7);
            return value;
        }
        return null;
    }

    /** A named group's text; null when the pattern has no such group or it took no part in the match. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int start(Matcher m, String name) {
        try {
            return m.start(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static JsonNode count(int n, Figure.Qualifier qualifier) {
        if (qualifier == null) {
            return JsonNodeFactory.instance.numberNode(n);
        }
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("count", n);
        value.put("qualifier", qualifier.name());
        return value;
    }

    private static JsonNode percent(Matcher m, String before, String after) {
        String digits = group(m, "pct") != null ? group(m, "pct") : group(m, "pct2");
        BigDecimal percent = new BigDecimal(digits.replace(',', '.'));
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("percent", percent);
        Figure.Qualifier qualifier = FigureReader.qualifier(before, after);
        if (qualifier != null) {
            value.put("qualifier", qualifier.name());
        }
        return value;
    }

    /** An ORDINAL: the level whose Vietnamese label the words are (case and spacing aside); null when none is. */
    private static JsonNode level(FigureDefinition figure, String words) {
        if (words == null) {
            return null;
        }
        String said = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return figure.levels().stream()
                .filter(l -> l.label() != null && l.label().vi() != null
                        && l.label().vi().strip().toLowerCase(Locale.ROOT).equals(said))
                .findFirst().<JsonNode>map(l -> JsonNodeFactory.instance.textNode(l.code())).orElse(null);
    }

    /** A LIST: every name stated, once each. */
    private JsonNode list(String code, Rule rule, List<DraftText.Para> paras) {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        Map<String, int[]> sentences = new LinkedHashMap<>();
        for (DraftText.Para p : paras) {
            Matcher m = rule.pattern().matcher(p.text());
            while (!head(p) && m.find()) {
                String name = group(m, "name") != null ? group(m, "name") : group(m, "bare");
                if (name == null || name.isBlank()) {
                    continue;
                }
                int[] sentence = doc.sentence(p.start() + m.start());
                add(spellings, sentences, name, sentence);
                if (group(m, "name") != null) {
                    // a quoted name may open an enumeration: “A”, “B” và “C”
                    Matcher next = ENUMERATED.matcher(p.text()).region(m.end(), p.text().length());
                    while (next.lookingAt()) {
                        add(spellings, sentences, next.group(1), sentence);
                        next.region(next.end(), p.text().length());
                    }
                }
            }
        }
        if (spellings.isEmpty()) {
            return null;
        }
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        spellings.forEach((key, written) -> {
            int[] s = sentences.get(key);
            doc.add("figures." + code + "[" + names.size() + "]", s[0], s[1], 0.6);
            names.add(mostUsed(written));
        });
        return names;
    }

    private static void add(Map<String, List<String>> spellings, Map<String, int[]> sentences, String name,
            int[] sentence) {
        String written = DraftText.capitalize(name.strip());
        String key = plain(written);
        spellings.computeIfAbsent(key, k -> new ArrayList<>()).add(written);
        sentences.putIfAbsent(key, sentence);
    }

    private static String mostUsed(List<String> written) {
        String best = written.get(0);
        long bestCount = 0;
        for (String w : written) {
            long count = written.stream().filter(w::equals).count();
            if (count > bestCount) {
                best = w;
                bestCount = count;
            }
        }
        return best;
    }

    /** A name without its diacritics and case, so that one misplaced accent does not make another name. */
    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'd').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A TEXT: the paragraphs under the lettered head of the section the pattern matches. */
    private JsonNode text(String code, Rule rule, List<DraftText.Para> section) {
        if (section == null) {
            return null;
        }
        for (int i = 0; i < section.size(); i++) {
            Matcher head = LETTERED_HEAD.matcher(section.get(i).text());
            if (!head.matches() || !rule.pattern().matcher(head.group(1).toLowerCase(Locale.ROOT)).find()
                    || claimedByEarlierRule(code, head.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<DraftText.Para> under = new ArrayList<>();
            for (int j = i + 1; j < section.size(); j++) {
                String t = section.get(j).text();
                if (LETTERED_HEAD.matcher(t).matches() || NarrativeReader.ARABIC.matcher(t).matches()) {
                    break;
                }
                under.add(section.get(j));
            }
            if (under.isEmpty()) {
                return null;
            }
            StringBuilder s = new StringBuilder();
            for (DraftText.Para p : under) {
                if (s.length() + p.text().length() > 19_000) {
                    break; // the kind's limit
                }
                s.append(s.isEmpty() ? "" : "\n").append(p.text());
            }
            doc.add("figures." + code, under.get(0).start(), under.get(under.size() - 1).end(), 0.7);
            return JsonNodeFactory.instance.textNode(s.toString());
        }
        return null;
    }

    /** A head goes to the first TEXT figure (in the table's order) whose pattern it matches. */
    private static boolean claimedByEarlierRule(String code, String head) {
        for (var e : RULES.entrySet()) {
            if (e.getKey().equals(code)) {
                return false;
            }
            FigureKind kind = StandardFigures.byCode(e.getKey()).map(FigureDefinition::kind).orElse(null);
            if (kind == FigureKind.TEXT && e.getValue().pattern().matcher(head).find()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Rule> rules(String... entries) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 3) {
            if (StandardFigures.byCode(entries[i]).isEmpty()) {
                throw new IllegalStateException("no standard figure " + entries[i]);
            }
            rules.put(entries[i], new Rule(Pattern.compile(entries[i + 2]), entries[i + 1]));
        }
        return rules;
    }
}
