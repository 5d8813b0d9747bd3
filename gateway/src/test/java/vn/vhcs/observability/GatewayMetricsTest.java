package vn.vhcs.observability;

import vn.vhcs.testing.PrometheusMetrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.gateway.DownstreamStubs;

/** Requests are counted by route, method and status. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class GatewayMetricsTest {

    @Test
    void requestsAreCountedByRouteAndStatus() {
        String[] reports = { "route=\"/api/v1/reports\"", "method=\"POST\"", "status=\"201\"" };
        String[] missing = { "route=\"none\"", "status=\"404\"" };
        double before = PrometheusMetrics.value("vhcs_gateway_requests_total", reports);
        double missingBefore = PrometheusMetrics.value("vhcs_gateway_requests_total", missing);
        given().contentType("application/json").body("{}").post("/api/v1/reports").then().statusCode(201);
        given().get("/api/v1/elsewhere").then().statusCode(404);
        assertEquals(before + 1, PrometheusMetrics.value("vhcs_gateway_requests_total", reports));
        assertEquals(missingBefore + 1, PrometheusMetrics.value("vhcs_gateway_requests_total", missing));
    }
}
