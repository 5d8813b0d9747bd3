package vn.vhcs.gateway.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The retry schedule a deployment gets when it configures none: a portal down for a day still gets its webhooks. */
class WebhookConfigTest {

    @Test
    void theDefaultScheduleRetriesForMoreThanADayAndARotatedSecretOverlapsADay() {
        // durations read as Quarkus reads them ("5s", "24h")
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(WebhookConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter()).build();
        WebhookConfig webhooks = config.getConfigMapping(WebhookConfig.class);
        Duration total = webhooks.retrySchedule().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofHours(24)) >= 0, total::toString);
        assertEquals(Duration.ofSeconds(5), webhooks.retrySchedule().get(0), "the first retry comes soon");
        assertEquals(Duration.ofHours(24), webhooks.rotationOverlap());
    }
}
