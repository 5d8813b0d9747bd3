package vn.vhcs.testing;

import vn.vhcs.common.security.DownstreamToken;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.smallrye.jwt.build.Jwt;

/**
 * Tokens like those the gateway signs, with a key pair made for the test run (no key is
 * committed). As a test resource it gives the service the public key, and makes every REST
 * Assured request without an Authorization header an admin's.
 */
public class GatewayTokens implements QuarkusTestResourceLifecycleManager {

    private static final KeyPair KEYS = generate();

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", KEYS.getPublic().getEncoded());
    }

    public static String privateKeyPem() {
        return pem("PRIVATE KEY", KEYS.getPrivate().getEncoded());
    }

    public static String admin(String clientId) {
        return token(clientId, "ADMIN", List.of(), List.of(), false, Duration.ofMinutes(5), KEYS);
    }

    public static String submitter(String clientId, List<String> agencies, List<String> provinces) {
        return token(clientId, "SUBMITTER", agencies, provinces, false, Duration.ofMinutes(5), KEYS);
    }

    public static String reader(String clientId, List<String> provinces, boolean reports) {
        return token(clientId, "READER", List.of(), provinces, reports, Duration.ofMinutes(5), KEYS);
    }

    /**
     * An officer signed in at the identity provider, as the gateway passes her on: her subject as the
     * client id, her username as the person, the OIDC client she acted through.
     */
    public static String officer(String username, String through, String role, List<String> provinces) {
        Instant now = Instant.now();
        return Jwt.issuer(DownstreamToken.ISSUER).audience(DownstreamToken.AUDIENCE).subject("oidc:" + username)
                .upn("oidc:" + username).groups(Set.of(role)).claim(DownstreamToken.ROLE, role)
                .claim(DownstreamToken.AGENCIES, List.of()).claim(DownstreamToken.PROVINCES, provinces)
                .claim(DownstreamToken.REPORTS, false).claim(DownstreamToken.PERSON, username)
                .claim(DownstreamToken.THROUGH, through).issuedAt(now.minusSeconds(120))
                .expiresAt(now.plus(Duration.ofMinutes(5))).jws().sign(KEYS.getPrivate());
    }

    /** A token that expired a minute ago. */
    public static String expired() {
        return token("expired", "ADMIN", List.of(), List.of(), false, Duration.ofMinutes(-1), KEYS);
    }

    /** A well-formed token signed with another key. */
    public static String forged() {
        return token("forger", "ADMIN", List.of(), List.of(), false, Duration.ofMinutes(5), generate());
    }

    /** The Authorization header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    static String token(String clientId, String role, List<String> agencies, List<String> provinces, boolean reports,
            Duration lifetime, KeyPair keys) {
        Instant now = Instant.now();
        return Jwt.issuer(DownstreamToken.ISSUER).audience(DownstreamToken.AUDIENCE).subject(clientId).upn(clientId)
                .groups(Set.of(role)).claim(DownstreamToken.ROLE, role).claim(DownstreamToken.AGENCIES, agencies)
                .claim(DownstreamToken.PROVINCES, provinces).claim(DownstreamToken.REPORTS, reports).issuedAt(now.minusSeconds(120)).expiresAt(now.plus(lifetime))
                .jws().sign(keys.getPrivate());
    }

    @Override
    public Map<String, String> start() {
        String admin = bearer(admin("test-admin"));
        Filter defaultAdmin = (request, response, ctx) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", admin);
            }
            return ctx.next(request, response);
        };
        RestAssured.filters(defaultAdmin);
        return Map.of("mp.jwt.verify.publickey", publicKeyPem());
    }

    @Override
    public void stop() {
        RestAssured.replaceFiltersWith(List.of());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
