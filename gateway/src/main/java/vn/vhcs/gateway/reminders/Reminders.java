package vn.vhcs.gateway.reminders;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.gateway.clients.ApiClient;

/**
 * Reminds the agencies of a province that have not reported for a round: one webhook per agency to
 * each portal client acting for it (its agencies or its provinces) that has a webhook, queued in
 * the delivery log and sent by {@link Webhooks}. Which agencies: aggregation-service's missing
 * agencies, the same ones {@code agenciesMissing} counts. Agencies with an e-mail address are
 * also mailed ({@link ReminderMails}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Reminders {

    public static final String EVENT = "REMINDER";
    /** The payload's {@code type}, as the Standard Webhooks specification names events. */
    public static final String TYPE = "report.reminder";
    /** The identity the gateway asks aggregation-service with: it reads every province. */
    private static final Caller SELF = new Caller("gateway-reminders", Role.ADMIN, List.of(), List.of(), true);

    private final ServiceReads services;
    private final DeliveryStore store;
    private final ObjectMapper json;
    private final ReminderMails mails;

    record Missing(String code, String name) {
    }

    /** No transaction is held while the services and the mail server are asked: the queue is written in one. */
    public ReminderRun run(String round, String province, Caller caller) {
        if (!caller.admin() && !caller.boards(province)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
        List<Missing> missing = missing(round, province);
        List<ApiClient> portals = store.portalsWithWebhooks();
        Instant now = Instant.now();
        List<WebhookDelivery> queued = new ArrayList<>();
        List<String> untold = new ArrayList<>();
        for (Missing agency : missing) {
            boolean told = false;
            for (ApiClient portal : portals) {
                if (!portal.actsFor(agency.code(), province)) {
                    continue;
                }
                WebhookDelivery d = WebhookDelivery.pending(portal.id, portal.webhookUrl, EVENT, round, province,
                        agency.code(), now);
                d.body = body(d, agency, now);
                d.actedBy = caller.actor();
                d.actedThrough = caller.through();
                queued.add(d);
                told = true;
            }
            if (!told) {
                untold.add(agency.code());
            }
        }
        store.queue(queued);
        ReminderMails.Sent mailed = mails.send(round, province, missing);
        return new ReminderRun(round, province, missing.size(), queued.size(), untold, mailed.sent(), mailed.failed(),
                caller.actor(), caller.through());
    }

    private String body(WebhookDelivery d, Missing agency, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("timestamp", now.toString());
        body.put("event", EVENT);
        body.put("deliveryId", d.id.toString());
        body.put("roundCode", d.roundCode);
        body.put("provinceCode", d.provinceCode);
        body.put("agency", Map.of("code", agency.code(), "name", agency.name() == null ? "" : agency.name()));
        body.put("message", Messages.get(Messages.VIETNAMESE, "reminder.webhook", agency.name(), agency.code(),
                d.roundCode, d.provinceCode));
        body.put("sentAt", now.toString());
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every missing agency, page by page, from aggregation-service; its 404 and 400 pass through. */
    private List<Missing> missing(String round, String province) {
        URI list = services.aggregationService("/api/v1/statistics/rounds/"
                + URLEncoder.encode(round, StandardCharsets.UTF_8) + "/provinces/"
                + URLEncoder.encode(province, StandardCharsets.UTF_8) + "/missing-agencies");
        List<JsonNode> items;
        try {
            items = services.items(list, SELF, answer -> answer.status() == 404 || answer.status() == 400
                    ? new ProblemException(answer.status() == 404 ? ProblemType.NOT_FOUND : ProblemType.VALIDATION,
                            answer.body().path("detail").asText(Messages.get("path.not-found.api")))
                    : new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("gateway.unavailable")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("gateway.unavailable"));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("gateway.unavailable"));
        }
        List<Missing> all = new ArrayList<>();
        for (JsonNode item : items) {
            all.add(new Missing(item.path("code").asText(), item.path("name").asText(null)));
        }
        return all;
    }
}
