package vn.vhcs.gateway.security;

import vn.vhcs.common.security.Caller;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.gateway.routing.GatewayConfig;

/**
 * Token buckets per client (Bucket4j): each role's sustained rate and burst from configuration;
 * a role without a limit is not limited. The buckets live in the gateway's database
 * ({@link BucketStore}), so N replicas behind a load balancer still give a client its limit once.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    /** What a request may know of its client's bucket, for the RateLimit-* headers. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {
    }

    /** The shared bucket could not be read (database down): the request is answered 503, never let through. */
    public static final class Unavailable extends RuntimeException {
        private final long retryAfterSeconds;

        Unavailable(RuntimeException cause, long retryAfterSeconds) {
            super(cause);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final SecurityConfig config;
    private final BucketStore store;
    private final long retryAfterSeconds;

    public RateLimits(SecurityConfig config, BucketStore store, GatewayConfig gateway) {
        this.config = config;
        this.store = store;
        this.retryAfterSeconds = Math.max(1, gateway.retryAfter().toSeconds());
    }

    /** null when the caller's role is unlimited. */
    public Decision take(Caller caller) {
        SecurityConfig.RateLimit limit = config.rateLimits().get(caller.role());
        if (limit == null) {
            return null;
        }
        // the limit is part of the key: a changed configuration starts a new bucket, never a stale one
        String key = caller.clientId() + "/" + limit.burst() + "/" + limit.perSecond();
        ConsumptionProbe probe;
        try {
            probe = store.bucket(key, () -> BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.burst())
                            .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build())
                    .build()).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            LOG.warnf("rate-limit bucket of client %s unavailable: %s", caller.clientId(), e.toString());
            throw new Unavailable(e, retryAfterSeconds);
        }
        long reset = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
        return new Decision(probe.isConsumed(), limit.burst(), probe.getRemainingTokens(),
                probe.isConsumed() ? 1 : reset);
    }
}
