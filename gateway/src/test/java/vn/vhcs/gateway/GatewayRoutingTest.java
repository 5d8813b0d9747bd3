package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.vhcs.GatewayTestResources;

@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class GatewayRoutingTest {

    @Test
    void reportsAndRegistryGoToReportServiceUnchanged() {
        String body = "{\"agencyCode\":\"70.SNGV\",\"note\":\"Bình Phước\"}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports?x=1")
                .then().statusCode(201)
                .header("X-Downstream", "report-service")
                .header("Location", "/api/v1/reports/42")
                .header("ETag", "\"7\"")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/reports?x=1"))
                .body("body", equalTo(body))
                .body("contentType", equalTo("application/json"))
                .body("forwardedFor", notNullValue());
        for (String path : new String[] { "/api/v1/provinces", "/api/v1/provinces/70", "/api/v1/agencies?province=70",
                "/api/v1/rounds/SO-KET-2022", "/api/v1/reports/abc/versions" }) {
            given().get(path).then().statusCode(200).header("X-Downstream", "report-service").body("uri", equalTo(path));
        }
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/agencies/70.X").then().statusCode(200)
                .body("method", equalTo("PUT"));
    }

    /**
     * {@code curl -X PUT …/lock} sends neither Content-Length nor Transfer-Encoding: no body. The gateway forwards it
     * with a zero length, not as a chunked body the service would refuse for having no Content-Type.
     */
    @Test
    void aBodilessPutIsForwardedWithoutABody() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("PUT /api/v1/rounds/SO-KET-2022/provinces/70/lock HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + GatewayTestResources.ADMIN_KEY + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"contentLength\":\"0\""), answer);
            assertFalse(answer.contains("\"transferEncoding\""), answer);
        }
    }

    /** README's `curl -X POST …/lock` sends no body: the service hears none (not an empty chunked one). */
    @Test
    void aPostWithoutABodyReachesTheServiceWithoutOne() {
        given().post("/api/v1/rounds/SO-KET-2022/provinces/70/lock").then().statusCode(201)
                .body("method", equalTo("POST")).body("contentLength", equalTo("0"))
                .body("transferEncoding", org.hamcrest.Matchers.nullValue()).body("body", equalTo(""));
        given().get("/api/v1/provinces").then().statusCode(200)
                .body("contentLength", org.hamcrest.Matchers.nullValue())
                .body("transferEncoding", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void statisticsGoToAggregationService() {
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200)
                .header("X-Downstream", "aggregation-service")
                .body("uri", equalTo("/api/v1/statistics/rounds/SO-KET-2022/provinces/70"));
    }

    @Test
    void problemDocumentsPassThroughAsTheServiceWroteThem() {
        given().get("/api/v1/reports/problem").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void aRequestIdIsAddedOrKeptAndForwarded() {
        given().get("/api/v1/provinces").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "portal-abc.123").get("/api/v1/provinces").then()
                .header("X-Request-Id", "portal-abc.123").body("requestId", equalTo("portal-abc.123"));
        given().header("X-Request-Id", "bad id with spaces").get("/api/v1/provinces").then()
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aServiceThatIsDownIsA503WithRetryAfter() throws Exception {
        DownstreamStubs.stopStatistics();
        try {
            given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("requestId", notNullValue());
        } finally {
            DownstreamStubs.restoreStatistics();
        }
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/70").then().statusCode(200);
    }

    @Test
    void aServiceThatDoesNotAnswerIsA504AfterTheTimeout() {
        given().get("/api/v1/reports/slow").then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void unknownApiPathsAre404Problems() {
        given().get("/api/v1/nothing").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/reportsX").then().statusCode(404);
    }
}
