package vn.vhcs.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vhcs.outbox")
public interface OutboxConfig {

    /** How often the relay looks for undelivered events. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** Events claimed and sent per relay round. */
    @WithDefault("200")
    int batchSize();

    /** Readiness turns DOWN when an undelivered event is older than this. */
    @WithDefault("5m")
    Duration maxAge();

    /** How long the relay waits for the broker to acknowledge a batch before retrying later. */
    @WithDefault("15s")
    Duration sendTimeout();
}
