package vn.vhcs.aggregation.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureDefinition.Labels;
import vn.vhcs.contract.figures.FigureKind;
import vn.vhcs.contract.figures.StandardFigures;

/** The catalogue as this service holds it: its rows, its order, a round's set, what recounts. */
class FiguresTest {

    private static final FigureDefinition MATURITY = new FigureDefinition("maturity", FigureKind.ORDINAL,
            new Labels("Mức độ", null), new Labels("Mô tả", "About"), null,
            List.of(new FigureDefinition.Level("LOW", new Labels("thấp", "low")),
                    new FigureDefinition.Level("HIGH", new Labels("cao", "high"))),
            "II.1", true, null, false, false, 4);

    @Test
    void aRowGivesBackTheDefinitionItWasSetFrom() {
        FigureRow row = new FigureRow();
        row.code = MATURITY.code();
        row.set(MATURITY);
        assertEquals(MATURITY, row.definition());
    }

    @Test
    void theBuiltInFiguresStandUntilTheirOwnDefinitionArrives() {
        assertEquals(StandardFigures.all().size(), Figures.STANDARD.inOrder().size());
        FigureDefinition relabelled = new FigureDefinition("trainingsHeld", FigureKind.COUNT, new Labels("Lớp học", null),
                null, null, List.of(), "II.2", false, null, true, true, 2);
        Figures figures = new Figures(List.of(relabelled, MATURITY), "1");
        assertEquals("Lớp học", figures.get("trainingsHeld").label().vi());
        assertEquals(StandardFigures.all().size() + 1, figures.inOrder().size());
        // the outline's order, a figure of II.1 before II.2
        List<String> codes = figures.inOrder().stream().map(FigureDefinition::code).toList();
        assertTrue(codes.indexOf("maturity") < codes.indexOf("trainingsHeld"), codes.toString());
    }

    @Test
    void aRoundsSetIsTheCodesItNamesElseTheStandardFigures() {
        Figures figures = new Figures(List.of(MATURITY), "1");
        assertEquals(List.of("maturity", "trainingsHeld"), figures.setOf(List.of("trainingsHeld", "maturity", "unknown"))
                .stream().map(FigureDefinition::code).toList());
        assertEquals(StandardFigures.all().stream().filter(FigureDefinition::standard).count(),
                figures.setOf(null).size());
        assertFalse(figures.setOf(List.of()).contains(MATURITY), "not standard");
    }

    @Test
    void onlyANewCodeAnotherKindBaseOrBreakdownCountsDifferently() {
        Figures figures = new Figures(List.of(MATURITY), "1");
        assertFalse(figures.countsDifferently(MATURITY.withRevision(5)));
        assertFalse(figures.countsDifferently(new FigureDefinition("maturity", FigureKind.ORDINAL,
                new Labels("Mức độ mới", "Level"), null, null, MATURITY.levels(), "III.1", true, null, true, false, 5)));
        assertTrue(figures.countsDifferently(new FigureDefinition("maturity", FigureKind.TEXT, MATURITY.label(), null,
                null, List.of(), "II.1", true, null, false, false, 5)));
        assertTrue(figures.countsDifferently(new FigureDefinition("maturity", FigureKind.ORDINAL, MATURITY.label(),
                null, null, MATURITY.levels(), "II.1", false, null, false, false, 5)));
        assertTrue(figures.countsDifferently(new FigureDefinition("brandNew", FigureKind.COUNT, MATURITY.label(), null,
                null, List.of(), null, false, null, false, false, 1)));
    }
}
