package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;


import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;

@QuarkusTest
class StatisticsResourceTest {

    @Test
    void unknownRoundOrProvinceIsA404AndAKnownOneWithoutReportsIsZeros() {
        try (TestEvents events = new TestEvents()) {
            events.send(TestEvents.example(ExampleEvents.ROUND_UPSERTED));
            events.send(TestEvents.province("42"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/SO-KET-2022/provinces/42").then().statusCode(200)
                .body("roundCode", equalTo("SO-KET-2022"))
                .body("provinceCode", equalTo("42"))
                .body("agenciesReported", equalTo(0))
                .body("workforceTotal", equalTo(0))
                .body("participationRate.value", nullValue())
                .body("participationRate.numerator", equalTo(0))
                .body("participationRate.denominator", equalTo(0))
                .body("commitmentRate.value", nullValue())
                .body("memberUnits.rate.value", nullValue())
                .body("models.total", equalTo(0))
                .body("commendations", hasSize(0))
                .body("emulationTitles", hasSize(0))
                .body("directives.total", equalTo(0)));
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.provinceCode", not(hasItem("42")));
        given().get("/api/v1/statistics/rounds/NO-SUCH-ROUND/provinces/42").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/statistics/rounds/NO-SUCH-ROUND/provinces").then().statusCode(404);
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/03").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/x").then().statusCode(404);
    }
}
