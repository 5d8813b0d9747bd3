package vn.vhcs.gateway.officers;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A minimal OpenID Connect issuer: its discovery document and its signing key (JWKS), and tokens
 * signed with it as the test wants them, expired, without a role or for another audience included,
 * which a real Keycloak gives only with waiting or reconfiguring. KeycloakTokensTest covers the real one.
 */
public class FakeIssuer implements QuarkusTestResourceLifecycleManager {

    static final String KID = "fake-1";
    private static final KeyPair KEYS = generate();
    private static Vertx vertx;
    private static HttpServer server;
    private static String issuer;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer().requestHandler(req -> {
                if (req.path().endsWith("/.well-known/openid-configuration")) {
                    req.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                            .put("issuer", issuer).put("jwks_uri", issuer + "/certs")
                            .put("token_endpoint", issuer + "/token").put("authorization_endpoint", issuer + "/auth")
                            .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256")).encode());
                } else if (req.path().endsWith("/certs")) {
                    RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
                    req.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("keys",
                            new JsonArray().add(new JsonObject().put("kty", "RSA").put("kid", KID).put("use", "sig")
                                    .put("alg", "RS256").put("n", base64(key.getModulus()))
                                    .put("e", base64(key.getPublicExponent())))).encode());
                } else {
                    req.response().setStatusCode(404).end();
                }
            }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://localhost:" + server.actualPort() + "/realms/fake";
        return Map.of("vhcs.oidc.issuer", issuer, "vhcs.oidc.public-issuer", "https://sso.example.vn/realms/fake");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    static String issuer() {
        return issuer;
    }

    /** The claims of an officer's access token as Keycloak writes them, valid for five minutes. */
    static JwtClaimsBuilder officer(String username, List<String> roles, List<String> provinces) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer).audience("vhcs-gateway").subject("sub-" + username)
                .claim("azp", "vhcs-dashboard").claim("preferred_username", username).claim("name", "Cán bộ " + username)
                .claim("realm_access", Map.of("roles", roles)).claim("provinces", provinces)
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)));
    }

    static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(KID).sign(KEYS.getPrivate());
    }

    /** Signed with another key that claims the issuer's key id. */
    static String forge(JwtClaimsBuilder claims) {
        return forge(claims, KID);
    }

    /** Signed with another key that claims to be key {@code kid}. */
    static String forge(JwtClaimsBuilder claims, String kid) {
        return claims.jws().keyId(kid).sign(generate().getPrivate());
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
