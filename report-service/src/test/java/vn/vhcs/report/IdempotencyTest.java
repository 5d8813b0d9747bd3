package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.testing.GatewayTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotency-Key on POST, PUT and DELETE. */
@QuarkusTest
class IdempotencyTest {

    private String agency;

    @BeforeEach
    void registry() {
        agency = ReportFixtures.roundAndAgency("26");
    }

    @Test
    void aRetriedSubmissionGetsTheFirstAnswerWithoutASecondWrite() {
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReportFixtures.report(agency)).post("/api/v1/reports");
        first.then().statusCode(201);
        Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReportFixtures.report(agency)).post("/api/v1/reports");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.<String>path("id"), again.<String>path("id"));
        assertEquals(first.<String>path("submittedAt"), again.<String>path("submittedAt"));
        given().get("/api/v1/reports?agency=" + agency).then().body("total", equalTo(1));
        given().get("/api/v1/reports/" + first.path("id") + "/versions").then().body("total", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ReportFixtures.report(agency))
                .post("/api/v1/reports").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReportFixtures.with(ReportFixtures.report(agency), "workforce.total", 30))
                .post("/api/v1/reports").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aBrokenBodyIsJudgedAgainAndKeysArePerClient() {
        String key = UUID.randomUUID().toString();
        var broken = ReportFixtures.with(ReportFixtures.report(agency), "workforce.participating", 99);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(broken).post("/api/v1/reports")
                .then().statusCode(400);
        // bad input stores nothing, not even the key (issue 11): the retry is judged again, alike
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(broken).post("/api/v1/reports")
                .then().statusCode(400).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("errors.field", hasItem("workforce.participating"));
        // another client's key space: the same key runs anew
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).header("Authorization", GatewayTokens.bearer(GatewayTokens.admin("other")))
                .body(ReportFixtures.report(agency)).post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void revisionsAndWithdrawalsAreIdempotentToo() {
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        String put = UUID.randomUUID().toString();
        var revised = ReportFixtures.with(ReportFixtures.report(agency), "workforce.total", 22);
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Idempotency-Key", put)
                    .body(revised).put("/api/v1/reports/" + id).then().statusCode(200).header("ETag", "\"2\"");
        }
        String delete = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().header("If-Match", "\"2\"").header("Idempotency-Key", delete).delete("/api/v1/reports/" + id)
                    .then().statusCode(200).header("ETag", "\"3\"").body("status", equalTo("WITHDRAWN"));
        }
        given().get("/api/v1/reports/" + id + "/versions").then().body("total", equalTo(3));
        given().header("Idempotency-Key", "x".repeat(256)).header("If-Match", "\"3\"").delete("/api/v1/reports/" + id)
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void anExpiredKeyIsForgottenAndCanBeUsedAgain() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ReportFixtures.report(agency))
                .post("/api/v1/reports").then().statusCode(201);
        // 24 hours later, as far as the key is concerned
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("update idempotency_record set expires_at = ?1 where idempotency_key = ?2")
                .setParameter(1, java.time.Instant.now().minusSeconds(1)).setParameter(2, key).executeUpdate());
        String other = ReportFixtures.agency("26");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ReportFixtures.report(other))
                .post("/api/v1/reports").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        // the first request holds the key: simulate it by claiming the key as a running request would
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(vn.vhcs.common.idempotency.IdempotencyStore.class).get()
                .claim("test-admin", key, "POST", "/api/v1/reports", "running", java.time.Instant.now(),
                        java.time.Instant.now().plusSeconds(60), java.time.Instant.EPOCH));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ReportFixtures.report(agency))
                .post("/api/v1/reports").then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/reports?agency=" + agency).then().body("total", equalTo(0));
    }

    @Test
    void aClaimWhoseRequestDiedIsReleasedAfterAWhile() {
        String key = UUID.randomUUID().toString();
        // a request that claimed the key and never answered (killed, or the database went away meanwhile)
        java.time.Instant then = java.time.Instant.now().minus(java.time.Duration.ofMinutes(3));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(vn.vhcs.common.idempotency.IdempotencyStore.class).get()
                .claim("test-admin", key, "POST", "/api/v1/reports", "died", then,
                        then.plus(java.time.Duration.ofHours(24)), java.time.Instant.EPOCH));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(ReportFixtures.report(agency))
                .post("/api/v1/reports").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/reports?agency=" + agency).then().body("total", equalTo(1));
    }
}
