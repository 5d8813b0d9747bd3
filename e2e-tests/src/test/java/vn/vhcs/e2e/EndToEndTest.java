package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The whole system as ./vhcs up runs it: a real KRaft broker, the real PostgreSQL, and the three
 * services as separate processes; everything goes through the gateway. The two sơ kết reports of
 * the seeds, encoded in the v2 contract as they were written (src/test/resources/reports: what each
 * states, how it is encoded and every expected figure, worked out by hand, in EXPECTED.md), are
 * submitted and the province statistics are checked field by field: nothing the reports do not
 * state may appear in them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSystem.class)
class EndToEndTest {

    private static RunningSystem system() {
        return RunningSystem.get();
    }

    @Test
    @Order(1)
    void registryDataGoesInThroughTheGateway() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14", "periodEnd", "2022-03-31",
                        "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/SO-KET-2022").then().statusCode(201);
        agency("70.SNGV", "Sở Ngoại vụ tỉnh Bình Phước", "PROVINCIAL_DEPARTMENT", "70");
        agency("70.SNV", "Sở Nội vụ tỉnh Bình Phước", "PROVINCIAL_DEPARTMENT", "70");
        agency("26.VPUBND", "Văn phòng UBND tỉnh Vĩnh Phúc", "OFFICE", "26");
        given().get("/api/v1/provinces/70").then().statusCode(200).body("successorCode", equalTo("75"));
    }

    @Test
    @Order(2)
    void aReportBreakingARuleIsRefusedAndNotStored() throws IOException {
        // the Bình Phước seed names two models; saying only one was registered breaks modelsRegistered ≥ named
        String report = seed("binh-phuoc-so-ngoai-vu-so-ket-2022.json")
                .replace("\"models\": [", "\"modelsRegistered\": 1,\n  \"models\": [");
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("modelsRegistered"));
        given().get("/api/v1/reports?agency=70.SNGV").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Order(3)
    void twoSeedReportsAreStoredAsTheyWereWritten() throws IOException {
        for (String seed : List.of("binh-phuoc-so-ngoai-vu-so-ket-2022.json", "vinh-phuc-van-phong-ubnd-so-ket-2022.json")) {
            given().contentType(ContentType.JSON).body(seed(seed)).post("/api/v1/reports").then().statusCode(201)
                    .header("ETag", "\"1\"")
                    .header("Location", org.hamcrest.Matchers.startsWith(system().gateway.url() + "/api/v1/reports/"));
        }
        // nothing is added on the way: no headcount, no number or day, the 90 % stays a percent without a year
        given().get("/api/v1/reports?agency=70.SNGV").then().statusCode(200)
                .body("items[0].workforce", nullValue())
                .body("items[0].document.number", nullValue())
                .body("items[0].document.issuedOn", nullValue())
                .body("items[0].document.signerName", nullValue())
                .body("items[0].modelsRegistered", nullValue())
                .body("items[0].emulationTitles[0].count", equalTo(Map.of("percent", 90, "qualifier", "AT_LEAST")))
                .body("items[0].emulationTitles[0].year", nullValue())
                .body("items[0].commendations[0].count", nullValue())
                .body("items[0].directives.issuer", equalTo(List.of("CITED", "CITED", "SELF", "SELF", "CITED", "CITED")));
        given().get("/api/v1/reports?agency=26.VPUBND").then().statusCode(200)
                .body("items[0].workforce", nullValue())
                .body("items[0].document.issuedOn", nullValue())
                .body("items[0].document.signerName", equalTo("Phan Thế Huy"))
                .body("items[0].emulationTitles[0]", equalTo(Map.of("title", "CULTURAL_STANDARD_UNIT")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200)
                    .body("agenciesReported", equalTo(1));
            given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/26").then().statusCode(200)
                    .body("agenciesReported", equalTo(1));
        });
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.provinceCode", equalTo(List.of("26", "70")));
        given().get("/api/v1/reports?round=SO-KET-2022").then().body("total", equalTo(2));
    }

    /**
     * Province 70 (Bình Phước), round SO-KET-2022: one report, 70.SNGV's, of the two registered
     * agencies (70.SNGV, 70.SNV, both PROVINCIAL_DEPARTMENT). Worked out by hand from the fixture
     * (EXPECTED.md has the same figures):
     * <ul>
     * <li>reporting: 1 of 2 expected → 1/2 = 0.5; 70.SNV missing. The report was submitted today, after
     * the round's due date 2022-04-30, and has no receivedOn → not on time: 0/1 = 0.0.</li>
     * <li>workforce: the seed gives no headcount, no participation and no count of commitments (only
     * "bản cam kết … của mỗi phòng, đoàn thể", per division) → workforce absent: workforceTotal 0,
     * participating 0, commitmentsSigned 0, both rates null over 0/0; memberUnits absent → 0, 0, null.</li>
     * <li>measures: none of participating, commitmentsSigned, withCultureRules, withPlans is stated →
     * each: agenciesStating 0, withCount 0, withPercentOnly 0, percentOnlyWithoutBase 0, rate null
     * over 0/0, estimated false, statedPercent mean/min/max null, at100 0.</li>
     * <li>models: two "cách làm hay" named, modelsRegistered not stated → total Σ max(0, 2) = 2,
     * named 2, bySector ADMINISTRATION 2 (no UNSPECIFIED since total − named = 0).</li>
     * <li>commendations: "biểu dương Trưởng các phòng" at the 2021 conference, how many not said →
     * PRAISE × INDIVIDUAL, year 2021, no count: counted nowhere → commendations [], byYear {}.</li>
     * <li>titles: "90% … đạt danh hiệu Lao động tiên tiến trở lên", no year, no headcount →
     * ADVANCED_WORKER {percent 90, AT_LEAST}: no count → emulationTitles [], advancedWorkerRate {};
     * emulationTitleMeasures "ADVANCED_WORKER:UNSPECIFIED": stating 1, withCount 0, percentOnly 1,
     * withoutBase 1 (no workforce.total in the report, no staffing in the registry), so no rate
     * (null over 0/0, numerator 0), estimated false; statedPercent mean 90/1 = 90, min 90, max 90,
     * at100 0.</li>
     * <li>directives, own (SELF): 18/KH-SNgV (PLAN), 77/QĐ-SNgV (DECISION) → total 2, PLAN 1,
     * DECISION 1. Cited: 234/HD-TT.HĐTĐKT (GUIDANCE, Thường trực HĐTĐKT tỉnh), 167/KH-UBND (PLAN,
     * UBND tỉnh), 05-CT/TW (DIRECTIVE, Bộ Chính trị), Nghị quyết Trung ương 4 (RESOLUTION, no
     * number) → 4 cited documents, 1 agency each; same count, so by number as text: "05-CT/TW" <
     * "167/KH-UBND" < "234/HD-TT.HĐTĐKT" < the one without a number.</li>
     * <li>inspections not stated → 0, 0, 0, reporting 0. Indicators: computer equipment 100 % →
     * mean 100, min 100, max 100, reported 1; satisfaction, digitized procedures: null, reported 0.</li>
     * <li>byAgencyKind PROVINCIAL_DEPARTMENT: expected 2, reported 1, 1/2 = 0.5, on time 0/1 = 0.0,
     * missing 1, workforce 0/0/0 with null rates, models 2.</li>
     * <li>coverage, of 1 agency reported: own plan 1 (18/KH-SNgV; the cited 167/KH-UBND would not
     * count), own regulation 0, commitments 0 (none stated), models 1, cultural standard 0.</li>
     * </ul>
     */
    @Test
    @Order(4)
    void theBinhPhuocSeedGivesProvince70ExactlyWhatItStates() {
        JsonPath s = statistics("70");
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("roundCode", "SO-KET-2022");
        e.put("provinceCode", "70");
        e.put("boundaries", null);
        reporting(e, "", 2, 1, 0.5, 0, 0.0, 1);
        noFiguresStated(e);
        e.put("models.total", 2);
        e.put("models.named", 2);
        e.put("models.bySector", Map.of("ADMINISTRATION", 2));
        noCommendationsOrTitles(e);
        e.put("emulationTitleMeasures.size()", 1);
        measure(e, "emulationTitleMeasures.'ADVANCED_WORKER:UNSPECIFIED'", 1, 0, 1, 1, null, 0, 0, false, 90, 90, 90, 0);
        e.put("directives.total", 2);
        e.put("directives.byKind", Map.of("PLAN", 1, "DECISION", 1));
        e.put("citedDocuments.size()", 4);
        cited(e, 0, "05-CT/TW", "DIRECTIVE", "Bộ Chính trị", 1);
        cited(e, 1, "167/KH-UBND", "PLAN", "UBND tỉnh", 1);
        cited(e, 2, "234/HD-TT.HĐTĐKT", "GUIDANCE", "Thường trực Hội đồng thi đua khen thưởng tỉnh", 1);
        cited(e, 3, null, "RESOLUTION", "Ban Chấp hành Trung ương", 1);
        e.put("citedDocuments[3].title", "Nghị quyết Trung ương 4 (khóa XI, khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng");
        noInspections(e);
        indicators(e, 100, 100, 100, 1);
        e.put("byAgencyKind.keySet()", List.of("PROVINCIAL_DEPARTMENT"));
        String kind = "byAgencyKind.PROVINCIAL_DEPARTMENT";
        reporting(e, kind + ".", 2, 1, 0.5, 0, 0.0, 1);
        noWorkforce(e, kind + ".");
        e.put(kind + ".models", 2);
        coverage(e, 1, 1, 0, 0, 1, 0);
        expect(s, e);
        assertNotNull(s.get("updatedAt"), "updatedAt");

        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70/missing-agencies").then().statusCode(200)
                .body("items.code", equalTo(List.of("70.SNV"))).body("total", equalTo(1))
                .body("page", equalTo(0)).body("size", equalTo(20));
    }

    /**
     * Province 26 (Vĩnh Phúc), round SO-KET-2022: one report, 26.VPUBND's, its only registered
     * agency (OFFICE). Worked out by hand from the fixture (EXPECTED.md has the same figures):
     * <ul>
     * <li>reporting: 1 of 1 → 1/1 = 1.0, none missing; submitted after 2022-04-30 → on time 0/1 = 0.0.</li>
     * <li>workforce: the seed states no headcount and no figure of participation or commitments
     * ("tích cực hưởng ứng, tham gia", no number) → 0, 0, 0 and null rates over 0/0; memberUnits
     * absent → 0, 0, null; the four measures: nothing stated (0, 0, 0, 0, null over 0/0, false,
     * null/null/null, 0).</li>
     * <li>models: none named, none counted → total 0, named 0, bySector {}.</li>
     * <li>commendations: none with a form and a count ("nhiều danh hiệu thi đua cao quý", no kind, no
     * number) → [], byYear {}. Titles: "Hàng năm, Văn phòng đều được đạt chuẩn văn hóa" →
     * CULTURAL_STANDARD_UNIT with neither year nor count → emulationTitles [], advancedWorkerRate {},
     * emulationTitleMeasures {} (no count and no percent: not a statement of how many).</li>
     * <li>directives, own (SELF): 301/KH-VP (PLAN), the Quy chế làm việc (REGULATION, no number) →
     * total 2, PLAN 1, REGULATION 1. Cited: 2721/UBND-TH2 (OFFICIAL_LETTER, UBND tỉnh), 733/QĐ-TTg
     * (DECISION, Thủ tướng Chính phủ), 544/HĐ-BTĐKT (GUIDANCE, Ban Thi đua khen thưởng TƯ), the
     * Hướng dẫn of the Hội đồng Thi đua - Khen thưởng tỉnh (GUIDANCE, no number) → 4, 1 agency
     * each, by number as text: "2721/UBND-TH2" < "544/HĐ-BTĐKT" < "733/QĐ-TTg" < the one without.</li>
     * <li>inspections not stated → 0, 0, 0, 0. Indicators: "100% công chức nghiệp vụ được trang bị máy
     * tính" → computer equipment mean 100, min 100, max 100, reported 1; the other two null, 0.</li>
     * <li>byAgencyKind OFFICE: expected 1, reported 1, 1/1 = 1.0, on time 0/1 = 0.0, missing 0,
     * workforce 0/0/0 with null rates, models 0.</li>
     * <li>coverage, of 1 agency reported: own plan 1 (301/KH-VP), own regulation 1 (Quy chế làm
     * việc), commitments 0, models 0, cultural standard 1 (stated, with no figure).</li>
     * </ul>
     */
    @Test
    @Order(5)
    void theVinhPhucSeedGivesProvince26ExactlyWhatItStates() {
        JsonPath s = statistics("26");
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("roundCode", "SO-KET-2022");
        e.put("provinceCode", "26");
        e.put("boundaries", null);
        reporting(e, "", 1, 1, 1.0, 0, 0.0, 0);
        noFiguresStated(e);
        e.put("models.total", 0);
        e.put("models.named", 0);
        e.put("models.bySector", Map.of());
        noCommendationsOrTitles(e);
        e.put("emulationTitleMeasures", Map.of());
        e.put("directives.total", 2);
        e.put("directives.byKind", Map.of("PLAN", 1, "REGULATION", 1));
        e.put("citedDocuments.size()", 4);
        cited(e, 0, "2721/UBND-TH2", "OFFICIAL_LETTER", "UBND tỉnh", 1);
        cited(e, 1, "544/HĐ-BTĐKT", "GUIDANCE", "Ban Thi đua khen thưởng TƯ", 1);
        cited(e, 2, "733/QĐ-TTg", "DECISION", "Thủ tướng Chính phủ", 1);
        cited(e, 3, null, "GUIDANCE", "Hội đồng Thi đua - Khen thưởng tỉnh", 1);
        noInspections(e);
        indicators(e, 100, 100, 100, 1);
        e.put("byAgencyKind.keySet()", List.of("OFFICE"));
        String kind = "byAgencyKind.OFFICE";
        reporting(e, kind + ".", 1, 1, 1.0, 0, 0.0, 0);
        noWorkforce(e, kind + ".");
        e.put(kind + ".models", 0);
        coverage(e, 1, 1, 1, 0, 0, 1);
        expect(s, e);
        assertNotNull(s.get("updatedAt"), "updatedAt");
    }

    @Test
    @Order(6)
    void theGatewayAnswers503WhileAServiceIsDownAndStatisticsSurviveARestart() {
        system().aggregation.close();
        // asked of the service (an answer the gateway kept may still be given for up to its max-age: nothing
        // changes the figures while aggregation-service is down)
        given().header("Cache-Control", "no-cache").get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/provinces/70").then().statusCode(200);
        system().restartAggregation();
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200)
                .body("agenciesReported", equalTo(1)).body("models.total", equalTo(2))
                .body("emulationTitleMeasures.'ADVANCED_WORKER:UNSPECIFIED'.statedPercent.mean", equalTo(90));
    }

    /** The figures of {@code measures}, each over every report of the province. */
    private static final List<String> MEASURES = List.of("participation", "commitments", "memberUnitsWithCultureRules",
            "memberUnitsWithPlans");

    /** A province's statistics, decimals read as doubles. */
    private static JsonPath statistics(String province) {
        String body = given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/" + province).then().statusCode(200)
                .extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** Every path of {@code expected} against the answer; one failure lists every field that differs. */
    private static void expect(JsonPath actual, Map<String, Object> expected) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((path, value) -> {
            Object got = actual.get(path);
            if (got instanceof java.util.Set<?> set) {
                got = new ArrayList<>(new java.util.TreeSet<>(set));
            }
            if (!java.util.Objects.equals(value, got)) {
                wrong.add(path + ": expected " + value + ", got " + got);
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\nin " + actual.prettify());
    }

    private static void rate(Map<String, Object> e, String path, Double value, int numerator, int denominator) {
        e.put(path + ".value", value);
        e.put(path + ".numerator", numerator);
        e.put(path + ".denominator", denominator);
    }

    /** No headcount, no count of participants or commitments: zeros, and rates over nothing (null). */
    /** Agencies expected and reported (and the rate), reported on time (and the rate over those reported), missing. */
    private static void reporting(Map<String, Object> e, String prefix, int expected, int reported, Double reportingRate,
            int onTime, Double onTimeRate, int missing) {
        e.put(prefix + "agenciesExpected", expected);
        e.put(prefix + "agenciesReported", reported);
        rate(e, prefix + "reportingRate", reportingRate, reported, expected);
        e.put(prefix + "reportedOnTime", onTime);
        rate(e, prefix + "onTimeRate", onTimeRate, onTime, reported);
        e.put(prefix + "agenciesMissing", missing);
    }

    /** The coverage: of {@code of} agencies reported, how many meet each rule; rates over {@code of}. */
    private static void coverage(Map<String, Object> e, int of, int ownPlan, int ownRegulation, int commitments,
            int models, int culturalStandard) {
        Map<String, Integer> agencies = new LinkedHashMap<>();
        agencies.put("ownPlan", ownPlan);
        agencies.put("ownRegulation", ownRegulation);
        agencies.put("commitments", commitments);
        agencies.put("models", models);
        agencies.put("culturalStandard", culturalStandard);
        agencies.forEach((rule, k) -> {
            e.put("coverage." + rule + ".agencies", k);
            e.put("coverage." + rule + ".of", of);
            e.put("coverage." + rule + ".rate", of == 0 ? null : k / (double) of);
        });
    }

    /** No headcount, no member units and none of the four measures stated. */
    private static void noFiguresStated(Map<String, Object> e) {
        noWorkforce(e, "");
        e.put("memberUnits.total", 0);
        e.put("memberUnits.withCultureRules", 0);
        rate(e, "memberUnits.rate", null, 0, 0);
        for (String figure : MEASURES) {
            measure(e, "measures." + figure, 0, 0, 0, 0, null, 0, 0, false, null, null, null, 0);
        }
        e.put("measures.size()", 4);
    }

    /** No commendation with a form and a count, no emulation title with a year and a count. */
    private static void noCommendationsOrTitles(Map<String, Object> e) {
        e.put("commendations", List.of());
        e.put("commendationsByYear", Map.of());
        e.put("emulationTitles", List.of());
        e.put("advancedWorkerRate", Map.of());
    }

    private static void noWorkforce(Map<String, Object> e, String prefix) {
        e.put(prefix + "workforceTotal", 0);
        e.put(prefix + "participating", 0);
        rate(e, prefix + "participationRate", null, 0, 0);
        e.put(prefix + "commitmentsSigned", 0);
        rate(e, prefix + "commitmentRate", null, 0, 0);
    }

    private static void measure(Map<String, Object> e, String path, int stating, int withCount, int percentOnly,
            int withoutBase, Double value, int numerator, int denominator, boolean estimated, Integer mean, Integer min,
            Integer max, int at100) {
        e.put(path + ".agenciesStating", stating);
        e.put(path + ".withCount", withCount);
        e.put(path + ".withPercentOnly", percentOnly);
        e.put(path + ".percentOnlyWithoutBase", withoutBase);
        rate(e, path + ".rate", value, numerator, denominator);
        e.put(path + ".estimated", estimated);
        e.put(path + ".statedPercent.mean", mean);
        e.put(path + ".statedPercent.min", min);
        e.put(path + ".statedPercent.max", max);
        e.put(path + ".statedPercent.at100", at100);
    }

    private static void cited(Map<String, Object> e, int i, String number, String kind, String issuedBy, int agencies) {
        String path = "citedDocuments[" + i + "]";
        e.put(path + ".number", number);
        e.put(path + ".kind", kind);
        e.put(path + ".issuedBy", issuedBy);
        e.put(path + ".agencies", agencies);
    }

    private static void noInspections(Map<String, Object> e) {
        e.put("inspections.held", 0);
        e.put("inspections.violationsFound", 0);
        e.put("inspections.violationsHandled", 0);
        e.put("inspections.reporting", 0);
    }

    /** Computer equipment as given; the two other indicators given by nobody. */
    private static void indicators(Map<String, Object> e, Integer mean, Integer min, Integer max, int reported) {
        e.put("indicators.computerEquipmentPercent.mean", mean);
        e.put("indicators.computerEquipmentPercent.min", min);
        e.put("indicators.computerEquipmentPercent.max", max);
        e.put("indicators.computerEquipmentPercent.reported", reported);
        for (String nobody : List.of("citizenSatisfactionPercent", "digitizedProceduresPercent")) {
            e.put("indicators." + nobody + ".mean", null);
            e.put("indicators." + nobody + ".min", null);
            e.put("indicators." + nobody + ".max", null);
            e.put("indicators." + nobody + ".reported", 0);
        }
    }

    private static void agency(String code, String name, String kind, String province) {
        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", kind, "provinceCode", province))
                .put("/api/v1/agencies/" + code).then().statusCode(201);
    }

    private static String seed(String name) throws IOException {
        try (var in = EndToEndTest.class.getResourceAsStream("/reports/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

}
