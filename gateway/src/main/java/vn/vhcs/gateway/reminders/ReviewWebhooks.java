package vn.vhcs.gateway.reminders;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.gateway.clients.ApiClient;
import vn.vhcs.gateway.routing.Routes;

/**
 * Tells the portals acting for an agency that the board returned or accepted its report: when a
 * review forwarded to report-service succeeds, the report is read back and one webhook
 * ({@code event: REVIEWED}) is queued per portal client, sent and retried like the reminders.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ReviewWebhooks {

    public static final String EVENT = "REVIEWED";
    private static final Logger LOG = Logger.getLogger(ReviewWebhooks.class);
    private static final Pattern REVIEW = Pattern.compile("^/api/v1/reports/([^/]+)/review$");
    private static final Caller SELF = new Caller("gateway-webhooks", Role.ADMIN, List.of(), List.of(), true);

    private final DeliveryStore store;
    private final ServiceReads services;
    private final ObjectMapper json;
    /** Off the event loop, and off the answer's way: the board's request does not wait for it. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "review-webhooks");
        t.setDaemon(true);
        return t;
    });

    void install(@Observes Router router) {
        // after authentication, before forwarding: watch for the end of a successful review
        router.route("/api/v1/reports/*").order(Routes.FORWARD_ORDER - 1).handler(ctx -> {
            Matcher m = REVIEW.matcher(ctx.normalizedPath());
            if (ctx.request().method().name().equals("POST") && m.matches()) {
                String report = m.group(1);
                ctx.addEndHandler(done -> {
                    if (ctx.response().getStatusCode() == 200) {
                        worker.submit(() -> reviewed(report));
                    }
                });
            }
            ctx.next();
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    void reviewed(String reportId) {
        try {
            JsonNode report = read(reportId);
            JsonNode review = report.path("review");
            if (review.isMissingNode() || review.isNull()) {
                return; // revised again since: nothing stands to tell
            }
            String agency = report.path("agencyCode").asText();
            String province = report.path("provinceCode").asText();
            List<WebhookDelivery> queued = new ArrayList<>();
            Instant now = Instant.now();
            for (ApiClient portal : store.portalsWithWebhooks()) {
                if (!portal.actsFor(agency, province)) {
                    continue;
                }
                WebhookDelivery d = WebhookDelivery.pending(portal.id, portal.webhookUrl, EVENT,
                        report.path("roundCode").asText(), province, agency, now);
                d.body = body(d, report, review, now);
                queued.add(d);
            }
            store.queue(queued);
        } catch (RuntimeException e) {
            LOG.warnf("Portals not told of the review of report %s: %s", reportId, e.toString());
        }
    }

    private String body(WebhookDelivery d, JsonNode report, JsonNode review, Instant now) {
        String decision = review.path("decision").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", EVENT);
        body.put("deliveryId", d.id.toString());
        body.put("reportId", report.path("id").asText());
        body.put("version", report.path("version").asInt());
        body.put("roundCode", d.roundCode);
        body.put("provinceCode", d.provinceCode);
        body.put("agencyCode", d.agencyCode);
        body.put("decision", decision);
        if (review.hasNonNull("comment")) {
            body.put("comment", review.path("comment").asText());
        }
        body.put("message", Messages.get(Messages.VIETNAMESE, "ACCEPTED".equals(decision) ? "review.webhook.accepted"
                : "review.webhook.returned", d.agencyCode, d.roundCode));
        body.put("sentAt", now.toString());
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String reportId) {
        URI uri = services.reportService("/api/v1/reports/" + reportId);
        try {
            ServiceReads.Answer answer = services.get(uri, SELF);
            if (answer.status() != 200) {
                throw new IllegalStateException(uri + " answered " + answer.status());
            }
            return answer.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
