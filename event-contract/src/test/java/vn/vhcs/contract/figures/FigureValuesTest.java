package vn.vhcs.contract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ReportEvent;

class FigureValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static FigureDefinition of(FigureKind kind, String alias, String... levels) {
        return new FigureDefinition("someFigure", kind, new FigureDefinition.Labels("vi", "en"), null,
                FigureDefinition.Base.WORKFORCE,
                java.util.Arrays.stream(levels).map(l -> new FigureDefinition.Level(l, null)).toList(), "III.1", false,
                alias, false, false, 1);
    }

    private static List<String> rules(FigureDefinition f, String value, Integer total) throws Exception {
        return FigureValues.check(f, json(value), total).stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void eachKindTakesItsFormAndRefusesOthers() throws Exception {
        assertEquals(List.of(), rules(of(FigureKind.SHARE, null), "{\"percent\": 80, \"qualifier\": \"APPROXIMATELY\"}", 6));
        assertEquals(List.of(" figure.share.max"), rules(of(FigureKind.SHARE, null), "7", 6));
        assertEquals(List.of(".percent figure.share.disagree"), rules(of(FigureKind.SHARE, null), "{\"count\": 3, \"percent\": 80}", 6));
        assertEquals(List.of(" figure.kind.SHARE"), rules(of(FigureKind.SHARE, null), "true", null));
        assertEquals(List.of(), rules(of(FigureKind.PERCENT, null), "{\"percent\": 95, \"qualifier\": \"MORE_THAN\"}", null));
        assertEquals(List.of(" report.figure.percent.range"), rules(of(FigureKind.PERCENT, null), "100.5", null));
        assertEquals(List.of(), rules(of(FigureKind.COUNT, null), "{\"count\": 20, \"qualifier\": \"MORE_THAN\"}", null));
        assertEquals(List.of(" figure.kind.COUNT.bare"), rules(of(FigureKind.COUNT, "inspections.held"), "{\"count\": 2}", null));
        assertEquals(List.of(" figure.kind.COUNT"), rules(of(FigureKind.COUNT, null), "{\"percent\": 2}", null));
        assertEquals(List.of(" report.figure.count.range"), rules(of(FigureKind.COUNT, null), "-1", null));
        assertEquals(List.of(), rules(of(FigureKind.YES_NO, null), "true", null));
        assertEquals(List.of(" figure.kind.YES_NO"), rules(of(FigureKind.YES_NO, null), "\"yes\"", null));
        assertEquals(List.of(), rules(of(FigureKind.ORDINAL, null, "LOW", "HIGH"), "\"HIGH\"", null));
        assertEquals(List.of(" figure.kind.ORDINAL"), rules(of(FigureKind.ORDINAL, null, "LOW", "HIGH"), "\"MEDIUM\"", null));
        assertEquals(List.of(), rules(of(FigureKind.LIST, null), "[\"Phòng Lãnh sự\"]", null));
        assertEquals(List.of("[1] figure.list.item"), rules(of(FigureKind.LIST, null), "[\"a\", \" \"]", null));
        assertEquals(List.of(" figure.kind.TEXT"), rules(of(FigureKind.TEXT, null), "12", null));
    }

    @Test
    void theStandardCatalogueHasEveryV2FieldAsAnAliasOnce() {
        List<String> aliases = StandardFigures.aliased().stream().map(FigureDefinition::alias).toList();
        assertEquals(List.of("workforce.total", "memberUnits.total", "memberUnits.withPlans", "workforce.participating",
                "workforce.commitmentsSigned", "memberUnits.withCultureRules", "indicators.citizenSatisfactionPercent",
                "indicators.digitizedProceduresPercent", "indicators.computerEquipmentPercent", "modelsRegistered",
                "inspections.held", "inspections.violationsFound", "inspections.violationsHandled"), aliases);
        assertTrue(StandardFigures.all().stream().allMatch(f -> f.builtIn() && f.code().matches(FigureDefinition.CODE)));
        List<String> outlines = StandardFigures.all().stream().map(f -> Outline.key(f.outline())).toList();
        assertEquals(outlines.stream().sorted().toList(), outlines, "the file is in the outline's order");
    }

    @Test
    void anEventBeforeTheCatalogueStatesItsV2FieldsUnderTheirCodes() throws Exception {
        ReportEvent event = EventCodec.reportEvent(getClass()
                .getResourceAsStream("/vn/vhcs/contract/examples/report-submitted.json").readAllBytes());
        Map<String, JsonNode> values = event.payload().figureValues();
        assertEquals(20, values.get("workforceTotal").intValue());
        assertEquals("{\"percent\":100}", values.get("participation").toString());
        assertEquals("{\"percent\":95,\"qualifier\":\"MORE_THAN\"}", values.get("citizenSatisfactionPercent").toString());
        assertEquals(2, values.get("inspectionsHeld").intValue());
        assertEquals(5, values.get("modelsRegistered").intValue());
    }

    @Test
    void theFiguresMemberAddsToTheAliases() throws Exception {
        JsonNode body = json("{\"workforce\": {\"total\": 20}, \"figures\": {\"trainingsHeld\": 3, \"culturalStandard\": true}}");
        Map<String, JsonNode> values = FigureValues.of(body);
        assertEquals(List.of("workforceTotal", "trainingsHeld", "culturalStandard"), List.copyOf(values.keySet()));
        var tree = JSON.createObjectNode();
        FigureValues.put(tree, "inspections.held", JSON.getNodeFactory().numberNode(2));
        assertEquals(json("{\"inspections\": {\"held\": 2}}"), tree);
    }
}
