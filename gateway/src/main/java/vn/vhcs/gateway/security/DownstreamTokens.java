package vn.vhcs.gateway.security;

import vn.vhcs.common.security.DownstreamToken;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The short-lived tokens the gateway signs for each request it forwards: client id, role and
 * scope, and an officer's username and client (the services' audit names her). The services verify them with the gateway's public key, so a call that did not come
 * through the gateway carries nothing they accept. Signing (RS256) is the dear part, so a client's
 * token is reused for most of its life: it is renewed once less than a sixth of it is left (10 s of
 * 60), time enough for a forwarded request to be verified before it expires.
 */
@ApplicationScoped
public class DownstreamTokens {

    private record Issued(String token, Instant renewAfter) {
    }

    private final PrivateKey key;
    private final SecurityConfig config;
    private final Map<Caller, Issued> issued = new ConcurrentHashMap<>();

    public DownstreamTokens(SecurityConfig config) throws Exception {
        this.config = config;
        this.key = KeyUtils.decodePrivateKey(config.signingKey().replace("\\n", "\n"));
    }

    public String tokenFor(Caller caller) {
        Instant now = Instant.now();
        Issued current = issued.get(caller);
        if (current == null || now.isAfter(current.renewAfter())) {
            long lifetime = config.tokenLifetime().toSeconds();
            JwtClaimsBuilder claims = Jwt.issuer(DownstreamToken.ISSUER).audience(DownstreamToken.AUDIENCE)
                    .subject(caller.clientId())
                    .upn(caller.clientId())
                    .groups(Set.of(caller.role().name()))
                    .claim(DownstreamToken.ROLE, caller.role().name())
                    .claim(DownstreamToken.AGENCIES, caller.agencies())
                    .claim(DownstreamToken.PROVINCES, caller.provinces())
                    .claim(DownstreamToken.REPORTS, caller.reportsRead());
            if (caller.person() != null) {
                claims.claim(DownstreamToken.PERSON, caller.person());
            }
            if (caller.through() != null) {
                claims.claim(DownstreamToken.THROUGH, caller.through());
            }
            String token = claims.issuedAt(now).expiresAt(now.plusSeconds(lifetime))
                    .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
            current = new Issued(token, now.plusSeconds(lifetime - Math.max(1, lifetime / 6)));
            issued.put(caller, current);
        }
        return current.token();
    }
}
