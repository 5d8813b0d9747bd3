package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import vn.vhcs.gateway.reminders.WebhookDeliveryRepository;

/**
 * Idempotency-Key on the gateway's own unsafe operations (issue 23): client creation and reminders. The
 * same key twice has one effect and the second answer says {@code Idempotent-Replayed: true}; the same
 * key with another request is a 422; without a key each request acts, as before; keys are per client.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
@QuarkusTestResource(value = SafeRetriesTest.MailFrom.class, restrictToAnnotatedClass = true)
class SafeRetriesTest {

    static final String ROUND = "RETRY-2026";
    static final String PROVINCE = "01"; // Thành phố Hà Nội
    static final String AGENCY = "01.SNV";
    static final String ADDRESS = "vanthu.snv@hanoi.gov.vn";
    static final String MISSING = "/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE + "/missing-agencies";
    static final String AGENCIES = "/api/v1/agencies?province=" + PROVINCE;
    static final String REMIND = "/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/reminders";

    /** Reminder e-mails on (to the test mode's mock mailbox). */
    public static class MailFrom implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("vhcs.reminders.mail-from", "vhcs@thiduakhenthuong.gov.vn");
        }

        @Override
        public void stop() {
        }
    }

    @Inject
    MockMailbox mailbox;
    @Inject
    WebhookDeliveryRepository deliveries;

    @BeforeAll
    static void services() {
        DownstreamStubs.answer(MISSING, new JsonObject().put("total", 1).put("items",
                new JsonArray().add(new JsonObject().put("code", AGENCY).put("name", "Sở Nội vụ Thành phố Hà Nội"))));
        DownstreamStubs.answer(AGENCIES, new JsonObject().put("total", 1).put("items",
                new JsonArray().add(new JsonObject().put("code", AGENCY).put("email", ADDRESS))));
    }

    @AfterAll
    static void forget() {
        DownstreamStubs.forget(MISSING);
        DownstreamStubs.forget(AGENCIES);
    }

    private static void isReusedForAnotherRequest(ValidatableResponse answer) {
        answer.statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
    }

    private static int clients() {
        return given().get("/api/v1/clients?size=200").then().statusCode(200).extract().path("total");
    }

    @Test
    void aRetriedClientCreationCreatesOneClientAndNeverShowsItsKeyAgain() {
        Map<String, Object> portal = Map.of("name", "Cổng dịch vụ công tỉnh Khánh Hòa", "role", "SUBMITTER",
                "provinces", List.of("56"), "webhookUrl", "http://127.0.0.1:9/hooks");
        String key = UUID.randomUUID().toString();
        int before = clients();
        Response first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(portal)
                .post("/api/v1/clients");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue()).body("key", notNullValue())
                .body("webhookSecret", notNullValue());
        Response again = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(portal)
                .post("/api/v1/clients");
        // the same client, at the same URL; its secrets were never kept, so they are not shown again
        again.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id"))).body("keyPrefix", equalTo(first.path("keyPrefix")))
                .body("key", nullValue()).body("webhookSecret", nullValue());
        assertEquals(before + 1, clients());
        isReusedForAnotherRequest(given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("name", "Cổng dịch vụ công tỉnh Gia Lai", "role", "SUBMITTER", "provinces", List.of("52")))
                .post("/api/v1/clients").then());
        // keys are per client: another admin's same key creates its own client
        String admin = given().contentType(ContentType.JSON).body(Map.of("name", "Quản trị viên thứ hai", "role",
                "ADMIN")).post("/api/v1/clients").then().statusCode(201).extract().path("key");
        given().header("Authorization", "Bearer " + admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(portal).post("/api/v1/clients").then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("id", org.hamcrest.Matchers.not(equalTo(first.path("id"))));
        // without a key, as before: each request is a client of its own
        int now = clients();
        given().contentType(ContentType.JSON).body(portal).post("/api/v1/clients").then().statusCode(201);
        given().contentType(ContentType.JSON).body(portal).post("/api/v1/clients").then().statusCode(201);
        assertEquals(now + 2, clients());
    }

    @Test
    void aRetriedReminderRemindsOnce() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công Thành phố Hà Nội", "role",
                "SUBMITTER", "agencies", List.of(AGENCY), "webhookUrl", "http://127.0.0.1:9/hooks"))
                .post("/api/v1/clients").then().statusCode(201);
        mailbox.clear();
        long queued = queued();
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).post(REMIND).then().statusCode(202)
                .header("Idempotent-Replayed", nullValue()).body("webhooks", equalTo(1)).body("emails", equalTo(1));
        given().header("Idempotency-Key", key).post(REMIND).then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("webhooks", equalTo(1)).body("emails", equalTo(1));
        // one effect: one webhook queued, one e-mail sent
        assertEquals(queued + 1, queued());
        assertEquals(1, mailbox.getMailsSentTo(ADDRESS).size());
        // the same key for another province's reminders
        isReusedForAnotherRequest(given().header("Idempotency-Key", key)
                .post("/api/v1/rounds/" + ROUND + "/provinces/79/reminders").then());
        // without a key, as before: every request reminds
        given().post(REMIND).then().statusCode(202).header("Idempotent-Replayed", nullValue()).body("webhooks", equalTo(1));
        assertEquals(queued + 2, queued());
        assertEquals(2, mailbox.getMailsSentTo(ADDRESS).size());
    }

    private long queued() {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.count("roundCode", ROUND));
    }
}
