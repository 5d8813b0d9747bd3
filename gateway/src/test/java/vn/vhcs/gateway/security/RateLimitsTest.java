package vn.vhcs.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.gateway.DownstreamStubs;
import vn.vhcs.gateway.routing.GatewayConfig;

/**
 * The buckets are in the database, not in the instance: a second RateLimits over its own BucketStore (a replica)
 * takes from the same bucket. Readers have 1/s with bursts of 20 in tests.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class RateLimitsTest {

    @Inject
    RateLimits rateLimits;
    @Inject
    SecurityConfig security;
    @Inject
    GatewayConfig gateway;
    @Inject
    DataSource dataSource;

    @Test
    void twoInstancesOverOneDatabaseShareAClientsBucket() {
        RateLimits replica = new RateLimits(security, new BucketStore(dataSource), gateway);
        Caller reader = reader();
        SecurityConfig.RateLimit limit = security.rateLimits().get(Role.READER);
        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 0; i < 3 * limit.burst(); i++) {
            RateLimits.Decision decision = (i % 2 == 0 ? rateLimits : replica).take(reader);
            assertEquals(limit.burst(), decision.limit());
            if (decision.allowed()) {
                accepted++;
            }
        }
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("shared buckets: %d of %d takes allowed over two instances, %.2f ms per take%n", accepted,
                3 * limit.burst(), elapsedSeconds * 1000 / (3 * limit.burst()));
        assertTrue(accepted >= limit.burst(), "the burst is usable on either instance: " + accepted);
        assertTrue(accepted <= limit.burst() + (long) Math.ceil(limit.perSecond() * elapsedSeconds),
                accepted + " accepted in " + elapsedSeconds + " s: the instances do not share the bucket");
        RateLimits.Decision spent = replica.take(reader);
        assertFalse(spent.allowed() && spent.remaining() > 0, "the replica sees the spent bucket: " + spent);
        assertTrue(rateLimits.take(reader()).allowed(), "another client has a bucket of its own");
    }

    @Test
    void anUnreachableStoreMakesTheRequestUnavailableNotUnlimited() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/vhcs_gateway"); // nothing listens on port 1
        RateLimits cut = new RateLimits(security, new BucketStore(nowhere), gateway);
        RateLimits.Unavailable unavailable = assertThrows(RateLimits.Unavailable.class, () -> cut.take(reader()));
        assertEquals(gateway.retryAfter().toSeconds(), unavailable.retryAfterSeconds(), "Retry-After of the 503");
        assertNull(cut.take(new Caller("admin", Role.ADMIN, List.of(), List.of(), true)),
                "an unlimited role needs no bucket");
    }

    private static Caller reader() {
        return new Caller(UUID.randomUUID().toString(), Role.READER, List.of(), List.of("70"), false);
    }
}
