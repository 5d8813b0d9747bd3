package vn.vhcs.gateway.reminders;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.vhcs.gateway.DownstreamStubs;
import vn.vhcs.gateway.clients.ApiClient;
import vn.vhcs.gateway.clients.WebhookSecrets;

/**
 * Webhooks as a portal sees them, checked by a verifier written from the Standard Webhooks
 * specification: signed headers, retries until a refusing portal accepts, the delivery log (the
 * admin's and the portal's own), redelivery, and a rotated secret signing beside the old one. The
 * retry schedule is a few seconds long here ({@code %test.vhcs.webhooks.retry-schedule}).
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class WebhooksTest {

    static final String PROVINCE = "01"; // Thành phố Hà Nội
    static PortalReceiver portal;

    record Portal(String id, String key, String secret) {
    }

    @BeforeAll
    static void start() throws Exception {
        portal = new PortalReceiver();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Portal portal(String path, String agency) {
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công " + agency,
                "role", "SUBMITTER", "agencies", List.of(agency), "webhookUrl", portal.url(path)))
                .post("/api/v1/clients").then().statusCode(201)
                .body("webhookSecret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$")).extract().jsonPath();
        return new Portal(created.getString("id"), created.getString("key"), created.getString("webhookSecret"));
    }

    /** The board reminds the one agency that has not reported for {@code round}: one webhook to its portal. */
    static void remind(String round, String agency) {
        String missing = "/api/v1/statistics/rounds/" + round + "/provinces/" + PROVINCE + "/missing-agencies";
        DownstreamStubs.answer(missing, new JsonObject().put("total", 1).put("items",
                new JsonArray().add(new JsonObject().put("code", agency).put("name", "Sở Nội vụ thành phố Hà Nội"))));
        try {
            given().post("/api/v1/rounds/" + round + "/provinces/" + PROVINCE + "/reminders").then().statusCode(202)
                    .body("webhooks", equalTo(1));
        } finally {
            DownstreamStubs.forget(missing);
        }
    }

    static JsonPath log(Portal p) {
        return given().get("/api/v1/clients/" + p.id() + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aWebhookCarriesTheStandardHeadersAndVerifiesWithThePortalsSecret() {
        Portal p = portal("/signed", "01.SNV");
        remind("WEBHOOKS-SIGNED-2026", "01.SNV");

        await().atMost(Duration.ofSeconds(20)).until(() -> portal.at("/signed").size() == 1);
        PortalReceiver.Received got = portal.at("/signed").get(0);
        new StandardWebhooksVerifier(p.secret()).verify(got.id(), got.timestamp(), got.signature(), got.body());
        assertTrue(got.signature().matches("^v1,[A-Za-z0-9+/]{43}=$"), got.signature());
        // the id is the delivery's, the timestamp the attempt's
        assertEquals(log(p).getString("items[0].id"), got.id());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(got.timestamp())) < 60);
        JsonObject body = new JsonObject(got.body());
        assertEquals("report.reminder", body.getString("type"));
        assertDocumented("reportReminder", body);
        assertEquals("01.SNV", body.getJsonObject("agency").getString("code"));
        // what the signature covers: another body, id or timestamp does not verify, nor another secret
        StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(p.secret());
        assertFalse(verifier.verifies(got.id(), got.timestamp(), got.signature(), got.body().replace("01.SNV", "01.STC")));
        assertFalse(verifier.verifies(got.id() + "x", got.timestamp(), got.signature(), got.body()));
        assertFalse(verifier.verifies(got.id(), Long.toString(Long.parseLong(got.timestamp()) - 1), got.signature(),
                got.body()));
        assertFalse(new StandardWebhooksVerifier(WebhookSecrets.generate()).verifies(got.id(), got.timestamp(),
                got.signature(), got.body()));
    }

    /**
     * The served OpenAPI document describes the webhook as it is sent: its body's members are the
     * schema's properties, every required one there, and the three Standard Webhooks headers.
     */
    static void assertDocumented(String webhook, JsonObject body) {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        String ref = doc.getString("webhooks." + webhook + ".post.requestBody.content.'application/json'.schema.$ref");
        String schema = "components.schemas." + ref.substring(ref.lastIndexOf('/') + 1);
        Map<String, Object> schemaProperties = doc.getMap(schema + ".properties");
        java.util.Set<String> properties = schemaProperties.keySet();
        assertTrue(properties.containsAll(body.fieldNames()), body.fieldNames() + " documented in " + properties);
        assertTrue(body.fieldNames().containsAll(doc.getList(schema + ".required")), "required members sent");
        assertEquals(List.of("webhook-id", "webhook-timestamp", "webhook-signature"),
                doc.getList("webhooks." + webhook + ".post.parameters.$ref", String.class).stream()
                        .map(p -> doc.getString("components.parameters." + p.substring(p.lastIndexOf('/') + 1) + ".name"))
                        .toList());
    }

    @Test
    void aPortalThatRefusesIsTriedAgainByTheScheduleUntilItAccepts() {
        Portal p = portal("/down-then-up", "01.SYT");
        portal.refuse("/down-then-up", 503, 502, 500);
        remind("WEBHOOKS-RETRIED-2026", "01.SYT");

        // while it refuses: pending, its last answer and the next attempt in the log
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath log = log(p);
            assertEquals("PENDING", log.getString("items[0].state"));
            assertTrue(log.getInt("items[0].attempts") >= 1);
            assertTrue(List.of(503, 502, 500).contains(log.getInt("items[0].lastStatus")));
            assertTrue(log.getString("items[0].nextAttemptAt") != null);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath log = log(p);
            assertEquals("DELIVERED", log.getString("items[0].state"));
            assertEquals(4, log.getInt("items[0].attempts"));
            assertEquals(200, log.getInt("items[0].lastStatus"));
            assertEquals(null, log.getString("items[0].nextAttemptAt"));
        });
        // every attempt was the same webhook, each signed anew for its own timestamp
        List<PortalReceiver.Received> attempts = portal.at("/down-then-up");
        assertEquals(4, attempts.size());
        assertEquals(1, attempts.stream().map(PortalReceiver.Received::id).distinct().count());
        StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(p.secret());
        attempts.forEach(a -> verifier.verify(a.id(), a.timestamp(), a.signature(), a.body()));
    }

    @Test
    void aPortalReadsAndRedeliversItsOwnDeliveriesAndOnlyThose() {
        Portal p = portal("/redelivered", "01.SXD");
        Portal other = portal("/other", "01.SGTVT");
        remind("WEBHOOKS-REDELIVERED-2026", "01.SXD");
        await().atMost(Duration.ofSeconds(20)).until(() -> portal.at("/redelivered").size() == 1);
        String id = portal.at("/redelivered").get(0).id();

        given().header("Authorization", "Bearer " + p.key()).get("/api/v1/clients/me/deliveries").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].event", equalTo("REMINDER"));
        given().header("Authorization", "Bearer " + other.key()).get("/api/v1/clients/me/deliveries").then()
                .statusCode(200).body("total", equalTo(0));
        // another client's log and redelivery stay closed to a portal
        given().header("Authorization", "Bearer " + other.key()).get("/api/v1/clients/" + p.id() + "/deliveries")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + other.key())
                .post("/api/v1/clients/me/deliveries/" + id + "/redeliver").then().statusCode(404);

        // the admin redelivers: the same webhook-id again
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(log(p).getString("items[0].state")));
        given().post("/api/v1/clients/" + p.id() + "/deliveries/" + id + "/redeliver").then().statusCode(202)
                .body("id", equalTo(id)).body("state", equalTo("PENDING")).body("nextAttemptAt", notNullValue());
        await().atMost(Duration.ofSeconds(20)).until(() -> portal.at("/redelivered").size() == 2);
        // and so does the portal itself
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(log(p).getString("items[0].state")));
        given().header("Authorization", "Bearer " + p.key()).post("/api/v1/clients/me/deliveries/" + id + "/redeliver")
                .then().statusCode(202).body("state", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertEquals(3, portal.at("/redelivered").size());
            assertEquals("DELIVERED", log(p).getString("items[0].state"));
            assertEquals(3, log(p).getInt("items[0].attempts"));
        });
        assertEquals(List.of(id, id, id), portal.at("/redelivered").stream().map(PortalReceiver.Received::id).toList());
        assertEquals(0, portal.at("/other").size());

        given().post("/api/v1/clients/" + p.id() + "/deliveries/" + java.util.UUID.randomUUID() + "/redeliver").then()
                .statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/clients/" + other.id() + "/deliveries/" + id + "/redeliver").then().statusCode(404);
        given().post("/api/v1/clients/" + p.id() + "/deliveries/not-a-uuid/redeliver").then().statusCode(404);
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneForTheOverlap() {
        Portal p = portal("/rotated", "01.SCT");
        JsonPath rotated = given().post("/api/v1/clients/" + p.id() + "/webhook-secret").then().statusCode(201)
                .body("webhookSecret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$")).extract().jsonPath();
        String secret = rotated.getString("webhookSecret");
        assertNotEquals(p.secret(), secret);
        Instant until = Instant.parse(rotated.getString("previousSecretValidUntil"));
        assertTrue(Duration.between(Instant.now(), until).compareTo(Duration.ofHours(23)) > 0, until::toString);

        remind("WEBHOOKS-ROTATED-2026", "01.SCT");
        await().atMost(Duration.ofSeconds(20)).until(() -> portal.at("/rotated").size() == 1);
        PortalReceiver.Received got = portal.at("/rotated").get(0);
        assertEquals(2, got.signature().split(" ").length, got.signature());
        new StandardWebhooksVerifier(secret).verify(got.id(), got.timestamp(), got.signature(), got.body());
        new StandardWebhooksVerifier(p.secret()).verify(got.id(), got.timestamp(), got.signature(), got.body());

        // the secret is never shown again
        given().get("/api/v1/clients?size=200").then().statusCode(200)
                .body("items.findAll { it.id == '" + p.id() + "' }.webhookSecret", everyItem(equalTo(null)));
        given().header("Authorization", "Bearer " + p.key()).post("/api/v1/clients/" + p.id() + "/webhook-secret")
                .then().statusCode(403);
        given().post("/api/v1/clients/" + java.util.UUID.randomUUID() + "/webhook-secret").then().statusCode(404);
        String reader = given().contentType(ContentType.JSON).body(Map.of("name", "Bảng điều khiển Hà Nội",
                "role", "READER", "provinces", List.of(PROVINCE))).post("/api/v1/clients").then().statusCode(201)
                .extract().path("id");
        given().post("/api/v1/clients/" + reader + "/webhook-secret").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theReplacedSecretStopsSigningWhenTheOverlapEnds() {
        ApiClient client = new ApiClient();
        client.webhookSecret = WebhookSecrets.generate();
        client.webhookPreviousSecret = WebhookSecrets.generate();
        client.webhookPreviousSecretUntil = Instant.parse("2026-12-08T02:00:00Z");
        assertEquals(List.of(client.webhookSecret, client.webhookPreviousSecret),
                client.webhookSecretsAt(Instant.parse("2026-12-08T01:59:59Z")));
        assertEquals(List.of(client.webhookSecret), client.webhookSecretsAt(Instant.parse("2026-12-08T02:00:00Z")));
    }
}
