package vn.vhcs.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.testing.GatewayTokens;

/** aggregation-service trusts only the gateway's tokens and serves each reader its provinces. */
@QuarkusTest
class StatisticsAccessTest {

    static final String BASE = "/api/v1/statistics/rounds/SO-KET-2022";
    @BeforeEach
    void data() {
        TestEvents.once(getClass(), events -> {
            events.send(TestEvents.example(ExampleEvents.ROUND_UPSERTED));
            for (String code : List.of("11", "12")) {
                events.send(TestEvents.province(code));
                events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), code + ".A", code, 1));
            }
        }, () -> given().get(BASE + "/provinces/12").then()
                .statusCode(200).body("agenciesReported", equalTo(1)));
    }

    private static String reader(String... provinces) {
        return GatewayTokens.bearer(GatewayTokens.reader("board", List.of(provinces), false));
    }

    @Test
    void withoutAValidTokenFromTheGatewayItIs401() {
        for (String auth : new String[] { "", "Bearer " + GatewayTokens.forged(), "Bearer " + GatewayTokens.expired() }) {
            given().header("Authorization", auth).get(BASE + "/provinces/11").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void readersSeeTheirProvincesAndOnlyNationalReadersTheCountry() {
        given().header("Authorization", reader("11")).get(BASE + "/provinces/11").then().statusCode(200);
        given().header("Authorization", reader("11")).get(BASE + "/provinces/12").then().statusCode(403);
        given().header("Authorization", reader("11")).get(BASE + "/national").then().statusCode(403);
        given().header("Authorization", reader("11")).get(BASE + "/provinces?size=200").then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("11")));
        given().header("Authorization", reader("national")).get(BASE + "/national").then().statusCode(200);
        given().header("Authorization", reader("national")).get(BASE + "/provinces?size=200").then()
                .body("items.provinceCode", hasItem("12"));
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.submitter("p", List.of("11.A"), List.of())))
                .get(BASE + "/provinces/11").then().statusCode(403);
    }

    @Test
    void answersCarryAnETagAndRevalidateWith304() {
        String etag = given().get(BASE + "/provinces/11").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("private"), org.hamcrest.Matchers.containsString("max-age=60")))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(BASE + "/provinces/11").then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"something-else\"").get(BASE + "/provinces/11").then().statusCode(200);
        String csvTag = given().accept("text/csv").get(BASE + "/provinces/11").then().statusCode(200)
                .extract().header("ETag");
        given().accept("text/csv").header("If-None-Match", csvTag).get(BASE + "/provinces/11").then().statusCode(304);
    }
}
