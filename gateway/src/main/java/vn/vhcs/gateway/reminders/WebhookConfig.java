package vn.vhcs.gateway.reminders;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered: the retry schedule, the timeout and the overlap of a rotated secret. */
@ConfigMapping(prefix = "vhcs.webhooks")
public interface WebhookConfig {

    /**
     * The waits before each retry after a failed attempt (no answer, or not 2xx), in order; when they
     * are spent the delivery is given up (FAILED). The default is the Standard Webhooks example,
     * about 75 hours from the first attempt to the last: a portal down for a day still gets it.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,14h,20h,24h")
    List<Duration> retrySchedule();

    /**
     * Up to this share of each wait is added at random, so that the retries of many deliveries that
     * failed together (a portal's outage) do not all arrive again in the same second.
     */
    @WithDefault("0.1")
    double jitter();

    /** How often the deliveries due are looked for (read by the scheduled job, declared here to be known). */
    @WithDefault("1s")
    Duration poll();

    /** How long a portal has to answer one attempt (the specification recommends 15 to 30 s). */
    @WithDefault("15s")
    Duration timeout();

    /** How long the secret a rotation replaces still signs, beside the new one. */
    @WithDefault("24h")
    Duration rotationOverlap();
}
