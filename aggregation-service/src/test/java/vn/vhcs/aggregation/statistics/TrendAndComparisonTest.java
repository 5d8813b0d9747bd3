package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.testing.GatewayTokens;

/**
 * Series across rounds and a round against another, on rounds of their own: a sơ kết (period end
 * 31/3/2022), an annual round (2023) and a tổng kết (period end 30/9/2025, after the merger). Hà Nội
 * (01) has two agencies: in the sơ kết one reports and states participation as a percent only, in
 * the tổng kết both report, one with a percent, one with counts. Hà Giang (02) merged into Tuyên
 * Quang (08) on 1/7/2025: an agency of each reports, 02's in the sơ kết, 08's in the tổng kết.
 */
@QuarkusTest
class TrendAndComparisonTest {

    static final String SUFFIX = Long.toString(System.nanoTime() % 100000);
    static final String SO_KET = "TR-SK-" + SUFFIX;
    static final String ANNUAL = "TR-AN-" + SUFFIX;
    static final String TONG_KET = "TR-TK-" + SUFFIX;
    static final String TREND_01 = "/api/v1/statistics/provinces/01/trend?size=200";
    static final String NATIONAL_TREND = "/api/v1/statistics/national/trend?size=200";
    static final String COMPARISON_01 = "/api/v1/statistics/rounds/" + TONG_KET + "/provinces/01/comparison?with=" + SO_KET;

    @BeforeEach
    void events() {
        TestEvents.once(getClass(), events -> {
            events.send(round(SO_KET, "MIDTERM_REVIEW", "2019-06-14", "2022-03-31"));
            events.send(round(ANNUAL, "ANNUAL", "2023-01-01", "2023-12-31"));
            events.send(round(TONG_KET, "FINAL_REVIEW", "2019-06-14", "2025-09-30"));
            events.send(TestEvents.province("01", "2008-08-01", null, null));
            events.send(TestEvents.province("02", "2008-08-01", "2025-06-30", "08"));
            events.send(TestEvents.province("08", "2008-08-01", "2025-06-30", "08"));
            events.send(TestEvents.province("08", "2025-07-01", null, null));
            for (String code : List.of("01.T1", "01.T2")) {
                events.send(TestEvents.agency(code, "01", "PROVINCIAL_DEPARTMENT", 1, true));
            }
            events.send(TestEvents.agency("02.T1", "02", "PROVINCIAL_DEPARTMENT", 1, true));
            events.send(TestEvents.agency("08.T1", "08", "PROVINCIAL_DEPARTMENT", 1, true));
            // the sơ kết: "100 %" of 40 only, no headcount of participants; commitments counted
            events.send(report("01.T1", "01", SO_KET, w -> {
                w.put("total", 40).put("commitmentsSigned", 30);
                w.putObject("participating").put("percent", 100);
            }));
            events.send(report("02.T1", "02", SO_KET, w -> w.put("total", 10).put("participating", 10)
                    .put("commitmentsSigned", 10)));
            events.send(report("01.T1", "01", ANNUAL, w -> w.put("total", 40).put("participating", 38)
                    .put("commitmentsSigned", 38)));
            // the tổng kết: "98 %" of 40 (39.2 estimated) and 18 of 20 counted
            events.send(report("01.T1", "01", TONG_KET, w -> {
                w.put("total", 40).put("commitmentsSigned", 40);
                w.putObject("participating").put("percent", 98);
            }));
            events.send(report("01.T2", "01", TONG_KET, w -> {
                w.put("total", 20).put("participating", 18);
                w.putObject("commitmentsSigned").put("percent", 90);
            }));
            events.send(report("08.T1", "08", TONG_KET, w -> w.put("total", 10).put("participating", 5)
                    .put("commitmentsSigned", 5)));
        }, () -> {
            given().get("/api/v1/statistics/rounds/" + TONG_KET + "/national").then().statusCode(200)
                    .body("agenciesReported", equalTo(3));
            given().get("/api/v1/statistics/rounds/" + SO_KET + "/national").then().statusCode(200)
                    .body("agenciesReported", equalTo(2));
            given().get("/api/v1/statistics/rounds/" + ANNUAL + "/national").then().statusCode(200)
                    .body("agenciesReported", equalTo(1));
        });
    }

    static ObjectNode round(String code, String kind, String start, String end) {
        ObjectNode event = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("key", "round:" + code);
        ObjectNode r = (ObjectNode) event.get("round");
        r.put("code", code).put("kind", kind).put("periodStart", start).put("periodEnd", end);
        ((ObjectNode) r.get("provinceDueDates")).removeAll();
        return event;
    }

    static ObjectNode report(String agency, String province, String round, Consumer<ObjectNode> workforce) {
        ObjectNode event = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), agency, province, 1);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("roundCode", round);
        workforce.accept(payload.putObject("workforce"));
        return event;
    }

    private static String point(String round) {
        return "items.find { it.roundCode == '" + round + "' }.";
    }

    @Test
    void aPercentOnlyParticipationIsInTheTrendAsTheRoundsStatisticsGiveIt() {
        Map<String, Object> statistics = given().get("/api/v1/statistics/rounds/" + SO_KET + "/provinces/01").then()
                .statusCode(200).extract().path("measures.participation");
        given().get(TREND_01).then().statusCode(200)
                .body(point(SO_KET) + "roundKind", equalTo("MIDTERM_REVIEW"))
                .body(point(SO_KET) + "participationRate.value", nullValue()) // counts only: none stated
                .body(point(SO_KET) + "measures.participation.rate.value", equalTo(1.0f))
                .body(point(SO_KET) + "measures.participation.estimated", equalTo(true))
                .body(point(SO_KET) + "measures.participation.withPercentOnly", equalTo(1))
                .body(point(SO_KET) + "measures.participation", equalTo(statistics))
                .body(point(SO_KET) + "agenciesMissing", equalTo(1))
                .body(point(TONG_KET) + "measures.participation.rate.value", equalTo(0.95333f))
                .body(point(TONG_KET) + "measures.commitments.estimated", equalTo(true))
                .body(point(TONG_KET) + "coverage.commitments.agencies", equalTo(2))
                .body(point(TONG_KET) + "roundKind", equalTo("FINAL_REVIEW"))
                .body(point(ANNUAL) + "measures.participation.estimated", equalTo(false))
                .body(point(ANNUAL) + "participationRate.value", equalTo(0.95f));
    }

    @Test
    void theKindFilterKeepsTheRoundsOfTheKindsAsked() {
        given().get(TREND_01 + "&kind=MIDTERM_REVIEW&kind=FINAL_REVIEW").then().statusCode(200)
                .body("items.roundCode", hasItems(SO_KET, TONG_KET))
                .body("items.roundCode", not(hasItem(ANNUAL)))
                .body("items.roundKind", everyItem(in(List.of("MIDTERM_REVIEW", "FINAL_REVIEW"))));
        given().get(TREND_01 + "&kind=ANNUAL").then().statusCode(200)
                .body("items.roundCode", hasItem(ANNUAL))
                .body("items.roundKind", everyItem(equalTo("ANNUAL")));
        given().get(NATIONAL_TREND + "&kind=FINAL_REVIEW").then().statusCode(200)
                .body("items.roundCode", hasItem(TONG_KET))
                .body("items.roundKind", everyItem(equalTo("FINAL_REVIEW")));
        given().get(TREND_01 + "&kind=SO_KET&kind=ANNUAL&kind=yearly").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(2)).body("errors.field", everyItem(equalTo("kind")))
                .body("errors[0].message", containsString("SO_KET"))
                .body("errors[1].message", containsString("yearly"));
    }

    @Test
    void theNationalTrendSumsEveryProvinceRoundByRound() {
        given().get(NATIONAL_TREND).then().statusCode(200)
                .body(point(SO_KET) + "agenciesReported", equalTo(2))
                .body(point(SO_KET) + "workforceTotal", equalTo(50))
                .body(point(SO_KET) + "measures.participation.agenciesStating", equalTo(2))
                .body(point(SO_KET) + "measures.participation.rate.value", equalTo(1.0f)) // (40 + 10) / 50
                .body(point(SO_KET) + "measures.participation.estimated", equalTo(true))
                .body(point(TONG_KET) + "agenciesReported", equalTo(3))
                .body(point(TONG_KET) + "roundKind", equalTo("FINAL_REVIEW"));
        Map<String, Object> national = given().get("/api/v1/statistics/rounds/" + TONG_KET + "/national").then()
                .extract().path("coverage");
        given().get(NATIONAL_TREND).then().body(point(TONG_KET) + "coverage", equalTo(national));
        // a reader of one province sees its trend, not the country's
        String reader = GatewayTokens.bearer(GatewayTokens.reader("board", List.of("01"), false));
        given().header("Authorization", reader).get(NATIONAL_TREND).then().statusCode(403);
        given().header("Authorization", reader).get(TREND_01).then().statusCode(200);
        given().header("Authorization", reader).get("/api/v1/statistics/provinces/04/trend").then().statusCode(403);
    }

    @Test
    void the2025MapRollsHaGiangIntoTuyenQuangInTheTrend() {
        given().get("/api/v1/statistics/provinces/08/trend?boundaries=2025&size=200").then().statusCode(200)
                .body(point(SO_KET) + "agenciesReported", equalTo(1)) // 02's, under its successor
                .body(point(TONG_KET) + "agenciesReported", equalTo(1));
        given().get("/api/v1/statistics/provinces/08/trend?size=200").then().statusCode(200)
                .body(point(SO_KET) + "agenciesReported", equalTo(0));
        given().get("/api/v1/statistics/rounds/" + TONG_KET + "/provinces/08/comparison?with=" + SO_KET
                + "&boundaries=2025").then().statusCode(200)
                .body("boundaries", equalTo("2025")).body("provinceCode", equalTo("08"))
                .body(figure("agenciesReported") + "value", equalTo(1))
                .body(figure("agenciesReported") + "withValue", equalTo(1))
                .body(figure("agenciesReported") + "change", equalTo(0));
    }

    private static String figure(String name) {
        return "figures.find { it.figure == '" + name + "' }.";
    }

    @Test
    void aTongKetAgainstTheSoKetFigureByFigure() {
        given().get(COMPARISON_01).then().statusCode(200).contentType(startsWith("application/json"))
                .body("provinceCode", equalTo("01")).body("boundaries", nullValue())
                .body("round.code", equalTo(TONG_KET)).body("round.kind", equalTo("FINAL_REVIEW"))
                .body("with.code", equalTo(SO_KET)).body("with.kind", equalTo("MIDTERM_REVIEW"))
                .body("with.periodEnd", equalTo("2022-03-31"))
                .body(figure("agenciesReported") + "unit", equalTo("COUNT"))
                .body(figure("agenciesReported") + "value", equalTo(2))
                .body(figure("agenciesReported") + "withValue", equalTo(1))
                .body(figure("agenciesReported") + "change", equalTo(1))
                .body(figure("reportingRate") + "unit", equalTo("RATE"))
                .body(figure("reportingRate") + "value", equalTo(1))
                .body(figure("reportingRate") + "withValue", equalTo(0.5f))
                .body(figure("reportingRate") + "change", equalTo(50)) // percentage points
                .body(figure("measures.participation.rate") + "value", equalTo(0.95333f))
                .body(figure("measures.participation.rate") + "withValue", equalTo(1))
                .body(figure("measures.participation.rate") + "change", equalTo(-4.667f))
                .body(figure("measures.participation.rate") + "estimated", equalTo(true))
                .body(figure("measures.participation.rate") + "withEstimated", equalTo(true))
                .body(figure("participating") + "change", equalTo(18)) // counts only: 18 against none
                .body(figure("coverage.commitments.agencies") + "change", equalTo(1));
        given().get("/api/v1/statistics/rounds/" + TONG_KET + "/national/comparison?with=" + SO_KET).then()
                .statusCode(200).body("provinceCode", nullValue())
                .body(figure("agenciesReported") + "value", equalTo(3))
                .body(figure("agenciesReported") + "withValue", equalTo(2))
                .body(figure("workforceTotal") + "change", equalTo(20)); // 70 against 50
    }

    @Test
    void theComparisonAsCsvAndAsAWorkbook() throws Exception {
        String csv = given().accept("text/csv").get(COMPARISON_01).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"so-sanh-" + TONG_KET + "-" + SO_KET + "-01.csv\"")
                .extract().asString();
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals("figure,unit,roundCode,value,withRoundCode,withValue,change,estimated,withEstimated", lines[0]);
        assertEquals(List.of("reportingRate", "RATE", TONG_KET, "1", SO_KET, "0.5", "50", "false", "false"),
                row(lines, "reportingRate"));
        assertEquals(List.of("measures.participation.rate", "RATE", TONG_KET, "0.95333", SO_KET, "1", "-4.667", "true",
                "true"), row(lines, "measures.participation.rate"));
        given().accept("text/csv").get(COMPARISON_01 + "&lang=vi").then().statusCode(200)
                .body(containsString("Số liệu,Đơn vị,Mã đợt báo cáo,Giá trị,Mã đợt so sánh"));

        Response xlsx = given().accept(StatisticsWorkbook.MEDIA_TYPE).get(COMPARISON_01);
        xlsx.then().statusCode(200).contentType(StatisticsWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"so-sanh-" + TONG_KET + "-" + SO_KET + "-01.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = book.getSheet("So sánh");
            assertNotNull(sheet);
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(0).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
            Row participation = null;
            for (Row r : sheet) {
                if ("measures.participation.rate".equals(r.getCell(0).getStringCellValue())) {
                    participation = r;
                }
            }
            assertNotNull(participation);
            Cell change = participation.getCell(columns.get("Thay đổi"));
            assertEquals(-4.667, change.getNumericCellValue(), 1e-9);
            assertEquals(0.95333, participation.getCell(columns.get("Giá trị")).getNumericCellValue(), 1e-9);
            int figures = given().get(COMPARISON_01).then().extract().path("figures.size()");
            assertEquals(figures, sheet.getLastRowNum(), "one row per figure");
        }
    }

    private static List<String> row(String[] lines, String figure) {
        for (String line : lines) {
            if (line.startsWith(figure + ",")) {
                return List.of(line.split(",", -1));
            }
        }
        throw new AssertionError(figure + " not in the CSV");
    }

    @Test
    void eachFormatHasItsOwnETagAndAnUnchangedOneIs304() {
        String json = given().get(COMPARISON_01).then().statusCode(200).extract().header("ETag");
        String xlsx = given().accept(StatisticsWorkbook.MEDIA_TYPE).get(COMPARISON_01).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(json, xlsx);
        given().header("If-None-Match", json).get(COMPARISON_01).then().statusCode(304);
        given().header("If-None-Match", xlsx).accept(StatisticsWorkbook.MEDIA_TYPE).get(COMPARISON_01).then()
                .statusCode(304);
        String trend = given().get(NATIONAL_TREND).then().statusCode(200).header("Vary", containsString("Accept"))
                .extract().header("ETag");
        given().header("If-None-Match", trend).get(NATIONAL_TREND).then().statusCode(304);
        given().accept("*/*").get(COMPARISON_01).then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("application/xml").get(COMPARISON_01).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void theTrendsAsCsvAndWorkbooks() throws Exception {
        int rounds = given().get(NATIONAL_TREND).then().extract().path("items.size()");
        String csv = given().accept("text/csv").get(NATIONAL_TREND).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"xu-huong-toan-quoc.csv\"").extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(rounds + 1, lines.length);
        List<String> header = List.of(lines[0].substring(1).split(","));
        assertNotEquals(-1, header.indexOf("measures.participation.rate.value"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(given().accept(StatisticsWorkbook.MEDIA_TYPE)
                .get(TREND_01 + "&kind=FINAL_REVIEW").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"xu-huong-01.xlsx\"").extract().asByteArray()))) {
            int finals = given().get(TREND_01 + "&kind=FINAL_REVIEW").then().extract().path("total");
            assertEquals(finals, book.getSheet("Xu hướng").getLastRowNum());
        }
    }

    @Test
    void aComparisonNeedsTheOtherRound() {
        given().get("/api/v1/statistics/rounds/" + TONG_KET + "/provinces/01/comparison").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("with"));
        given().get("/api/v1/statistics/rounds/" + TONG_KET + "/provinces/01/comparison?with=NO-SUCH-ROUND").then()
                .statusCode(404);
        given().get("/api/v1/statistics/rounds/" + TONG_KET + "/provinces/03/comparison?with=" + SO_KET).then()
                .statusCode(404);
        given().get(COMPARISON_01 + "&boundaries=1975").then().statusCode(400)
                .body("errors[0].field", equalTo("boundaries"));
        String outOfScope = GatewayTokens.bearer(GatewayTokens.reader("board", List.of("04"), false));
        given().header("Authorization", outOfScope).get(COMPARISON_01).then().statusCode(403);
        given().header("Authorization", outOfScope).get("/api/v1/statistics/rounds/" + TONG_KET
                + "/national/comparison?with=" + SO_KET).then().statusCode(403);
        assertNotNull(given().get(COMPARISON_01).then().extract().path("figures"), "an admin may");
    }
}
