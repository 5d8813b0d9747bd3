package vn.vhcs.gateway.officers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import vn.vhcs.gateway.DownstreamStubs;
import vn.vhcs.testing.KeycloakResource;
import vn.vhcs.testing.KeycloakServer;

/**
 * Officers' tokens from a real Keycloak (the realm vhcs of k8s/components/keycloak/vhcs-realm.json), got as a script gets them
 * (vhcs-cli's password grant): role and provinces from the token, her name downstream, her scope
 * kept, a token altered or not Keycloak's refused.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class KeycloakTokensTest {

    static final String STATISTICS = "/api/v1/statistics/rounds/SO-KET-2022/provinces/";

    static KeycloakServer keycloak() {
        return KeycloakResource.server();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static JsonObject part(String jwt, int i) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[i]), StandardCharsets.UTF_8));
    }

    static String encode(JsonObject json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.encode().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBoardOfficerOf70ActsAsHerselfWithinHerProvince() {
        String token = keycloak().token(keycloak().officer("kc.board70", "BOARD", "70"));
        given().header("Authorization", bearer(token)).get("/api/v1/clients/me").then().statusCode(200)
                .body("role", equalTo("BOARD")).body("provinces", equalTo(List.of("70")))
                .body("username", equalTo("kc.board70")).body("through", equalTo("vhcs-cli"))
                .body("id", startsWith("oidc:"));
        String downstream = given().header("Authorization", bearer(token)).get(STATISTICS + "70").then()
                .statusCode(200).extract().path("authorization");
        JsonObject forwarded = part(downstream.substring("Bearer ".length()), 1);
        assertEquals("kc.board70", forwarded.getString("person"));
        assertEquals("vhcs-cli", forwarded.getString("through"));
        assertEquals("BOARD", forwarded.getString("role"));
        given().header("Authorization", bearer(token)).get(STATISTICS + "26").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aReaderOf58Gets403OnTheFiguresOf70() {
        String token = keycloak().token(keycloak().officer("kc.reader58", "READER", "58"));
        given().header("Authorization", bearer(token)).get(STATISTICS + "70").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", bearer(token)).get(STATISTICS + "58").then().statusCode(200);
        given().header("Authorization", bearer(token)).get("/api/v1/clients/me").then().body("role", equalTo("READER"));
    }

    @Test
    void aTokenAlteredOrSignedElsewhereIs401() {
        String token = keycloak().token(keycloak().officer("kc.reader58b", "READER", "58"));
        String[] parts = token.split("\\.");
        // she writes herself into 70 (and a later expiry): Keycloak's signature no longer matches
        JsonObject claims = part(token, 1).put("provinces", List.of("70")).put("exp", part(token, 1).getLong("exp") + 3600);
        String altered = parts[0] + "." + encode(claims) + "." + parts[2];
        // the same claims under Keycloak's key id, signed with another key
        String forged = FakeIssuer.forge(io.smallrye.jwt.build.Jwt.claims(claims.getMap()),
                part(token, 0).getString("kid"));
        for (String bad : List.of(altered, forged, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")) {
            given().header("Authorization", bearer(bad)).get(STATISTICS + "70").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        }
        given().header("Authorization", bearer(token)).get(STATISTICS + "58").then().statusCode(200);
    }

    @Test
    void thePageSignsInAtThisRealmWithTheDashboardClient() {
        given().header("Authorization", "").get("/dashboard/oidc.json").then().statusCode(200)
                .body("issuer", equalTo(keycloak().issuer())).body("clientId", equalTo("vhcs-dashboard"));
        given().header("Authorization", "").get("/dashboard/").then().statusCode(200).header("Content-Security-Policy",
                containsString("connect-src 'self' http://localhost:" + keycloak().port() + ";"));
    }
}
