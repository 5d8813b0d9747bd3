package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Keys, scopes at the gateway, limits, CORS and headers, in front of stub services. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class GatewaySecurityTest {

    static String client(String name, String role, List<String> agencies, List<String> provinces, Instant expiresAt) {
        var body = new java.util.HashMap<String, Object>(Map.of("name", name, "role", role, "agencies", agencies,
                "provinces", provinces));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/clients").then().statusCode(201)
                .body("key", matchesPattern("vhcs_[a-z0-9]{10}_[A-Za-z0-9_-]{43}")).extract().path("key");
    }

    static String bearer(String key) {
        return "Bearer " + key;
    }

    @Test
    void noKeyOrABadKeyIs401WithWwwAuthenticate() {
        given().header("Authorization", "").get("/api/v1/provinces").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer vhcs_aaaaaaaaaa_" + "x".repeat(43)).get("/api/v1/provinces").then()
                .statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/provinces").then().statusCode(401);
    }

    @Test
    void aKeyIsShownOnceStoredHashedAndCanBeRevoked() {
        String key = client("Cổng dịch vụ công Bình Phước", "SUBMITTER", List.of("70.SNGV"), List.of(), null);
        given().header("Authorization", bearer(key)).get("/api/v1/provinces").then().statusCode(200);
        Response list = given().get("/api/v1/clients");
        list.then().statusCode(200).body(not(containsString(key)));
        String id = list.path("items.find { it.name == 'Cổng dịch vụ công Bình Phước' }.id");
        assertTrue(list.path("items.find { it.id == '" + id + "' }.keyPrefix").toString().length() == 10);
        given().delete("/api/v1/clients/" + id).then().statusCode(200).body("revokedAt", notNullValue())
                .body("key", nullValue());
        given().header("Authorization", bearer(key)).get("/api/v1/provinces").then().statusCode(401);
    }

    @Test
    void anExpiredKeyIs401() {
        Instant expiry = Instant.now().plusSeconds(2);
        String key = client("short-lived", "READER", List.of(), List.of("70"), expiry);
        given().header("Authorization", bearer(key)).get("/api/v1/provinces").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> given().header("Authorization", bearer(key)).get("/api/v1/provinces").statusCode() == 401);
        assertTrue(Instant.now().isAfter(expiry), "refused only once expired");
    }

    @Test
    void clientsAreCheckedAndManagedByAdminsOnly() {
        String reader = client("board", "READER", List.of(), List.of("70"), null);
        given().header("Authorization", bearer(reader)).get("/api/v1/clients").then().statusCode(403);
        given().header("Authorization", bearer(reader)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "ADMIN")).post("/api/v1/clients").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "READER")).post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("provinces"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "SUPERUSER")).post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "READER", "provinces", List.of("7")))
                .post("/api/v1/clients").then().statusCode(400);
    }

    @Test
    void theServicesGetASignedTokenNotTheKey() {
        String key = client("portal", "SUBMITTER", List.of("70.SNGV"), List.of("26"), null);
        Response r = given().header("Authorization", bearer(key)).header("X-Vhcs-Client", "someone-else")
                .get("/api/v1/reports");
        r.then().statusCode(200).body("clientHeader", nullValue());
        String token = r.path("authorization").toString().substring("Bearer ".length());
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"role\":\"SUBMITTER\""), claims);
        assertTrue(claims.contains("\"agencies\":[\"70.SNGV\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"vhcs-gateway\""), claims);
    }

    @Test
    void rolesAreCheckedBeforeForwarding() {
        String submitter = client("portal-2", "SUBMITTER", List.of("70.SNGV"), List.of(), null);
        String reader = client("board-2", "READER", List.of(), List.of("70"), null);
        int before = DownstreamStubs.received();
        given().header("Authorization", bearer(submitter)).get("/api/v1/statistics/rounds/R/provinces/70").then().statusCode(403);
        given().header("Authorization", bearer(submitter)).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/agencies/70.X").then().statusCode(403);
        given().header("Authorization", bearer(reader)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports").then().statusCode(403);
        given().header("Authorization", bearer(reader)).get("/api/v1/reports").then().statusCode(403);
        given().header("Authorization", bearer(reader)).get("/api/v1/statistics/rounds/R/provinces/26").then().statusCode(403);
        given().header("Authorization", bearer(reader)).get("/api/v1/statistics/rounds/R/national").then().statusCode(403);
        given().header("Authorization", bearer(reader)).get("/api/v1/statistics/rounds/R/provinces/26/missing-agencies")
                .then().statusCode(403);
        assertEquals(before, DownstreamStubs.received(), "nothing refused reached a service");
        given().header("Authorization", bearer(reader)).get("/api/v1/statistics/rounds/R/provinces/70").then().statusCode(200);
        given().header("Authorization", bearer(reader)).get("/api/v1/statistics/rounds/R/provinces/70/missing-agencies")
                .then().statusCode(200);
    }

    @Test
    void aBurstBeyondTheLimitIs429WithRetryAfter() {
        // the defaults: submitters and readers 50/s with bursts of 100, admins unlimited
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        assertEquals(50, config.getValue("vhcs.security.rate-limits.submitter.per-second", Integer.class));
        assertEquals(100, config.getValue("vhcs.security.rate-limits.submitter.burst", Integer.class));
        // readers are set to 1/s with bursts of 20 in tests, so that the limit bites at any machine speed
        String key = client("busy", "READER", List.of(), List.of("70"), null);
        int ok = 0;
        Response last = null;
        for (int i = 0; i < 100; i++) {
            last = given().header("Authorization", bearer(key)).get("/api/v1/provinces");
            if (last.statusCode() == 429) {
                break;
            }
            ok++;
        }
        assertTrue(ok >= 20 && ok < 100, "the burst of 20 passes, then the limit bites: " + ok);
        last.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).header("RateLimit-Limit", "20")
                .header("RateLimit-Remaining", "0").header("RateLimit-Reset", notNullValue());
        // admins are not limited
        for (int i = 0; i < 120; i++) {
            given().get("/api/v1/provinces").then().statusCode(200);
        }
    }

    @Test
    void aBodyOver256KiBIs413AtTheGateway() {
        int before = DownstreamStubs.received();
        given().contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(300_000) + "\"}").post("/api/v1/reports")
                .then().statusCode(413).contentType("application/problem+json");
        // the same without a declared length (chunked): counted at the gateway
        given().contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(("{\"x\":\"" + "a".repeat(300_000) + "\"}").getBytes()))
                .post("/api/v1/reports").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, DownstreamStubs.received());
        // a small chunked body is forwarded whole
        given().contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream("{\"small\":true}".getBytes()))
                .post("/api/v1/reports").then().statusCode(201).body("body", equalTo("{\"small\":true}"));
    }

    @Test
    void aDocumentUploadMayBeLargerThanAJsonBodyButNotUnbounded() {
        String upload = "/api/v1/drafts?agency=70.SNGV&round=SO-KET-2022";
        byte[] document = "a".repeat(1_000_000).getBytes();
        given().contentType("text/plain; charset=UTF-8").body(document).post(upload).then().statusCode(201);
        given().contentType("text/plain; charset=UTF-8").body(new java.io.ByteArrayInputStream(document)).post(upload)
                .then().statusCode(201);
        int before = DownstreamStubs.received();
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        given().contentType("text/plain; charset=UTF-8").body(tooLarge).post(upload).then().statusCode(413)
                .contentType("application/problem+json");
        given().contentType("text/plain; charset=UTF-8").body(new java.io.ByteArrayInputStream(tooLarge)).post(upload).then()
                .statusCode(413).contentType("application/problem+json");
        // only the upload: correcting a draft is JSON, under the JSON limit
        given().contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(300_000) + "\"}")
                .put("/api/v1/drafts/3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53").then().statusCode(413);
        assertEquals(before, DownstreamStubs.received());
    }

    @Test
    void corsIsAnsweredForConfiguredOriginsOnly() {
        given().header("Origin", "https://dashboard.example.invalid").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/v1/statistics/rounds/R/national")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example.invalid");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/statistics/rounds/R/national")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/provinces")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Origin", "https://dashboard.example.invalid").get("/api/v1/provinces")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://dashboard.example.invalid");
    }

    @Test
    void securityHeadersOnEveryAnswerAndNoServerVersion() {
        for (Response r : new Response[] { given().get("/api/v1/provinces"), given().header("Authorization", "").get("/api/v1/provinces"),
                given().get("/q/openapi") }) {
            r.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer").header("Server", nullValue());
        }
    }

    @Test
    void operationalEndpointsAnswerOnlyOnTheManagementPort() {
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready", "/q/health/live" }) {
            given().get(path).then().statusCode(404);
        }
        vn.vhcs.testing.ManagementInterface.given().get("/q/metrics").then().statusCode(200);
        vn.vhcs.testing.ManagementInterface.given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<title>vhcs API</title>"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Powered by")));
    }
}
