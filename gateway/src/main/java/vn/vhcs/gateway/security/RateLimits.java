package vn.vhcs.gateway.security;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Token buckets per client (Bucket4j): each role's sustained rate and burst from configuration;
 * a role without a limit is not limited. Buckets live in this gateway instance: with N replicas
 * behind a load balancer a client gets at most N times its limit.
 */
@ApplicationScoped
public class RateLimits {

    /** What a request may know of its client's bucket, for the RateLimit-* headers. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {
    }

    private final SecurityConfig config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(SecurityConfig config) {
        this.config = config;
    }

    /** null when the caller's role is unlimited. */
    public Decision take(Caller caller) {
        SecurityConfig.RateLimit limit = config.rateLimits().get(caller.role());
        if (limit == null) {
            return null;
        }
        Bucket bucket = buckets.computeIfAbsent(caller.clientId(), id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.burst())
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
        return new Decision(probe.isConsumed(), limit.burst(), probe.getRemainingTokens(),
                probe.isConsumed() ? 1 : reset);
    }
}
