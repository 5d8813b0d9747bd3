package vn.vhcs.gateway.reminders;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered: attempts, backoff and timeout. */
@ConfigMapping(prefix = "vhcs.webhooks")
public interface WebhookConfig {

    /** Attempts per delivery before it is given up (FAILED). */
    @WithDefault("5")
    int maxAttempts();

    /** The wait after the first failed attempt; doubled after each further one. */
    @WithDefault("1s")
    Duration backoff();

    /** How often the deliveries due are looked for (read by the scheduled job, declared here to be known). */
    @WithDefault("1s")
    Duration poll();

    /** How long a portal has to answer one attempt. */
    @WithDefault("5s")
    Duration timeout();
}
