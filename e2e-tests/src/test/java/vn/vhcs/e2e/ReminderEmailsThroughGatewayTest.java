package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.vhcs.testing.ServiceProcess;

/**
 * Reminders by e-mail: a gateway replica configured with an SMTP server (a real one, GreenMail,
 * listening in the test JVM) mails the missing agencies that have an address in the registry, in
 * Vietnamese, once per agency per run; the others are left to their portals' webhooks.
 */
@ExtendWith(RunningSystem.class)
class ReminderEmailsThroughGatewayTest {

    static final String ROUND = "MAIL-2022";
    static final String PROVINCE = "62"; // Kon Tum: no other end-to-end test uses it
    static final String FROM = "vhcs@thiduakhenthuong.gov.vn";

    static GreenMail smtp;
    static ServiceProcess mailingGateway;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailingGateway = RunningSystem.get().startGatewayReplica("gateway-mail", "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(port), "QUARKUS_MAILER_START_TLS", "DISABLED",
                "VHCS_REMINDERS_MAIL_FROM", FROM, "VHCS_REMINDERS_ENABLED", "false");
    }

    @AfterAll
    static void stop() {
        if (mailingGateway != null) {
            mailingGateway.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theMissingAgenciesWithAnAddressAreMailedInVietnameseOncePerRun() throws Exception {
        RunningSystem.openAnnualRound(ROUND);
        agency("62.MAIL1", "Sở Tư pháp tỉnh Kon Tum", "vanthu.stp@kontum.gov.vn");
        agency("62.MAIL2", "Sở Y tế tỉnh Kon Tum", "vanthu.syt@kontum.gov.vn");
        agency("62.MAIL3", "Sở Xây dựng tỉnh Kon Tum", null);
        given().get("/api/v1/agencies/62.MAIL1").then().statusCode(200).body("email", equalTo("vanthu.stp@kontum.gov.vn"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "OFFICE", "provinceCode", PROVINCE,
                "email", "not an address")).put("/api/v1/agencies/62.MAIL4").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("email"));
        // one of the three reports: it is not reminded
        given().contentType(ContentType.JSON).body(Map.of("agencyCode", "62.MAIL2", "roundCode", ROUND,
                "workforce", Map.of("total", 30, "participating", 28))).post("/api/v1/reports").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE + "/missing-agencies").then()
                .statusCode(200).body("items.code", equalTo(List.of("62.MAIL1", "62.MAIL3"))));
        String board = given().contentType(ContentType.JSON).body(Map.of("name", "Ban Thi đua tỉnh Kon Tum",
                "role", "BOARD", "provinces", List.of(PROVINCE))).post("/api/v1/clients").then().statusCode(201)
                .extract().path("key");

        given().port(mailingGateway.port).header("Authorization", "Bearer " + board)
                .post("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/reminders").then().statusCode(202)
                .body("agenciesMissing", equalTo(2)).body("emails", equalTo(1)).body("emailsFailed", equalTo(0))
                .body("agenciesWithoutWebhook", equalTo(List.of("62.MAIL1", "62.MAIL3")));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the SMTP server received the reminder");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "once per agency per run, and only to agencies with an address");
        MimeMessage mail = received[0];
        assertEquals("vanthu.stp@kontum.gov.vn", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals(FROM, ((InternetAddress) mail.getFrom()[0]).getAddress());
        assertEquals("Nhắc nộp báo cáo đợt " + ROUND, mail.getSubject());
        String text = String.valueOf(mail.getContent()).replace("\r\n", "\n");
        assertTrue(text.startsWith("Kính gửi Sở Tư pháp tỉnh Kon Tum (62.MAIL1),\n\nCơ quan chưa nộp báo cáo đợt "
                + ROUND + " (tỉnh " + PROVINCE + ")."), text);

        // the gateway without a sender configured sends no e-mail
        given().header("Authorization", "Bearer " + board)
                .post("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/reminders").then().statusCode(202)
                .body("emails", equalTo(0));
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    static void agency(String code, String name, String email) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT",
                "provinceCode", PROVINCE));
        if (email != null) {
            body.put("email", email);
        }
        given().contentType(ContentType.JSON).body(body).put("/api/v1/agencies/" + code).then().statusCode(201);
    }
}
