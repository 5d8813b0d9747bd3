package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Behind a TLS-terminating ingress (here this machine, a trusted proxy by default): the client's scheme, host and
 * address are the ones the proxy reports, for the gateway's own answers, its same-origin check and the services.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class BehindTlsProxyTest {

    static final String PUBLIC = "https://vhcs.example.vn";

    private static io.restassured.specification.RequestSpecification asTheIngress() {
        return given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "vhcs.example.vn")
                .header("X-Forwarded-For", "203.0.113.7");
    }

    @Test
    void theServicesHearTheClientsSchemeHostAndAddress() {
        asTheIngress().header("X-Forwarded-Prefix", "/elsewhere").get("/api/v1/provinces").then().statusCode(200)
                .body("forwardedProto", equalTo("https")).body("forwardedHost", equalTo("vhcs.example.vn"))
                .body("forwardedFor", equalTo("203.0.113.7")).body("forwarded", nullValue());
        // RFC 7239's Forwarded does the same
        given().header("Forwarded", "for=203.0.113.8;proto=https;host=vhcs.example.vn").get("/api/v1/provinces")
                .then().statusCode(200).body("forwardedProto", equalTo("https"))
                .body("forwardedHost", equalTo("vhcs.example.vn")).body("forwardedFor", equalTo("203.0.113.8"))
                .body("forwarded", nullValue());
    }

    @Test
    void theGatewaysOwnLocationNamesThePublicHttpsAddress() {
        asTheIngress().contentType(ContentType.JSON).body(Map.of("name", "Cổng Đồng Nai", "role", "READER",
                "provinces", java.util.List.of("75"))).post("/api/v1/clients").then().statusCode(201)
                .header("Location", startsWith(PUBLIC + "/api/v1/clients/"));
    }

    @Test
    void theDashboardsSameOriginPostIsAccepted() {
        asTheIngress().header("Origin", PUBLIC).contentType(ContentType.JSON).body("{}").post("/api/v1/reports")
                .then().statusCode(201);
        // another origin is still refused
        asTheIngress().header("Origin", "https://evil.example").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports").then().statusCode(403);
    }
}
