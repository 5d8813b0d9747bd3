package vn.vhcs.gateway.officers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import vn.vhcs.gateway.DownstreamStubs;

/**
 * Officers' access tokens beside API keys, from an issuer whose tokens the test signs as it needs
 * them: the role and provinces come from the token, the person goes downstream, a token that is not
 * valid is a 401, a token without a vhcs role a 403. (KeycloakTokensTest: the same with Keycloak.)
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
@QuarkusTestResource(value = FakeIssuer.class, restrictToAnnotatedClass = true)
class OfficerTokensTest {

    static final String PROVINCE_70 = "/api/v1/statistics/rounds/SO-KET-2022/provinces/70";

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static JsonObject claims(String jwt) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void anOfficersTokenGivesHerRoleAndProvincesAndNamesHerDownstream() {
        String token = FakeIssuer.sign(FakeIssuer.officer("bp.lan", List.of("BOARD", "offline_access"), List.of("70")));
        given().header("Authorization", bearer(token)).get("/api/v1/clients/me").then().statusCode(200)
                .body("id", equalTo("oidc:sub-bp.lan")).body("role", equalTo("BOARD"))
                .body("provinces", equalTo(List.of("70"))).body("username", equalTo("bp.lan"))
                .body("name", equalTo("Cán bộ bp.lan")).body("through", equalTo("vhcs-dashboard"));
        String downstream = given().header("Authorization", bearer(token)).get(PROVINCE_70).then().statusCode(200)
                .extract().path("authorization");
        JsonObject forwarded = claims(downstream.substring("Bearer ".length()));
        assertEquals("bp.lan", forwarded.getString("person"));
        assertEquals("vhcs-dashboard", forwarded.getString("through"));
        assertEquals("BOARD", forwarded.getString("role"));
        assertEquals("oidc:sub-bp.lan", forwarded.getString("sub"));
        assertEquals(List.of("70"), forwarded.getJsonArray("provinces").getList());
    }

    @Test
    void theStrongestVhcsRoleCountsAndNoneIs403() {
        String both = FakeIssuer.sign(FakeIssuer.officer("two.roles", List.of("READER", "BOARD"), List.of("70")));
        given().header("Authorization", bearer(both)).get("/api/v1/clients/me").then().body("role", equalTo("BOARD"));
        String none = FakeIssuer.sign(FakeIssuer.officer("no.role", List.of("offline_access", "SUBMITTER"),
                List.of("70")));
        given().header("Authorization", bearer(none)).get("/api/v1/clients/me").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("no.role"));
    }

    @Test
    void aReaderReadsHerProvincesOnly() {
        String reader58 = FakeIssuer.sign(FakeIssuer.officer("ld.reader", List.of("READER"), List.of("58")));
        given().header("Authorization", bearer(reader58)).get(PROVINCE_70).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", bearer(reader58)).get("/api/v1/statistics/rounds/SO-KET-2022/provinces/58")
                .then().statusCode(200);
        given().header("Authorization", bearer(reader58)).get("/api/v1/statistics/rounds/SO-KET-2022/national")
                .then().statusCode(403);
        String national = FakeIssuer.sign(FakeIssuer.officer("tw.reader", List.of("READER"), List.of("national")));
        given().header("Authorization", bearer(national)).get("/api/v1/statistics/rounds/SO-KET-2022/national")
                .then().statusCode(200);
    }

    @Test
    void aTokenThatIsNotValidIs401() {
        Instant past = Instant.now().minusSeconds(600);
        List<String> invalid = List.of(
                FakeIssuer.sign(FakeIssuer.officer("late", List.of("BOARD"), List.of("70"))
                        .issuedAt(past).expiresAt(past.plusSeconds(300))),
                FakeIssuer.forge(FakeIssuer.officer("forger", List.of("ADMIN"), List.of())),
                FakeIssuer.sign(FakeIssuer.officer("elsewhere", List.of("ADMIN"), List.of()).audience("another-api")),
                FakeIssuer.sign(FakeIssuer.officer("stranger", List.of("ADMIN"), List.of())
                        .issuer("http://localhost:1/realms/other")),
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        for (String token : invalid) {
            given().header("Authorization", bearer(token)).get("/api/v1/clients/me").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        }
    }

    @Test
    void keysStillWorkBesideTokens() {
        given().get("/api/v1/clients").then().statusCode(200); // the bootstrap admin key
        given().header("Authorization", "Bearer vhcs_aaaaaaaaaa_" + "x".repeat(43)).get("/api/v1/clients").then()
                .statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void eachOfficerHasARateLimitOfHerOwn() {
        // readers: 20 at once, 1 a second in the tests
        String first = FakeIssuer.sign(FakeIssuer.officer("busy.reader", List.of("READER"), List.of("58")));
        String second = FakeIssuer.sign(FakeIssuer.officer("calm.reader", List.of("READER"), List.of("58")));
        int status = 200;
        for (int i = 0; i < 40 && status != 429; i++) {
            status = given().header("Authorization", bearer(first)).get("/api/v1/clients/me").statusCode();
        }
        assertEquals(429, status, "the busy officer is limited");
        given().header("Authorization", bearer(second)).get("/api/v1/clients/me").then().statusCode(200);
    }

    @Test
    void thePageLearnsWhereOfficersSignInAndMayReachIt() {
        given().header("Authorization", "").get("/dashboard/oidc.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("issuer", equalTo("https://sso.example.vn/realms/fake"))
                .body("clientId", equalTo("vhcs-dashboard"));
        String csp = given().header("Authorization", "").get("/dashboard/").then().statusCode(200)
                .extract().header("Content-Security-Policy");
        assertNotNull(csp);
        org.hamcrest.MatcherAssert.assertThat(csp, containsString("connect-src 'self' https://sso.example.vn;"));
        org.hamcrest.MatcherAssert.assertThat(csp, startsWith("default-src 'none'; script-src 'self';"));
    }
}
