package vn.vhcs.gateway.officers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.gateway.clients.ApiKeys;
import vn.vhcs.gateway.routing.GatewayConfig;

/**
 * An officer's access token, verified by quarkus-oidc (signature against the issuer's keys,
 * issuer, audience, expiry) through its {@link TenantIdentityProvider}: the gateway calls it
 * itself, so quarkus-oidc's HTTP mechanism never sees the API keys that share the Authorization
 * header (proactive authentication is off). A verified token is kept until it expires, by its
 * hash: a page's many requests cost one signature check. Revoking an officer (disabling her at
 * the identity provider) therefore takes effect when her current token expires (Keycloak: 5 min).
 */
@ApplicationScoped
public class OfficerTokens {

    private static final Logger LOG = Logger.getLogger(OfficerTokens.class);
    /** A JWS in compact form: its header is base64url JSON, so it starts with "eyJ". API keys start with "vhcs_". */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(10);
    /** Expired entries are swept once the cache holds this many. */
    private static final int SWEEP_AT = 10_000;
    /** The vhcs roles an officer may hold, strongest first: several give the strongest. */
    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.BOARD, Role.READER);
    public static final String CLIENT_ID_PREFIX = "oidc:";

    /**
     * A verified officer.
     *
     * @param caller null when her token names no vhcs role
     * @param name her display name, for the page; may be null
     */
    public record Officer(Caller caller, String username, String name) {
    }

    /** The identity provider could not be asked (its keys could not be fetched): a 503, never a pass. */
    public static final class Unavailable extends RuntimeException {
        private final long retryAfterSeconds;

        Unavailable(Throwable cause, long retryAfterSeconds) {
            super(cause);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private record Known(Officer officer, Instant until) {
    }

    private final OidcConfig config;
    private final Instance<TenantIdentityProvider> identities;
    private final long retryAfterSeconds;
    private final Map<String, Known> verified = new ConcurrentHashMap<>();

    public OfficerTokens(OidcConfig config, Instance<TenantIdentityProvider> identities, GatewayConfig gateway) {
        this.config = config;
        this.identities = identities;
        this.retryAfterSeconds = Math.max(1, gateway.retryAfter().toSeconds());
    }

    /** Whether this Authorization value is an officer's token for quarkus-oidc (else an API key, as before). */
    public boolean handles(String bearer) {
        return config.enabled() && JWT.matcher(bearer).matches();
    }

    /** The officer, or null when the token is not valid (bad signature, issuer, audience, expired). */
    public Officer verify(String token) {
        String hash = ApiKeys.hash(token);
        Instant now = Instant.now();
        Known known = verified.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return known.officer();
        }
        SecurityIdentity identity;
        try {
            identity = identities.get().authenticate(new AccessTokenCredential(token)).await().atMost(VERIFY_TIMEOUT);
        } catch (AuthenticationFailedException e) {
            verified.remove(hash);
            return null;
        } catch (RuntimeException e) {
            LOG.warnf("an officer's token could not be verified: %s", e.toString());
            throw new Unavailable(e, retryAfterSeconds);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Officer officer = officer(jwt, identity.getRoles());
        if (verified.size() >= SWEEP_AT) {
            verified.values().removeIf(k -> !now.isBefore(k.until()));
        }
        verified.put(hash, new Known(officer, Instant.ofEpochSecond(jwt.getExpirationTime())));
        return officer;
    }

    private Officer officer(JsonWebToken jwt, Set<String> roles) {
        String username = string(jwt.getClaim(config.usernameClaim()));
        if (username == null) {
            username = jwt.getSubject();
        }
        String name = string(jwt.getClaim("name"));
        Role role = ROLES.stream().filter(r -> roles.contains(r.name())).findFirst().orElse(null);
        if (role == null) {
            return new Officer(null, username, name);
        }
        // azp: the client the token was issued to (vhcs-dashboard, vhcs-cli); client_id for providers without it
        String through = string(jwt.getClaim("azp"));
        if (through == null) {
            through = string(jwt.getClaim("client_id"));
        }
        // an officer is a named, accountable person of her province: as a READER she reads its reports too
        // (a key's "reports" flag exists because a key is shared and may sit in any tool)
        Caller caller = new Caller(CLIENT_ID_PREFIX + jwt.getSubject(), role, List.of(),
                strings(jwt.getClaim(config.provincesClaim())), true, username, through);
        return new Officer(caller, username, name);
    }

    private static String string(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    /** An array of codes, or one value (a single-valued attribute), possibly comma-separated. */
    private static List<String> strings(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> raw.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> raw.add(String.valueOf(v)));
        } else if (value != null) {
            raw.add(string(value));
        }
        List<String> codes = new ArrayList<>();
        for (String r : raw) {
            for (String code : r.split(",")) {
                if (!code.isBlank() && !codes.contains(code.strip())) {
                    codes.add(code.strip());
                }
            }
        }
        return List.copyOf(codes);
    }
}
