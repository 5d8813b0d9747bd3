package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.vhcs.testing.GatewayTokens;
import vn.vhcs.testing.ServiceProcess;

/** A leaked internal URL is worthless: the services answer 401 to anything the gateway did not sign. */
@ExtendWith(RunningSystem.class)
class DownstreamTrustTest {

    @Test
    void directCallsWithoutForgedOrExpiredTokensAre401() {
        RunningSystem system = RunningSystem.get();
        for (ServiceProcess service : new ServiceProcess[] { system.reports, system.aggregation }) {
            String path = service == system.reports ? "/api/v1/reports" : "/api/v1/statistics/rounds/SO-KET-2022/national";
            for (String auth : new String[] { "", "Bearer " + RunningSystem.ADMIN_KEY, "Bearer " + GatewayTokens.forged(),
                    "Bearer " + GatewayTokens.expired() }) {
                given().baseUri("http://localhost").port(service.port).header("Authorization", auth).get(path).then()
                        .statusCode(401).contentType("application/problem+json");
            }
            given().baseUri("http://localhost").port(service.managementPort).header("Authorization", "")
                    .get("/q/health/live").then().statusCode(200);
            given().baseUri("http://localhost").port(service.port).header("Authorization", "").get("/q/metrics")
                    .then().statusCode(org.hamcrest.Matchers.not(200));
        }
    }

    @Test
    void statisticsRevalidateThroughTheGatewayWith304() {
        given().contentType("application/json").body(java.util.Map.of("kind", "ANNUAL", "periodStart", "2021-01-01",
                "periodEnd", "2021-12-31", "dueDate", "2022-01-15", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/CACHE-2021").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/CACHE-2021/national").then().statusCode(200));
        String etag = given().get("/api/v1/statistics/rounds/CACHE-2021/national").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/statistics/rounds/CACHE-2021/national").then()
                .statusCode(304);
    }
}
