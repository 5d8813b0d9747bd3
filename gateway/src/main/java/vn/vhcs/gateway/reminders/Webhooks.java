package vn.vhcs.gateway.reminders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends the pending webhooks as the Standard Webhooks specification has them ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}; {@link Signatures}) and retries a failed one
 * (no answer, or not 2xx) by {@link WebhookConfig#retrySchedule()}. Every attempt is kept in the
 * delivery; several gateway replicas share the work (each claims its rows). Redirects are not
 * followed: a portal that moved updates its URL.
 */
@ApplicationScoped
public class Webhooks {

    private final DeliveryStore store;
    private final WebhookConfig config;
    private final HttpClient http;

    public Webhooks(DeliveryStore store, WebhookConfig config) {
        this.store = store;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Scheduled(every = "${vhcs.webhooks.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (UUID id : store.claim()) {
            send(id);
        }
    }

    void send(UUID id) {
        DeliveryStore.Attempt attempt = store.prepare(id);
        if (attempt == null) {
            return;
        }
        Integer status = null;
        String error = null;
        try {
            // the attempt's own time: a portal refuses one signed too long ago (a replay)
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(Signatures.ID, id.toString())
                    .header(Signatures.TIMESTAMP, Long.toString(timestamp))
                    .header(Signatures.SIGNATURE, Signatures.header(attempt.secrets(), id.toString(), timestamp,
                            attempt.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } finally {
            store.record(id, status, error);
        }
    }

}
