package vn.vhcs.gateway.security;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;
import vn.vhcs.gateway.clients.ApiClient;
import vn.vhcs.gateway.clients.ApiKeys;
import vn.vhcs.gateway.clients.ClientService;
import vn.vhcs.gateway.officers.OfficerTokens;

/**
 * Every /api request needs an API key or an officer's access token ({@code Authorization: Bearer
 * <key or token>}): none or a bad one is a 401, a request its role may not make a 403, too many
 * requests a 429. A token is told from a key by its form and verified by {@link OfficerTokens} when
 * officers' tokens are on; anything else is a key. The caller is then kept in the routing context
 * for the forwarding and the gateway's own endpoints.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    public static final String CALLER = "vhcs.caller";
    /** An officer's display name (absent for a key), for {@code /clients/me}. */
    public static final String OFFICER_NAME = "vhcs.officer.name";
    static final String BOOTSTRAP_ADMIN = "bootstrap-admin";
    private static final String INVALID_TOKEN = "Bearer realm=\"vhcs\", error=\"invalid_token\"";

    private record Known(Caller caller, Instant until) {
    }

    private final ClientService clients;
    private final OfficerTokens officers;
    private final RateLimits rateLimits;
    private final SecurityConfig config;
    private final Optional<String> adminKeyHash;
    private final Map<String, Known> recent = new ConcurrentHashMap<>();

    public ApiKeyAuthentication(ClientService clients, OfficerTokens officers, RateLimits rateLimits,
            SecurityConfig config) {
        this.clients = clients;
        this.officers = officers;
        this.rateLimits = rateLimits;
        this.config = config;
        this.adminKeyHash = config.adminKey().filter(k -> !k.isBlank()).map(ApiKeys::hash);
    }

    public static Caller caller(RoutingContext ctx) {
        return ctx.get(CALLER);
    }

    void install(@Observes Router router) {
        // hold the body until the key is checked (the check may wait for the database)
        router.route("/api/*").order(-600).handler(ctx -> {
            ctx.request().pause();
            ctx.next();
        });
        router.route("/api/*").order(-500).blockingHandler(this::authenticate, false);
    }

    void authenticate(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"vhcs\"");
            RoutedProblems.send(ctx, ProblemType.UNAUTHORIZED, "auth.missing");
            return;
        }
        String key = header.substring(7).trim();
        Caller caller;
        if (officers.handles(key)) {
            caller = officer(ctx, key);
            if (caller == null) {
                return;
            }
        } else {
            caller = resolve(key);
            if (caller == null) {
                ctx.response().putHeader("WWW-Authenticate", INVALID_TOKEN);
                RoutedProblems.send(ctx, ProblemType.UNAUTHORIZED, "auth.invalid");
                return;
            }
        }
        RateLimits.Decision decision;
        try {
            decision = rateLimits.take(caller);
        } catch (RateLimits.Unavailable e) {
            unavailable(ctx, e.retryAfterSeconds());
            return;
        }
        if (decision != null) {
            ctx.response().putHeader("RateLimit-Limit", Long.toString(decision.limit()))
                    .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                    .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
            if (!decision.allowed()) {
                ctx.response().putHeader("Retry-After", Long.toString(decision.resetSeconds()));
                RoutedProblems.send(ctx, ProblemType.TOO_MANY_REQUESTS, "rate.limited", decision.resetSeconds());
                return;
            }
        }
        if (!RouteAccess.allowed(caller, ctx.request().method().name(), ctx.normalizedPath())) {
            RoutedProblems.send(ctx, ProblemType.FORBIDDEN,
                    caller.person() == null ? "auth.forbidden" : "auth.officer.forbidden");
            return;
        }
        ctx.put(CALLER, caller);
        ctx.next();
    }

    /** The officer's caller; null when the answer (401, 403, 503) has been given. */
    private Caller officer(RoutingContext ctx, String token) {
        OfficerTokens.Officer officer;
        try {
            officer = officers.verify(token);
        } catch (OfficerTokens.Unavailable e) {
            unavailable(ctx, e.retryAfterSeconds());
            return null;
        }
        if (officer == null) {
            ctx.response().putHeader("WWW-Authenticate", INVALID_TOKEN);
            RoutedProblems.send(ctx, ProblemType.UNAUTHORIZED, "auth.officer.invalid");
            return null;
        }
        if (officer.caller() == null) {
            RoutedProblems.send(ctx, ProblemType.FORBIDDEN, "auth.officer.no-role", officer.username());
            return null;
        }
        if (officer.name() != null) {
            ctx.put(OFFICER_NAME, officer.name());
        }
        return officer.caller();
    }

    /** What could decide the request (the shared buckets, the issuer's keys) cannot be asked now: a 503, never a pass. */
    private static void unavailable(RoutingContext ctx, long retryAfterSeconds) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        RoutedProblems.send(ctx, ProblemType.SERVICE_UNAVAILABLE, "gateway.unavailable");
    }

    private Caller resolve(String key) {
        if (adminKeyHash.isPresent() && MessageDigest.isEqual(ApiKeys.hash(key).getBytes(StandardCharsets.US_ASCII),
                adminKeyHash.get().getBytes(StandardCharsets.US_ASCII))) {
            return new Caller(BOOTSTRAP_ADMIN, Role.ADMIN, List.of(), List.of(), true);
        }
        String hash = ApiKeys.hash(key);
        Instant now = Instant.now();
        Known known = recent.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return known.caller();
        }
        Optional<ApiClient> client = clients.authenticate(key);
        if (client.isEmpty()) {
            recent.remove(hash);
            return null;
        }
        ApiClient c = client.get();
        Caller caller = new Caller(c.id.toString(), c.role, List.copyOf(c.agencies), List.copyOf(c.provinces),
                c.reportsRead);
        Instant until = now.plus(config.keyCache());
        if (c.expiresAt != null && c.expiresAt.isBefore(until)) {
            until = c.expiresAt;
        }
        recent.put(hash, new Known(caller, until));
        return caller;
    }

    /** A revoked key stops working on this instance at once (others within vhcs.security.key-cache). */
    public void forget(String clientId) {
        recent.values().removeIf(k -> k.caller().clientId().equals(clientId));
    }
}
