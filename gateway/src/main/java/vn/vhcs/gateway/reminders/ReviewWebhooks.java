package vn.vhcs.gateway.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.ReportEvent;
import vn.vhcs.contract.ReportEventType;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.ReviewDecision;
import vn.vhcs.gateway.clients.ApiClient;

/**
 * Tells the portals acting for an agency that the board returned or accepted its report, from the
 * report's own event on {@code report-events}: the review is a {@code ReportRevised} event whose
 * state carries the review of the version before it. One webhook ({@code event: REVIEWED}) is
 * queued per portal client, in the transaction that keeps the event's id, and sent and retried like
 * the reminders. The offset is committed only after that transaction: a gateway that stops in
 * between reads the event again, and the kept id makes the second reading queue nothing.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ReviewWebhooks {

    public static final String EVENT = "REVIEWED";
    /** The payload's {@code type}, as the Standard Webhooks specification names events. */
    public static final String TYPE = "report.reviewed";
    private static final Logger LOG = Logger.getLogger(ReviewWebhooks.class);

    private final DeliveryStore store;
    private final ObjectMapper json;

    /** While the database is away the event is tried again, for as long as it takes, before the next one. */
    @Incoming("report-events")
    @Blocking(ordered = true)
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200, retryOn = RuntimeException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(ConsumerRecord<String, byte[]> record) {
        if (!mayBeReview(record)) {
            return; // a submission's or withdrawal's event, not decoded: most of the topic, 8 KB each
        }
        ReportEvent event;
        try {
            event = EventCodec.reportEvent(record.value());
        } catch (EventCodec.MalformedEventException e) {
            LOG.errorf("Skipping malformed event %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        if (!isReview(event)) {
            return;
        }
        List<WebhookDelivery> queued = deliveries(event);
        if (!store.queueOnce(event.eventId(), queued)) {
            LOG.debugf("Review event %s seen before: nothing queued again", event.eventId());
        }
    }

    /**
     * Whether the record may hold a decision, from its type header (the relay sets it on every event):
     * only a revision can. A record without the header is decoded to be sure.
     */
    static boolean mayBeReview(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return type == null || ReportEventType.ReportRevised.name().equals(new String(type.value(), StandardCharsets.UTF_8));
    }

    /** The event of a board's decision, not a later one that still carries it (a revision clears it). */
    static boolean isReview(ReportEvent event) {
        ReportState state = event.payload();
        return event.type() == ReportEventType.ReportRevised && state != null && state.review() != null
                && state.review().reviewedVersion() != null && event.version() == state.review().reviewedVersion() + 1;
    }

    private List<WebhookDelivery> deliveries(ReportEvent event) {
        ReportState report = event.payload();
        List<WebhookDelivery> queued = new ArrayList<>();
        Instant now = Instant.now();
        for (ApiClient portal : store.portalsWithWebhooks()) {
            if (!portal.actsFor(report.agencyCode(), report.provinceCode())) {
                continue;
            }
            WebhookDelivery d = WebhookDelivery.pending(portal.id, portal.webhookUrl, EVENT, report.roundCode(),
                    report.provinceCode(), report.agencyCode(), now);
            d.body = body(d, event);
            queued.add(d);
        }
        return queued;
    }

    private String body(WebhookDelivery d, ReportEvent event) {
        ReportState.Review review = event.payload().review();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("timestamp", (review.reviewedAt() == null ? event.occurredAt() : review.reviewedAt()).toString());
        body.put("event", EVENT);
        body.put("deliveryId", d.id.toString());
        body.put("reportId", event.reportId().toString());
        body.put("version", event.version());
        body.put("roundCode", d.roundCode);
        body.put("provinceCode", d.provinceCode);
        body.put("agencyCode", d.agencyCode);
        body.put("decision", review.decision());
        if (review.comment() != null) {
            body.put("comment", review.comment());
        }
        body.put("message", Messages.get(Messages.VIETNAMESE, ReviewDecision.ACCEPTED.name().equals(review.decision())
                ? "review.webhook.accepted" : "review.webhook.returned", d.agencyCode, d.roundCode));
        body.put("sentAt", d.createdAt.toString());
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
