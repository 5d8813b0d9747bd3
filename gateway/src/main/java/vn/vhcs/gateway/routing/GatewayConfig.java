package vn.vhcs.gateway.routing;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vhcs.gateway")
public interface GatewayConfig {

    /** Base URL of report-service (reports and registry). */
    URI reportServiceUrl();

    /** Base URL of aggregation-service (statistics). */
    URI aggregationServiceUrl();

    @WithDefault("30s")
    Duration requestTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Sent as {@code Retry-After} when a service is unreachable. */
    @WithDefault("5s")
    Duration retryAfter();
}
