package vn.vhcs.gateway.reminders;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.gateway.clients.ApiClient;
import vn.vhcs.gateway.clients.ApiClientRepository;
import vn.vhcs.gateway.routing.GatewayConfig;
import vn.vhcs.gateway.security.DownstreamTokens;

/**
 * Reminds the agencies of a province that have not reported for a round: one webhook per agency to
 * each portal client acting for it (its agencies or its provinces) that has a webhook, queued in
 * the delivery log and sent by {@link Webhooks}. Which agencies: aggregation-service's missing
 * agencies, the same ones {@code agenciesMissing} counts. Agencies with an e-mail address are
 * also mailed ({@link ReminderMails}).
 */
@ApplicationScoped
public class Reminders {

    public static final String EVENT = "REMINDER";
    /** The identity the gateway asks aggregation-service with: it reads every province. */
    private static final Caller SELF = new Caller("gateway-reminders", Role.ADMIN, List.of(), List.of(), true);

    private final ApiClientRepository clients;
    private final WebhookDeliveryRepository deliveries;
    private final GatewayConfig gateway;
    private final DownstreamTokens tokens;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ReminderMails mails;

    public Reminders(ApiClientRepository clients, WebhookDeliveryRepository deliveries, GatewayConfig gateway,
            DownstreamTokens tokens, ObjectMapper json, ReminderMails mails) {
        this.mails = mails;
        this.clients = clients;
        this.deliveries = deliveries;
        this.gateway = gateway;
        this.tokens = tokens;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(gateway.connectTimeout()).build();
    }

    record Missing(String code, String name) {
    }

    @Transactional
    public ReminderRun run(String round, String province, Caller caller) {
        if (!caller.admin() && !caller.boards(province)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
        List<Missing> missing = missing(round, province);
        List<ApiClient> portals = clients.list("role = ?1 and revokedAt is null and webhookUrl is not null",
                Role.SUBMITTER);
        Instant now = Instant.now();
        int sent = 0;
        List<String> untold = new ArrayList<>();
        for (Missing agency : missing) {
            boolean told = false;
            for (ApiClient portal : portals) {
                if (!portal.agencies.contains(agency.code()) && !portal.provinces.contains(province)) {
                    continue;
                }
                WebhookDelivery d = new WebhookDelivery();
                d.id = UUID.randomUUID();
                d.clientId = portal.id;
                d.event = EVENT;
                d.roundCode = round;
                d.provinceCode = province;
                d.agencyCode = agency.code();
                d.url = portal.webhookUrl;
                d.body = body(d, agency, now);
                d.status = WebhookDelivery.PENDING;
                d.createdAt = now;
                d.nextAttemptAt = now;
                deliveries.persist(d);
                sent++;
                told = true;
            }
            if (!told) {
                untold.add(agency.code());
            }
        }
        ReminderMails.Sent mailed = mails.send(round, province, missing);
        return new ReminderRun(round, province, missing.size(), sent, untold, mailed.sent(), mailed.failed());
    }

    private String body(WebhookDelivery d, Missing agency, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
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

    /** Every missing agency, page by page, from aggregation-service; its 404 and 503 pass through. */
    private List<Missing> missing(String round, String province) {
        List<Missing> all = new ArrayList<>();
        for (int page = 0;; page++) {
            URI uri = gateway.aggregationServiceUrl().resolve("/api/v1/statistics/rounds/"
                    + URLEncoder.encode(round, StandardCharsets.UTF_8) + "/provinces/"
                    + URLEncoder.encode(province, StandardCharsets.UTF_8) + "/missing-agencies?size=200&page=" + page);
            JsonNode answer;
            int status;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(gateway.requestTimeout()).header("Accept", "application/json")
                        .header("Authorization", "Bearer " + tokens.tokenFor(SELF)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                answer = json.readTree(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("gateway.unavailable"));
            } catch (Exception e) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("gateway.unavailable"));
            }
            if (status == 404 || status == 400) {
                throw new ProblemException(status == 404 ? ProblemType.NOT_FOUND : ProblemType.VALIDATION,
                        answer.path("detail").asText(Messages.get("path.not-found.api")));
            }
            if (status != 200) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("gateway.unavailable"));
            }
            for (JsonNode item : answer.path("items")) {
                all.add(new Missing(item.path("code").asText(), item.path("name").asText(null)));
            }
            if (all.size() >= answer.path("total").asLong() || answer.path("items").isEmpty()) {
                return all;
            }
        }
    }
}
