package vn.vhcs.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.vhcs.report.ReportFixtures;

@QuarkusTest
class RoundFiguresTest {

    /** A new open round over SO-KET-2022's period, asking for these figures (none: the standard set). */
    static String round(List<String> figures) {
        String code = "FIG-" + System.nanoTime() % 1_000_000_000L;
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"));
        if (figures != null) {
            body.put("figures", figures);
        }
        given().contentType(ContentType.JSON).body(body).put("/api/v1/rounds/" + code).then().statusCode(201);
        return code;
    }

    /** The fixtures' report, for this round. */
    static Map<String, Object> report(String agency, String round) {
        Map<String, Object> report = ReportFixtures.report(agency);
        report.put("roundCode", round);
        return report;
    }

    static ValidatableResponse submit(Map<String, Object> report) {
        return given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then();
    }

    @Test
    void aRoundAsksForASetOfFiguresAndNamesThemBack() {
        String level = FigureCatalogueTest.code("digitalLevel");
        FigureCatalogueTest.put(level, FigureCatalogueTest.ordinal()).statusCode(201);
        String round = round(List.of(level, "trainingsHeld"));
        given().get("/api/v1/rounds/" + round).then().statusCode(200)
                .body("figures", equalTo(List.of(level, "trainingsHeld")));
        given().get("/api/v1/rounds/" + round(null)).then().statusCode(200).body("figures", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart", "2023-01-01",
                "periodEnd", "2023-12-31", "dueDate", "2024-01-15", "closesOn", "2024-03-31",
                "figures", List.of("trainingsHeld", "noSuchFigure")))
                .put("/api/v1/rounds/FIG-BAD-SET").then().statusCode(400).body("errors.field", equalTo(List.of("figures[1]")));
        given().get("/api/v1/rounds/FIG-BAD-SET").then().statusCode(404);
    }

    @Test
    void aFigureOfTheSetIsAcceptedAndAnsweredWithItsAliasesBothWays() {
        String level = FigureCatalogueTest.code("digitalLevel");
        FigureCatalogueTest.put(level, FigureCatalogueTest.ordinal()).statusCode(201);
        String round = round(List.of(level, "trainingsHeld"));

        // by code: the built-in participation is answered in its v2 field too
        Map<String, Object> report = report(ReportFixtures.agency("70"), round);
        ReportFixtures.with(report, "workforce.participating", ReportFixtures.REMOVE);
        report.put("figures", Map.of(level, "HIGH", "trainingsHeld", 3,
                "participation", Map.of("count", 18, "percent", 90)));
        submit(report).statusCode(201)
                .body("figures." + level, equalTo("HIGH"))
                .body("figures.trainingsHeld", equalTo(3))
                .body("figures.participation.count", equalTo(18))
                .body("workforce.participating.count", equalTo(18))
                .body("workforce.participating.percent", equalTo(90))
                .body("figures.workforceTotal", equalTo(20));

        // by the v2 field: answered by code too
        Map<String, Object> v2 = report(ReportFixtures.agency("70"), round);
        submit(v2).statusCode(201).body("workforce.participating", equalTo(20))
                .body("figures.participation", equalTo(20)).body("figures.commitments", equalTo(20));

        // both, the same value: accepted
        Map<String, Object> both = report(ReportFixtures.agency("70"), round);
        both.put("figures", Map.of("participation", Map.of("count", 20)));
        submit(both).statusCode(201).body("workforce.participating", equalTo(20));
    }

    @Test
    void aFigureOutsideTheSetOrOfTheWrongFormIsRefusedAndNothingIsStored() {
        String level = FigureCatalogueTest.code("digitalLevel");
        FigureCatalogueTest.put(level, FigureCatalogueTest.ordinal()).statusCode(201);
        String round = round(List.of(level));
        String agency = ReportFixtures.agency("70");
        Map<String, Object> report = report(agency, round);
        report.put("figures", Map.of(level, 5, "trainingsHeld", 2, "noSuchFigure", 1,
                "participation", 18, "ownCultureRules", true));
        submit(report).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("figures." + level, "figures.trainingsHeld",
                        "figures.noSuchFigure", "figures.participation", "figures.ownCultureRules"));
        // a v2 rule on a figure given by code is named where it was given
        Map<String, Object> over = report(agency, round);
        ReportFixtures.with(over, "workforce.participating", ReportFixtures.REMOVE);
        over.put("figures", Map.of("participation", 25, level, "MEDIUM"));
        submit(over).statusCode(400).body("errors.field", equalTo(List.of("figures.participation")));
        given().get("/api/v1/reports?agency=" + agency).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRoundWithoutASetAsksForTheStandardOnes() {
        String custom = FigureCatalogueTest.code("clubs");
        FigureCatalogueTest.put(custom, FigureCatalogueTest.count("Số câu lạc bộ")).statusCode(201);
        String round = round(null);
        Map<String, Object> report = report(ReportFixtures.agency("70"), round);
        report.put("figures", Map.of("trainingsHeld", 2, "exemplaryUnits", List.of("Phòng Lãnh sự"), custom, 1));
        submit(report).statusCode(400).body("errors.field", equalTo(List.of("figures." + custom)))
                .body("errors[0].message", equalTo("round " + round + " does not ask for figure " + custom));
        given().contentType(ContentType.JSON).header("Accept-Language", "vi").body(report).post("/api/v1/reports")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("đợt " + round + " không yêu cầu chỉ tiêu " + custom));
        // a name typed with combining diacritics and stray spaces is stored as every other string: trimmed, NFC
        report.put("figures", Map.of("trainingsHeld", Map.of("count", 2, "qualifier", "AT_LEAST"),
                "exemplaryUnits", List.of(" " + java.text.Normalizer.normalize("Phòng Lãnh sự", java.text.Normalizer.Form.NFD)
                        + " ")));
        submit(report).statusCode(201).body("figures.trainingsHeld.count", equalTo(2))
                .body("figures.exemplaryUnits", equalTo(List.of("Phòng Lãnh sự")));
    }
}
