package vn.vhcs.report.draft.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;
import vn.vhcs.contract.figures.StandardFigures;

/**
 * Field-by-field score of a draft against a hand-made fixture. A field is a leaf path: the document's
 * four fields; each leaf of workforce, memberUnits, indicators, inspections (a figure compared
 * whole: count, percent and qualifier); modelsRegistered; each leaf of a directive (kind, issuer,
 * issuedBy, number, issuedOn, title), directives being matched by number, else by kind and issuer;
 * each leaf of a commendation (matched by form, recipient and year) and of an emulation title
 * (matched by title and year); each leaf of a model (matched to the fixture's model whose
 * description shares most words); each narrative section. Texts — titles, notes, model names and
 * descriptions, narrative sections — match when their word sets overlap: shared words over the larger
 * set ≥ 0.5 (0.6 for narrative sections); each figure of {@code figures} (a TEXT as a narrative section, a LIST
 * when each name has its match, the others exactly). Precision: matching fields of the draft over the draft's
 * fields; recall: matching fields over the fixture's fields. agencyCode and roundCode are not
 * scored (the upload gives them).
 */
final class DraftScore {

    record Result(int predicted, int expected, int correct, List<String> wrong, List<String> missed) {
        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }
    }

    private DraftScore() {
    }

    static Result score(JsonNode draft, JsonNode fixture) {
        return score(draft, fixture, path -> true);
    }

    /** The score of the catalogue's figures alone ({@code figures.{code}}). */
    static Result scoreFigures(JsonNode draft, JsonNode fixture) {
        return score(draft, fixture, path -> path.startsWith("figures."));
    }

    private static Result score(JsonNode draft, JsonNode fixture, java.util.function.Predicate<String> scored) {
        Map<String, String> expected = facts(fixture, null);
        Map<String, String> predicted = facts(draft, fixture);
        expected.keySet().removeIf(scored.negate());
        predicted.keySet().removeIf(scored.negate());
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (var fact : predicted.entrySet()) {
            String want = expected.get(fact.getKey());
            if (want != null && same(fact.getKey(), fact.getValue(), want)) {
                correct++;
                found.add(fact.getKey());
            } else {
                wrong.add(fact.getKey() + " = " + shorten(fact.getValue()) + (want == null ? "" : "  (want " + shorten(want) + ")"));
            }
        }
        for (var fact : expected.entrySet()) {
            if (!found.contains(fact.getKey())) {
                missed.add(fact.getKey() + " = " + shorten(fact.getValue()));
            }
        }
        return new Result(predicted.size(), expected.size(), correct, wrong, missed);
    }

    private static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    private static boolean same(String path, String a, String b) {
        if (path.startsWith("figures.")) {
            FigureKind kind = StandardFigures.byCode(path.substring("figures.".length())).map(FigureDefinition::kind)
                    .orElse(null);
            if (kind == FigureKind.TEXT) {
                return overlap(a, b) >= 0.6;
            }
            if (kind == FigureKind.LIST) {
                return sameNames(a, b);
            }
            return a.equals(b);
        }
        if (path.startsWith("narrative.")) {
            return overlap(a, b) >= 0.6;
        }
        if (path.endsWith(".title") && !path.startsWith("emulationTitles") || path.endsWith(".note")
                || path.endsWith(".description") || path.startsWith("models") && path.endsWith(".name")) {
            return overlap(a, b) >= 0.5;
        }
        return a.equals(b);
    }

    /** Two lists of names (as JSON arrays) match when each name of one has a name of the other sharing ≥ 0.8 of its words. */
    private static boolean sameNames(String a, String b) {
        List<String> x = names(a);
        List<String> y = names(b);
        return x.size() == y.size() && x.stream().allMatch(n -> y.stream().anyMatch(m -> overlap(n, m) >= 0.8))
                && y.stream().allMatch(n -> x.stream().anyMatch(m -> overlap(n, m) >= 0.8));
    }

    private static List<String> names(String array) {
        List<String> names = new ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(array).forEach(n -> names.add(n.asText()));
        } catch (java.io.IOException e) {
            names.add(array);
        }
        return names;
    }

    static double overlap(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / Math.max(x.size(), y.size());
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The report's fields; with a fixture, list items are keyed by the fixture's item they match. */
    private static Map<String, String> facts(JsonNode report, JsonNode fixture) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String object : List.of("document", "workforce", "memberUnits", "indicators", "inspections")) {
            leaves(facts, object, report.path(object));
        }
        if (report.hasNonNull("modelsRegistered")) {
            facts.put("modelsRegistered", report.get("modelsRegistered").toString());
        }
        for (JsonNode d : report.path("directives")) {
            String key = d.hasNonNull("number") ? d.get("number").asText().replaceAll("\\s", "").toUpperCase(Locale.ROOT)
                    : d.path("kind").asText() + "|" + d.path("issuer").asText() + "|" + d.path("issuedBy").asText("");
            leaves(facts, "directives[" + key + "]", d);
        }
        for (JsonNode c : report.path("commendations")) {
            leaves(facts, "commendations[" + c.path("form").asText() + "|" + c.path("recipientKind").asText() + "|"
                    + c.path("year").asText("") + "]", c);
        }
        for (JsonNode t : report.path("emulationTitles")) {
            leaves(facts, "emulationTitles[" + t.path("title").asText() + "|" + t.path("year").asText("") + "]", t);
        }
        int i = 0;
        for (JsonNode m : report.path("models")) {
            String key = "?" + i++;
            if (fixture == null) {
                key = m.path("name").asText();
            } else {
                double best = 0.3;
                for (JsonNode e : fixture.path("models")) {
                    double o = overlap(m.path("description").asText(m.path("name").asText()),
                            e.path("description").asText(e.path("name").asText()));
                    if (o > best) {
                        best = o;
                        key = e.path("name").asText();
                    }
                }
            }
            leaves(facts, "models[" + key + "]", m);
        }
        leaves(facts, "figures", report.path("figures"));
        for (Iterator<Map.Entry<String, JsonNode>> it = report.path("narrative").fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().isNull()) {
                facts.put("narrative." + e.getKey(), e.getValue().asText());
            }
        }
        return facts;
    }

    /**
     * A value in one spelling: numbers as plain decimals (100, not 1E+2 nor 100.0), and a bare
     * number in a figure as the object it stands for ({"percent": p} for an indicator, {"count": n}
     * otherwise), so that equivalent forms of the contract compare equal.
     */
    private static String canonical(String path, JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            String n = value.decimalValue().stripTrailingZeros().toPlainString();
            if (path.startsWith("indicators.")) {
                return "{percent=" + n + "}";
            }
            if (FIGURES.matcher(path).matches()) {
                return "{count=" + n + "}";
            }
            return n;
        }
        if (value.isObject()) {
            java.util.TreeMap<String, String> fields = new java.util.TreeMap<>();
            value.fields().forEachRemaining(f -> fields.put(f.getKey(), canonical("", f.getValue())));
            return fields.toString();
        }
        return value.toString();
    }

    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile(
            "workforce\\.(participating|commitmentsSigned)|memberUnits\\.(withCultureRules|withPlans)|emulationTitles\\[.*\\]\\.count");

    private static void leaves(Map<String, String> facts, String prefix, JsonNode node) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().isNull()) {
                facts.put(prefix + "." + e.getKey(), canonical(prefix + "." + e.getKey(), e.getValue()));
            }
        }
    }
}
