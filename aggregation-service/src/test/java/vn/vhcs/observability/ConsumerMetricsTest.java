package vn.vhcs.observability;

import vn.vhcs.testing.PrometheusMetrics;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;

/** Events applied and skipped, their freshness and the consumer lag are on /q/metrics of the management interface. */
@QuarkusTest
class ConsumerMetricsTest {

    @Test
    void appliedAndDuplicateEventsAreCounted() {
        double applied = PrometheusMetrics.value("vhcs_events_applied_total");
        double duplicates = PrometheusMetrics.value("vhcs_events_skipped_total", "reason=\"duplicate\"");
        double timed = PrometheusMetrics.value("vhcs_events_freshness_seconds_count");
        try (TestEvents events = new TestEvents()) {
            ObjectNode event = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "39.M", "39", 1);
            events.send(event);
            events.send(event);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusMetrics.value("vhcs_events_applied_total") >= applied + 1
                && PrometheusMetrics.value("vhcs_events_skipped_total", "reason=\"duplicate\"") >= duplicates + 1);
        // the applied report event's freshness is timed once (its duplicate is not), in the dashboard's buckets
        await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusMetrics.value("vhcs_events_freshness_seconds_count") >= timed + 1);
        String exposed = vn.vhcs.testing.ManagementInterface.given().get("/q/metrics").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(exposed.lines().anyMatch(l -> l.startsWith("vhcs_events_freshness_seconds_bucket")
                && l.contains("le=\"1.0\"")), "the 1 s bucket the dashboard's quantiles read");
        // the consumer's lag comes from the Kafka client's own metrics, bound by Quarkus' Micrometer binder
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = vn.vhcs.testing.ManagementInterface.given().get("/q/metrics").then().extract().asString();
            org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"),
                    () -> "Kafka metrics: " + metrics.lines().filter(l -> l.startsWith("kafka")).limit(30).toList());
        });
    }
}
