package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** What a peer that is not a trusted proxy says of the client's scheme, host or address is not believed. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
@TestProfile(UntrustedProxyTest.ProxyElsewhere.class)
class UntrustedProxyTest {

    /** The only trusted proxy is an address this machine is not (TEST-NET-1). */
    public static class ProxyElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Test
    void forwardedHeadersFromAnyoneElseAreIgnored() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "vhcs.example.vn")
                .header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=203.0.113.8;proto=https")
                .get("/api/v1/provinces").then().statusCode(200)
                .body("forwardedProto", equalTo("http")).body("forwardedHost", startsWith("localhost:"))
                .body("forwardedFor", equalTo("127.0.0.1"));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "vhcs.example.vn")
                .header("Origin", BehindTlsProxyTest.PUBLIC).body("{}").contentType("application/json")
                .post("/api/v1/reports").then().statusCode(403);
    }
}
