package vn.vhcs.gateway.security;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Token buckets in the gateway's database (table rate_limit_bucket), so that every replica takes
 * from the same bucket. One transaction per request: SELECT … FOR UPDATE of the client's row, the
 * new state written back, commit. The row lock (not an advisory lock) saves a round trip. Bucket4j's
 * batching optimisation is left out: its combined command fails, instead of creating the bucket, when
 * the row does not exist yet.
 */
@ApplicationScoped
public class BucketStore {

    private static final Logger LOG = Logger.getLogger(BucketStore.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

    public BucketStore(DataSource dataSource) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a bucket that has refilled to full holds nothing worth keeping
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** The shared bucket named {@code key}; {@code configuration} is asked only when the row does not exist yet. */
    public BucketProxy bucket(String key, Supplier<BucketConfiguration> configuration) {
        return proxies.builder().build(key, configuration);
    }

    void removeExpired(@Observes StartupEvent start) {
        int removed = proxies.removeExpired(1000);
        if (removed > 0) {
            LOG.debugf("removed %d expired rate-limit buckets", removed);
        }
    }
}
