package vn.vhcs.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private static final KeyPair GATEWAY = keys();
    private static final KeyPair STRANGER = keys();

    private final MovableClock clock = new MovableClock(Instant.now());
    private final Counting verifier = new Counting(new JWTAuthContextInfo(GATEWAY.getPublic(), DownstreamToken.ISSUER));
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void aTokenIsVerifiedOnceWhileItLasts() throws Exception {
        String token = sign(GATEWAY.getPrivate(), "portal-70", 60);
        JsonWebToken first = tokens.parse(token);
        JsonWebToken again = tokens.parse(token);
        assertSame(first, again);
        assertEquals("portal-70", again.getSubject());
        assertEquals(1, verifier.calls.get());
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedAgain() throws Exception {
        String token = sign(GATEWAY.getPrivate(), "portal-70", 60);
        tokens.parse(token);
        clock.now = clock.now.plusSeconds(61);
        tokens.parse(token);
        assertEquals(2, verifier.calls.get());
    }

    @Test
    void theSameClaimsSignedByAnotherKeyAreRefusedAfterTheGenuineOne() throws Exception {
        tokens.parse(sign(GATEWAY.getPrivate(), "portal-70", 60));
        String forged = sign(STRANGER.getPrivate(), "portal-70", 60);
        assertThrows(ParseException.class, () -> tokens.parse(forged));
        assertThrows(ParseException.class, () -> tokens.parse(forged));
        assertEquals(3, verifier.calls.get());
    }

    @Test
    void keptTokensAreBounded() throws Exception {
        String token = sign(GATEWAY.getPrivate(), "portal-70", 60);
        JsonWebToken checked = tokens.parse(token);
        // past the bound, the expired go first; here none is expired, so all go
        for (int i = 0; i < VerifiedTokens.MAX_KEPT; i++) {
            tokens.parse(token + "#" + i);
        }
        tokens.parse(token);
        assertEquals(VerifiedTokens.MAX_KEPT + 2, verifier.calls.get());
        assertEquals(checked.getSubject(), tokens.parse(token).getSubject());
    }

    private String sign(PrivateKey key, String subject, long lifetimeSeconds) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DownstreamToken.ISSUER);
        claims.setAudience(DownstreamToken.AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real verifier, counted: what the cache saves is calls to it. */
    private static final class Counting extends DefaultJWTParser {
        final AtomicInteger calls = new AtomicInteger();

        Counting(JWTAuthContextInfo context) {
            super(context);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            // a token made unique by a suffix (the bound test) is the genuine one, counted but not re-checked
            return super.parse(token.contains("#") ? token.substring(0, token.indexOf('#')) : token);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long millis() {
            return now.toEpochMilli();
        }
    }
}
