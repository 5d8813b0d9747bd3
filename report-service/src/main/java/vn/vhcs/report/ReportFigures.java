package vn.vhcs.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;
import vn.vhcs.contract.figures.FigureValues;
import vn.vhcs.contract.figures.StandardFigures;
import vn.vhcs.figures.FigureCatalogue;
import vn.vhcs.registry.ReportingRound;
import vn.vhcs.report.api.ReportRequest;

/**
 * A report's figures by code ({@code figures}): their rules, and the aliases between the built-in figures and the
 * v2 fields. A built-in figure given by code is stored in its v2 field, so that the v2 rules judge it as before and
 * a stored body has one place for each fact; the answer and the event state name every figure by code.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ReportFigures {

    private final FigureCatalogue catalogue;
    private final ObjectMapper json;

    /**
     * Every broken rule of the body's figures and of the v2 rules ({@link ReportRules}), for the one answer. The
     * v2 rules judge the body with its valid aliased figures in their v2 fields; what they find there is named at
     * {@code figures.{code}}, where the value was given. Reads the catalogue once, and only for a body with figures.
     */
    List<FieldError> check(ReportRequest request, ReportingRound round) {
        Map<String, JsonNode> given = request.figures();
        if (given.isEmpty()) {
            return ReportRules.check(request, round);
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, FigureDefinition> known = catalogue.byCode();
        Set<String> asked = round == null ? null : FigureCatalogue.asked(round, known);
        ObjectNode tree = json.valueToTree(request);
        Map<String, FigureDefinition> moved = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : given.entrySet()) {
            String code = e.getKey();
            JsonNode value = e.getValue();
            String path = FigureValues.MEMBER + "." + code;
            FigureDefinition figure = known.get(code);
            if (value == null || value.isNull()) {
                continue;
            }
            if (figure == null) {
                errors.add(new FieldError(path, Messages.get("figure.unknown", code)));
                continue;
            }
            // the v2 fields' figures keep every v1/v2 body's meaning in every round
            if (figure.alias() == null && asked != null && !asked.contains(code)) {
                errors.add(new FieldError(path, Messages.get("report.figures.not-asked", round.code, code)));
                continue;
            }
            List<FigureValues.Violation> broken = FigureValues.check(figure, value, total(figure, tree, given, known));
            broken.forEach(v -> errors.add(new FieldError(path + v.path(), Messages.get(v.rule(), v.args().toArray()))));
            if (figure.alias() == null || !broken.isEmpty()) {
                continue;
            }
            JsonNode field = FigureValues.at(tree, figure.alias());
            if (field == null) {
                moved.put(code, figure);
            } else if (!same(figure, field, value)) {
                errors.add(new FieldError(path, Messages.get("report.figures.alias-differs", figure.alias())));
            }
        }
        ReportRequest aliased = moved.isEmpty() ? request : move(request, moved.keySet());
        for (FieldError error : ReportRules.check(aliased, round)) {
            errors.add(new FieldError(givenAt(error.field(), moved), error.message()));
        }
        return errors;
    }

    /** The document to store: the built-in figures given by code moved into their v2 fields (a judged body). */
    public ReportRequest aliased(ReportRequest request) {
        Set<String> codes = new java.util.HashSet<>();
        StandardFigures.aliased().forEach(f -> {
            if (request.figures().get(f.code()) != null) {
                codes.add(f.code());
            }
        });
        return codes.isEmpty() ? request : move(request, codes);
    }

    private ReportRequest move(ReportRequest request, Set<String> codes) {
        ObjectNode tree = json.valueToTree(request);
        JsonNode member = tree.get(FigureValues.MEMBER);
        ObjectNode figures = member instanceof ObjectNode object ? object : tree.putObject(FigureValues.MEMBER);
        for (String code : codes) {
            JsonNode value = figures.remove(code);
            if (value != null && !value.isNull()) {
                // an equal v2 value stays as it is
                if (FigureValues.at(tree, StandardFigures.byCode(code).orElseThrow().alias()) == null) {
                    FigureValues.put(tree, StandardFigures.byCode(code).orElseThrow().alias(), value);
                }
            }
        }
        try {
            return json.treeToValue(tree, ReportRequest.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a judged body cannot be read back", e);
        }
    }

    /** A v2 rule's path inside a field that was given as a figure: named where it was given. */
    private static String givenAt(String field, Map<String, FigureDefinition> moved) {
        for (FigureDefinition f : moved.values()) {
            if (field.equals(f.alias()) || field.startsWith(f.alias() + ".")) {
                return FigureValues.MEMBER + "." + f.code() + field.substring(f.alias().length());
            }
        }
        return field;
    }

    /** The total a SHARE is a part of: its base's v2 field, or the built-in figure of that total given by code. */
    private static Integer total(FigureDefinition figure, ObjectNode tree, Map<String, JsonNode> given,
            Map<String, FigureDefinition> known) {
        if (figure.kind() != FigureKind.SHARE || figure.base() == null) {
            return null;
        }
        String path = switch (figure.base()) {
            case WORKFORCE -> "workforce.total";
            case MEMBER_UNITS -> "memberUnits.total";
        };
        JsonNode total = FigureValues.at(tree, path);
        if (total == null) {
            for (Map.Entry<String, JsonNode> e : given.entrySet()) {
                FigureDefinition f = known.get(e.getKey());
                if (f != null && path.equals(f.alias())) {
                    total = e.getValue();
                }
            }
        }
        return total != null && total.isIntegralNumber() && total.canConvertToInt() && total.intValue() >= 0
                ? total.intValue() : null;
    }

    /** Whether a v2 field and a figure by code state the same value (a count as 5 or {"count": 5}). */
    private static boolean same(FigureDefinition figure, JsonNode field, JsonNode value) {
        try {
            return switch (figure.kind()) {
                case SHARE, COUNT -> equalFigures(Figure.fromJson(field), Figure.fromJson(value));
                case PERCENT -> equalPercentages(Percentage.fromJson(field), Percentage.fromJson(value));
                default -> field.equals(value);
            };
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean equalFigures(Figure a, Figure b) {
        return java.util.Objects.equals(a.count(), b.count()) && equalNumbers(a.percent(), b.percent())
                && a.qualifierOrExact() == b.qualifierOrExact();
    }

    private static boolean equalPercentages(Percentage a, Percentage b) {
        return equalNumbers(a.percent(), b.percent()) && a.qualifier() == b.qualifier();
    }

    private static boolean equalNumbers(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
