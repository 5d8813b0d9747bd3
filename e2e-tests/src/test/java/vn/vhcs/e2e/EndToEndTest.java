package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The whole system as ./vhcs up runs it: a real KRaft broker, the real PostgreSQL, and the three
 * services as separate processes; everything goes through the gateway. Two reports transcribed
 * from the seeds (src/test/resources/reports, figures worked out in EXPECTED.md) are submitted and
 * the province statistics are checked field by field.
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
        String report = seed("binh-phuoc-so-ngoai-vu-so-ket-2022.json")
                .replace("\"participating\": 20", "\"participating\": 21");
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("workforce.participating"));
        given().get("/api/v1/reports?agency=70.SNGV").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Order(3)
    void twoSeedReportsBecomeProvinceStatistics() throws IOException {
        for (String seed : List.of("binh-phuoc-so-ngoai-vu-so-ket-2022.json", "vinh-phuc-van-phong-ubnd-so-ket-2022.json")) {
            given().contentType(ContentType.JSON).body(seed(seed)).post("/api/v1/reports").then().statusCode(201)
                    .header("ETag", "\"1\"")
                    .header("Location", org.hamcrest.Matchers.startsWith(system().gateway.url() + "/api/v1/reports/"));
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200)
                .body("agenciesReported", equalTo(1)));
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200)
                .body("roundCode", equalTo("SO-KET-2022"))
                .body("provinceCode", equalTo("70"))
                .body("agenciesExpected", equalTo(2))
                .body("agenciesReported", equalTo(1))
                .body("reportingRate.value", equalTo(0.5f))
                .body("missingAgencies.code", equalTo(List.of("70.SNV")))
                .body("workforceTotal", equalTo(20))
                .body("participating", equalTo(20))
                .body("participationRate.value", equalTo(1.0f))
                .body("participationRate.numerator", equalTo(20))
                .body("participationRate.denominator", equalTo(20))
                .body("commitmentsSigned", equalTo(20))
                .body("commitmentRate.value", equalTo(1.0f))
                .body("commitmentRate.numerator", equalTo(20))
                .body("commitmentRate.denominator", equalTo(20))
                .body("memberUnits.total", equalTo(0))
                .body("memberUnits.withCultureRules", equalTo(0))
                .body("memberUnits.rate.value", nullValue())
                .body("models.total", equalTo(2))
                .body("models.bySector", equalTo(Map.of("ADMINISTRATION", 2)))
                .body("commendations", hasSize(1))
                .body("commendations[0].form", equalTo("PRAISE"))
                .body("commendations[0].recipientKind", equalTo("INDIVIDUAL"))
                .body("commendations[0].count", equalTo(4))
                .body("emulationTitles", hasSize(1))
                .body("emulationTitles[0].title", equalTo("ADVANCED_WORKER"))
                .body("emulationTitles[0].year", equalTo(2021))
                .body("emulationTitles[0].count", equalTo(18))
                .body("directives.total", equalTo(5))
                .body("directives.byKind", equalTo(Map.of("PLAN", 2, "DECISION", 1, "GUIDANCE", 1, "DIRECTIVE", 1)))
                .body("indicators.computerEquipmentPercent.mean", equalTo(100))
                .body("indicators.computerEquipmentPercent.reported", equalTo(1))
                .body("indicators.citizenSatisfactionPercent.reported", equalTo(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/SO-KET-2022/provinces/26").then().statusCode(200)
                .body("agenciesReported", equalTo(1)));
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/26").then()
                .body("agenciesExpected", equalTo(1))
                .body("reportingRate.value", equalTo(1.0f))
                .body("missingAgencies", hasSize(0))
                .body("workforceTotal", equalTo(0))
                .body("participating", equalTo(0))
                .body("participationRate.value", nullValue())
                .body("participationRate.denominator", equalTo(0))
                .body("commitmentsSigned", equalTo(0))
                .body("commitmentRate.value", nullValue())
                .body("memberUnits.rate.value", nullValue())
                .body("models.total", equalTo(0))
                .body("commendations", hasSize(0))
                .body("emulationTitles", hasSize(0))
                .body("directives.total", equalTo(4))
                .body("directives.byKind",
                        equalTo(Map.of("DECISION", 1, "PLAN", 1, "GUIDANCE", 1, "OFFICIAL_LETTER", 1)));

        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.provinceCode", equalTo(List.of("26", "70")));
        given().get("/api/v1/reports?round=SO-KET-2022").then().body("total", equalTo(2));
    }

    @Test
    @Order(4)
    void theGatewayAnswers503WhileAServiceIsDownAndStatisticsSurviveARestart() {
        system().aggregation.close();
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/provinces/70").then().statusCode(200);
        system().restartAggregation();
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200)
                .body("agenciesReported", equalTo(1)).body("workforceTotal", equalTo(20));
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
