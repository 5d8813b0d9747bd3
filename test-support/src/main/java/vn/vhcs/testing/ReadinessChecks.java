package vn.vhcs.testing;

import static vn.vhcs.testing.ManagementInterface.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database and Kafka; liveness does not. A service's test extends this
 * (annotated {@code @QuarkusTest}) to run the checks against itself.
 */
public abstract class ReadinessChecks {

    @AfterEach
    void restore() {
        PostgresResource.link().restore();
        KafkaBrokerResource.broker().start();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void readyWhenDatabaseAndKafkaAnswer() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")));
    }

    @Test
    void notReadyWithoutTheDatabase() {
        PostgresResource.link().cut();
        notReadyButAlive(org.hamcrest.Matchers.containsString("Database"));
    }

    @Test
    void notReadyWithoutKafka() {
        KafkaBrokerResource.broker().stop();
        notReadyButAlive(org.hamcrest.Matchers.containsStringIgnoringCase("kafka"));
    }

    /** Readiness answers 503 with a DOWN check named as {@code down} says; liveness stays 200. */
    private static void notReadyButAlive(org.hamcrest.Matcher<String> down) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItem(down)));
        given().get("/q/health/live").then().statusCode(200);
    }
}
