package vn.vhcs.gateway.reminders;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import vn.vhcs.gateway.DownstreamStubs;
import vn.vhcs.testing.ManagementInterface;
import vn.vhcs.testing.PrometheusMetrics;

/**
 * The delivery metrics move with what really happens: a portal that answers 200 (delivered), one
 * that answers 503 to the last attempt (gave up), a client that is gone, a delivery left pending
 * (the oldest pending age), and reminder e-mails to a real SMTP server, up and then down.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
@QuarkusTestResource(value = DeliveryMetricsTest.Smtp.class, restrictToAnnotatedClass = true)
class DeliveryMetricsTest {

    static final String ROUND = "METRICS-2026";
    static final String PROVINCE = "79"; // Thành phố Hồ Chí Minh
    static final String AGENCY = "79.SNV";
    static final String MISSING = "/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE + "/missing-agencies";
    static final String AGENCIES = "/api/v1/agencies?province=" + PROVINCE;

    /** GreenMail for this class only; the gateway's mailer is real here (not the test mode's mock). */
    public static class Smtp implements QuarkusTestResourceLifecycleManager {
        static GreenMail smtp;

        @Override
        public Map<String, String> start() {
            int port = freePort();
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.start-tls", "DISABLED",
                    "vhcs.reminders.mail-from", "vhcs@thiduakhenthuong.gov.vn");
        }

        @Override
        public void stop() {
            if (smtp != null) {
                smtp.stop();
            }
        }
    }

    static Vertx vertx;
    /** A portal's webhook receiver: 200 on /ok, 503 on /down. */
    static HttpServer portal;

    @Inject
    DeliveryStore store;
    @Inject
    WebhookDeliveryRepository deliveries;
    @Inject
    WebhookConfig config;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        portal = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> req.response()
                .setStatusCode(req.path().equals("/ok") ? 200 : 503).end())).listen(0).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        DownstreamStubs.answer(MISSING, new JsonObject().put("total", 1).put("items",
                new JsonArray().add(new JsonObject().put("code", AGENCY).put("name", "Sở Nội vụ Thành phố Hồ Chí Minh"))));
        DownstreamStubs.answer(AGENCIES, new JsonObject().put("total", 1).put("items",
                new JsonArray().add(new JsonObject().put("code", AGENCY).put("email", "vanthu.snv@tphcm.gov.vn"))));
    }

    @AfterAll
    static void stop() {
        DownstreamStubs.forget(MISSING);
        DownstreamStubs.forget(AGENCIES);
        if (vertx != null) {
            vertx.close();
        }
    }

    static double metric(String name, String outcome) {
        return PrometheusMetrics.value(name, "outcome=\"" + outcome + "\"");
    }

    static String portalUrl(String path) {
        return "http://localhost:" + portal.actualPort() + path;
    }

    @Test
    void aReminderDeliveredAndMailedIsCountedAndAFailedMailToo() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công TP Hồ Chí Minh",
                "role", "SUBMITTER", "agencies", List.of(AGENCY), "webhookUrl", portalUrl("/ok")))
                .post("/api/v1/clients").then().statusCode(201);
        double delivered = metric("vhcs_webhook_deliveries_total", "delivered");
        double succeeded = metric("vhcs_webhook_attempts_total", "succeeded");
        double sent = metric("vhcs_email_deliveries_total", "sent");
        double failed = metric("vhcs_email_deliveries_total", "failed");

        given().post("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/reminders").then().statusCode(202)
                .body("webhooks", equalTo(1)).body("emails", equalTo(1)).body("emailsFailed", equalTo(0));
        assertEquals(sent + 1, metric("vhcs_email_deliveries_total", "sent"));
        assertEquals(1, Smtp.smtp.getReceivedMessages().length);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertEquals(delivered + 1, metric("vhcs_webhook_deliveries_total", "delivered"));
            assertEquals(succeeded + 1, metric("vhcs_webhook_attempts_total", "succeeded"));
        });

        // the SMTP server goes away: the next run's e-mail fails, and is counted so
        Smtp.smtp.stop();
        given().post("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/reminders").then().statusCode(202)
                .body("emails", equalTo(0)).body("emailsFailed", equalTo(1));
        assertEquals(failed + 1, metric("vhcs_email_deliveries_total", "failed"));
        assertEquals(sent + 1, metric("vhcs_email_deliveries_total", "sent"));
    }

    @Test
    void aDeliveryWhoseLastAttemptFailsIsGivenUpAndOneToAGoneClientIsCounted() {
        String client = given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công tỉnh Đồng Nai",
                "role", "SUBMITTER", "agencies", List.of("75.SNV"), "webhookUrl", portalUrl("/down")))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        double gaveUp = metric("vhcs_webhook_deliveries_total", "gave_up");
        double failedAttempts = metric("vhcs_webhook_attempts_total", "failed");
        double gone = metric("vhcs_webhook_deliveries_total", "client_gone");

        WebhookDelivery last = delivery(UUID.fromString(client), portalUrl("/down"), Instant.now());
        last.attempts = config.retrySchedule().size(); // every retry spent: the next attempt is the last
        WebhookDelivery orphan = delivery(UUID.randomUUID(), portalUrl("/ok"), Instant.now());
        store.queue(List.of(last, orphan));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertEquals(gaveUp + 1, metric("vhcs_webhook_deliveries_total", "gave_up"));
            assertEquals(failedAttempts + 1, metric("vhcs_webhook_attempts_total", "failed"));
            assertEquals(gone + 1, metric("vhcs_webhook_deliveries_total", "client_gone"));
        });
    }

    @Test
    void theOldestPendingDeliveryIsMeasuredAndForgottenOnceItIsGone() {
        // created ten minutes ago, next tried in an hour: pending all through the test
        WebhookDelivery waiting = delivery(UUID.randomUUID(), portalUrl("/ok"), Instant.now().minusSeconds(600));
        waiting.nextAttemptAt = Instant.now().plusSeconds(3600);
        store.queue(List.of(waiting));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertTrue(PrometheusMetrics.value("vhcs_webhook_oldest_pending_age_seconds") >= 600, DeliveryMetricsTest::gauges);
            assertTrue(PrometheusMetrics.value("vhcs_webhook_pending") >= 1, DeliveryMetricsTest::gauges);
        });
        QuarkusTransaction.requiringNew().run(() -> deliveries.deleteById(waiting.id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertTrue(
                PrometheusMetrics.value("vhcs_webhook_oldest_pending_age_seconds") < 600, DeliveryMetricsTest::gauges));
    }

    static String gauges() {
        return ManagementInterface.given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("vhcs_webhook_")).toList().toString();
    }

    static WebhookDelivery delivery(UUID client, String url, Instant created) {
        WebhookDelivery d = WebhookDelivery.pending(client, url, Reminders.EVENT, ROUND, PROVINCE, AGENCY, created);
        d.body = "{\"event\":\"REMINDER\"}";
        return d;
    }

    static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
