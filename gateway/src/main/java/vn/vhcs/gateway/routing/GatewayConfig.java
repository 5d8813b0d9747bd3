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

    /** The statistics answers the gateway keeps and answers again while unchanged (vn.vhcs.gateway.statistics). */
    StatisticsCache statisticsCache();

    interface StatisticsCache {

        /** Off: every statistics read goes to aggregation-service. */
        @WithDefault("true")
        boolean enabled();

        /** Answers kept at most (each at most {@link #maxBodySize()}): the least recently used go first. */
        @WithDefault("10000")
        long maxEntries();

        /** An answer is kept at most this long, even without a notice: what a lost notice can cost. */
        @WithDefault("30s")
        Duration maxAge();

        /** Answers with a longer body (a big workbook) are forwarded, never kept. */
        @WithDefault("524288")
        int maxBodySize();
    }
}
