package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import vn.vhcs.testing.ServiceProcess;

/**
 * Two gateway replicas on one database give a client its limit once, not twice: requests spread
 * over both are accepted at most {@code burst + perSecond × elapsed} times in all.
 */
@ExtendWith(RunningSystem.class)
class SharedRateLimitTest {

    /** Tight limits, so that one instance's burst alone would already exceed the shared bound. */
    static final int BURST = 20;
    static final int PER_SECOND = 1;
    static final int REQUESTS = 120;

    record Answer(int gateway, int status, String contentType, String retryAfter) {
    }

    @Test
    void twoGatewaysShareOneClientsBucket() throws Exception {
        String[] limits = { "VHCS_SECURITY_RATE_LIMITS_READER_PER_SECOND", Integer.toString(PER_SECOND),
                "VHCS_SECURITY_RATE_LIMITS_READER_BURST", Integer.toString(BURST) };
        RunningSystem system = RunningSystem.get();
        var startingA = CompletableFuture.supplyAsync(() -> system.startGatewayReplica("replica-a", limits));
        var startingB = CompletableFuture.supplyAsync(() -> system.startGatewayReplica("replica-b", limits));
        try (ServiceProcess a = startingA.join(); ServiceProcess b = startingB.join()) {
            String key = given().contentType(ContentType.JSON).body(Map.of("name", "replicated reader", "role",
                    "READER", "agencies", List.of(), "provinces", List.of("19"), "reports", false))
                    .post("/api/v1/clients").then().statusCode(201).extract().path("key");
            List<ServiceProcess> gateways = List.of(a, b);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Answer> answers = new ArrayList<>();
            long start = System.nanoTime();
            try {
                List<Future<Answer>> sent = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    int gateway = i % 2;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(gateways.get(gateway).url() + "/api/v1/provinces"))
                            .header("Authorization", "Bearer " + key).GET().build();
                    sent.add(pool.submit(() -> {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        return new Answer(gateway, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                                r.headers().firstValue("Retry-After").orElse(null));
                    }));
                }
                for (Future<Answer> f : sent) {
                    answers.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            double elapsedSeconds = (System.nanoTime() - start) / 1e9;

            long accepted = answers.stream().filter(r -> r.status() == 200).count();
            long bound = BURST + (long) Math.ceil(PER_SECOND * elapsedSeconds);
            System.out.printf("shared rate limit: %d of %d requests accepted over 2 gateways in %.2f s (bound %d)%n",
                    accepted, REQUESTS, elapsedSeconds, bound);
            assertTrue(accepted >= BURST, "the whole burst is usable, whichever replica answers: " + accepted);
            assertTrue(accepted <= bound, accepted + " accepted, more than the one limit allows (" + bound + ")");
            for (int gateway = 0; gateway < 2; gateway++) {
                int g = gateway;
                assertTrue(answers.stream().anyMatch(r -> r.gateway() == g && r.status() == 200),
                        "replica " + g + " accepted some");
                assertTrue(answers.stream().anyMatch(r -> r.gateway() == g && r.status() == 429),
                        "replica " + g + " refused some");
            }
            for (Answer refused : answers.stream().filter(r -> r.status() != 200).toList()) {
                assertEquals(429, refused.status());
                assertEquals("application/problem+json", refused.contentType().split(";")[0]);
                assertTrue(refused.retryAfter() != null && Long.parseLong(refused.retryAfter()) >= 1,
                        "Retry-After on every 429: " + refused);
            }
        }
    }
}
