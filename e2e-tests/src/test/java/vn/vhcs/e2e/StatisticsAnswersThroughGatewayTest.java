package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.vhcs.testing.PrometheusMetrics;
import vn.vhcs.testing.ServiceProcess;

/**
 * The gateway gives unchanged statistics answers again from memory (docs/decisions/0027): the real
 * aggregation-service tells it on statistics-changes which rounds changed, so a report submitted is counted in the
 * next read, and an answer is never given to a caller the service did not give it to.
 */
@ExtendWith(RunningSystem.class)
class StatisticsAnswersThroughGatewayTest {

    static final String ROUND = "CACHE-2022";
    static final String STATS = "/api/v1/statistics/rounds/" + ROUND;
    private static boolean registered;

    @BeforeEach
    void registry() {
        if (registered) {
            return;
        }
        registered = true;
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(201);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("""
                code,name,kind,provinceCode,parentCode
                62.C-SNV,Sở Nội vụ tỉnh Kon Tum,PROVINCIAL_DEPARTMENT,62,
                62.C-SYT,Sở Y tế tỉnh Kon Tum,PROVINCIAL_DEPARTMENT,62,
                64.C-SNV,Sở Nội vụ tỉnh Gia Lai,PROVINCIAL_DEPARTMENT,64,
                """).post("/api/v1/agencies:import").then().statusCode(200).body("created", equalTo(3));
        // expected in the round (other tests' agencies of these provinces may be too): none has reported yet
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get(STATS + "/provinces/62/missing-agencies?size=200").then().statusCode(200)
                    .body("items.code", org.hamcrest.Matchers.hasItems("62.C-SNV", "62.C-SYT"));
            given().get(STATS + "/provinces/64/missing-agencies?size=200").then().statusCode(200)
                    .body("items.code", org.hamcrest.Matchers.hasItem("64.C-SNV"));
        });
    }

    @Test
    void aSecondReadIsTheGatewaysAndAReportIsCountedInTheNextRead() {
        String url = STATS + "/provinces/62";
        // the gateway keeps answers once its notices' partition is assigned: a second read then is a hit
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            given().get(url).then().statusCode(200);
            double hits = hits();
            given().get(url).then().statusCode(200);
            return hits() > hits;
        });
        double misses = gatewayCount("miss");
        double hits = hits();
        Response kept = given().get(url);
        kept.then().statusCode(200).body("agenciesReported", equalTo(0));
        assertEquals(hits + 1, hits(), "answered by the gateway");
        assertEquals(misses, gatewayCount("miss"), "nothing was forwarded to aggregation-service");

        String etag = kept.header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", etag);
        assertEquals(hits + 2, hits());

        long submitted = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("agencyCode", "62.C-SNV", "roundCode", ROUND,
                "document", Map.of("number", "3/BC", "issuedOn", "2022-04-20"),
                "workforce", Map.of("total", 40, "participating", 30, "commitmentsSigned", 30)))
                .post("/api/v1/reports").then().statusCode(201);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> given().get(url)
                .then().statusCode(200).body("agenciesReported", equalTo(1)).body("participating", equalTo(30)));
        long visibleMs = (System.nanoTime() - submitted) / 1_000_000;
        assertTrue(visibleMs < 10_000, "counted within " + visibleMs + " ms");
        // once counted, never the kept answer from before again
        for (int i = 0; i < 5; i++) {
            given().get(url).then().body("agenciesReported", equalTo(1));
        }
        given().header("If-None-Match", etag).get(url).then().statusCode(200);
    }

    @Test
    void aCallerThatMayNotReadAProvinceIsNotGivenAnotherCallersAnswer() {
        String url = STATS + "/provinces/64";
        given().get(url).then().statusCode(200);
        given().get(url).then().statusCode(200);
        String reader = given().contentType(ContentType.JSON).body(Map.of("name", "cache reader of 62", "role",
                "READER", "agencies", List.of(), "provinces", List.of("62"), "reports", false))
                .post("/api/v1/clients").then().statusCode(201).extract().path("key");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + reader).get(url).then().statusCode(403);
            given().header("Authorization", "Bearer " + reader).get(STATS + "/provinces/62").then().statusCode(200);
        }
    }

    private static double hits() {
        return gatewayCount("hit");
    }

    /** The gateway's statistics reads answered from memory ({@code hit}) or forwarded ({@code miss}). */
    private static double gatewayCount(String result) {
        ServiceProcess gateway = RunningSystem.get().gateway;
        return PrometheusMetrics.value(given().baseUri(gateway.managementUrl()).port(gateway.managementPort),
                "vhcs_gateway_statistics_cache_total", "result=\"" + result + "\"");
    }
}
