package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;

/**
 * Reminders through the gateway: a province board asks, every agency of the province that has not
 * reported is announced to the portal acting for it by a signed webhook, delivered once per agency
 * per run, and retried when the portal first answers 500. The portal is a real HTTP server in the
 * test JVM. The scheduler reminds a province a few days before the due date in force for it, once.
 */
@ExtendWith(RunningSystem.class)
class RemindersThroughGatewayTest {

    static final String ROUND = "REMIND-2022";
    /** What the portal received: delivery id → bodies, one per attempt. */
    static final Map<String, List<String>> received = new ConcurrentHashMap<>();
    static final List<String> signatures = new CopyOnWriteArrayList<>();
    static final Set<String> answeredOnce = ConcurrentHashMap.newKeySet();
    static HttpServer portal;

    static String hook;

    @BeforeAll
    static void start() throws IOException {
        hook = startPortal();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop(0);
        }
    }

    /** A portal that fails the first attempt of each delivery with 500, then takes it. */
    static String startPortal() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String delivery = exchange.getRequestHeaders().getFirst("webhook-id");
            received.computeIfAbsent(delivery, k -> new CopyOnWriteArrayList<>()).add(body);
            signatures.add(delivery + "." + exchange.getRequestHeaders().getFirst("webhook-timestamp") + "\n"
                    + exchange.getRequestHeaders().getFirst("webhook-signature") + "\n" + body);
            int status = answeredOnce.add(delivery) ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        portal.start();
        return "http://127.0.0.1:" + portal.getAddress().getPort() + "/hook";
    }

    @Test
    void everyAgencyWithoutAReportIsRemindedOncePerRunBySignedWebhooksRetriedAfterA500() throws Exception {
        RunningSystem.openAnnualRound(ROUND);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("""
                code,name,kind,provinceCode,parentCode
                51.R-SNV,Sở Nội vụ tỉnh Quảng Ngãi,PROVINCIAL_DEPARTMENT,51,
                51.R-STP,Sở Tư pháp tỉnh Quảng Ngãi,PROVINCIAL_DEPARTMENT,51,
                51.R-SYT,Sở Y tế tỉnh Quảng Ngãi,PROVINCIAL_DEPARTMENT,51,
                """).post("/api/v1/agencies:import").then().statusCode(200);
        var created = given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công Quảng Ngãi",
                "role", "SUBMITTER", "provinces", List.of("51"), "webhookUrl", hook)).post("/api/v1/clients").then()
                .statusCode(201).body("webhookUrl", equalTo(hook)).extract();
        String portalKey = created.path("key");
        String portalId = created.path("id");
        String secret = created.path("webhookSecret");
        given().get("/api/v1/clients").then().body("items.find { it.id == '" + portalId + "' }.webhookSecret",
                equalTo(null));
        String board = given().contentType(ContentType.JSON).body(Map.of("name", "Ban Thi đua tỉnh Quảng Ngãi",
                "role", "BOARD", "provinces", List.of("51"))).post("/api/v1/clients").then().statusCode(201)
                .extract().path("key");
        String reported = given().header("Authorization", "Bearer " + portalKey).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", "51.R-SNV", "roundCode", ROUND)).post("/api/v1/reports").then()
                .statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/51").then().statusCode(200)
                .body("agenciesReported", equalTo(1)).body("agenciesMissing", equalTo(2)));

        given().header("Authorization", "Bearer " + portalKey).post("/api/v1/rounds/" + ROUND
                + "/provinces/51/reminders").then().statusCode(403);
        given().header("Authorization", "Bearer " + board).post("/api/v1/rounds/" + ROUND
                + "/provinces/52/reminders").then().statusCode(403);
        given().header("Authorization", "Bearer " + board).post("/api/v1/rounds/" + ROUND
                + "/provinces/51/reminders").then().statusCode(202).body("agenciesMissing", equalTo(2))
                .body("webhooks", equalTo(2)).body("agenciesWithoutWebhook", equalTo(List.of()));

        // each delivery: a 500 first, then taken on the retry
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/clients/" + portalId + "/deliveries").then().statusCode(200)
                .body("total", equalTo(2)).body("items.state", everyItem(equalTo("DELIVERED")))
                .body("items.attempts", everyItem(equalTo(2))).body("items.lastStatus", everyItem(equalTo(204))));
        ObjectMapper json = new ObjectMapper();
        List<List<String>> ours = ofRound(json, ROUND);
        assertEquals(2, ours.size(), "one delivery per agency");
        Set<String> agencies = ConcurrentHashMap.newKeySet();
        for (List<String> attempts : ours) {
            assertEquals(2, attempts.size(), "a 500 is retried; a 2xx is not sent again");
            assertEquals(attempts.get(0), attempts.get(1), "a retry sends the same body");
            JsonNode body = json.readTree(attempts.get(0));
            assertEquals("REMINDER", body.path("event").asText());
            assertEquals(ROUND, body.path("roundCode").asText());
            agencies.add(body.path("agency").path("code").asText());
            assertTrue(body.path("message").asText().startsWith("Nhắc nộp báo cáo: Sở "), body.toString());
        }
        assertEquals(Set.of("51.R-STP", "51.R-SYT"), agencies, "only the agencies that have not reported");
        for (String signed : signatures) {
            String[] parts = signed.split("\n", 3); // webhook-id.webhook-timestamp, webhook-signature, body
            String signature = parts[1];
            String body = parts[2];
            if (!json.readTree(body).path("roundCode").asText().equals(ROUND)) {
                continue; // another test's portal client, with its own secret
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            // Standard Webhooks: whsec_<base64 key>; v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            assertEquals("v1," + Base64.getEncoder().encodeToString(mac.doFinal((parts[0] + "." + body)
                    .getBytes(StandardCharsets.UTF_8))), signature, "verifiable with the client's secret");
        }
        given().header("Authorization", "Bearer " + board).get("/api/v1/clients/" + portalId + "/deliveries").then()
                .statusCode(403);

        // the same webhook tells the portal that the board returned its report, and why
        given().header("Authorization", "Bearer " + board).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("decision", "RETURNED", "comment", "Thiếu số liệu cán bộ")).post("/api/v1/reports/"
                        + reported + "/review").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/clients/" + portalId + "/deliveries").then().statusCode(200).body("total", equalTo(3))
                .body("items.find { it.event == 'REVIEWED' }.state", equalTo("DELIVERED"))
                .body("items.find { it.event == 'REVIEWED' }.agencyCode", equalTo("51.R-SNV")));
        JsonNode told = null;
        for (List<String> attempts : received.values()) {
            JsonNode body = json.readTree(attempts.get(0));
            if (body.path("event").asText().equals("REVIEWED") && body.path("roundCode").asText().equals(ROUND)) {
                told = body;
            }
        }
        assertEquals("RETURNED", told.path("decision").asText());
        assertEquals("Thiếu số liệu cán bộ", told.path("comment").asText());
        assertEquals(reported, told.path("reportId").asText());
        assertTrue(told.path("message").asText().startsWith("Ban Thi đua đã trả lại báo cáo của 51.R-SNV"), told.toString());
    }

    /** The attempts of the deliveries of one round. */
    static List<List<String>> ofRound(ObjectMapper json, String round) throws IOException {
        List<List<String>> ours = new java.util.ArrayList<>();
        for (List<String> attempts : received.values()) {
            JsonNode body = json.readTree(attempts.get(0));
            if (body.path("roundCode").asText().equals(round) && body.path("event").asText().equals("REMINDER")) {
                ours.add(attempts);
            }
        }
        return ours;
    }

    @Test
    void theSchedulerRemindsAProvinceDaysBeforeItsOwnDueDateOnce() throws Exception {
        String round = "REMIND-SCHEDULED";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart", "2024-01-01",
                "periodEnd", "2024-12-31", "dueDate", today.plusDays(20).toString(), "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(201);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("""
                code,name,kind,provinceCode,parentCode
                52.S-SNV,Sở Nội vụ tỉnh Bình Định,PROVINCIAL_DEPARTMENT,52,
                52.S-STP,Sở Tư pháp tỉnh Bình Định,PROVINCIAL_DEPARTMENT,52,
                54.S-SNV,Sở Nội vụ tỉnh Phú Yên,PROVINCIAL_DEPARTMENT,54,
                """).post("/api/v1/agencies:import").then().statusCode(200);
        String portalId = given().contentType(ContentType.JSON).body(Map.of("name", "Cổng Bình Định – Phú Yên",
                "role", "SUBMITTER", "provinces", List.of("52", "54"), "webhookUrl", hook)).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/" + round + "/provinces/52").then().statusCode(200)
                .body("agenciesMissing", equalTo(2)));
        // Bình Định's own due date is in 3 days (vhcs.reminders.days-before); Phú Yên keeps the round's
        given().contentType(ContentType.JSON).body(Map.of("dueDate", today.plusDays(3).toString()))
                .put("/api/v1/rounds/" + round + "/provinces/52").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/clients/" + portalId + "/deliveries?size=200").then().statusCode(200)
                .body("items.findAll { it.roundCode == '" + round + "' }.agencyCode",
                        org.hamcrest.Matchers.containsInAnyOrder("52.S-SNV", "52.S-STP"))
                .body("items.findAll { it.roundCode == '" + round + "' }.state", everyItem(equalTo("DELIVERED"))));
        // checked every 2 s in these tests: still once per province and day
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> given()
                .get("/api/v1/clients/" + portalId + "/deliveries?size=200").then()
                .body("items.findAll { it.roundCode == '" + round + "' }.size()", equalTo(2)));
        assertEquals(2, ofRound(new ObjectMapper(), round).size());
    }
}
