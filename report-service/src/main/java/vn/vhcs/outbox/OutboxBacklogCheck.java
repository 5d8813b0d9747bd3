package vn.vhcs.outbox;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

/**
 * Not ready while an event has waited in the outbox longer than {@code vhcs.outbox.max-age}:
 * accepted reports are not reaching the statistics.
 */
@Readiness
@ApplicationScoped
@RequiredArgsConstructor
public class OutboxBacklogCheck implements HealthCheck {

    private final OutboxRepository repository;
    private final OutboxConfig config;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("outbox").withData("maxAge", config.maxAge().toString());
        try {
            Instant oldest = QuarkusTransaction.requiringNew().call(repository::oldestUndelivered);
            if (oldest == null) {
                return response.withData("oldestUndelivered", "none").up().build();
            }
            Duration age = Duration.between(oldest, Instant.now());
            return response.withData("oldestUndelivered", oldest.toString()).withData("ageSeconds", age.toSeconds())
                    .status(age.compareTo(config.maxAge()) <= 0).build();
        } catch (RuntimeException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
