package vn.vhcs.aggregation.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vhcs.consumer")
public interface ConsumerConfig {

    /** Consumer group shared by all replicas. */
    @WithDefault("aggregation-service")
    String groupId();

    @WithDefault("500ms")
    Duration pollTimeout();

    /** Pause before retrying an event whose transaction failed (database unreachable, …). */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Off in tests that feed events to the applier directly. */
    @WithDefault("true")
    boolean enabled();
}
