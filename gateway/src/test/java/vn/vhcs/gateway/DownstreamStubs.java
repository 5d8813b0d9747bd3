package vn.vhcs.gateway;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Two small HTTP servers standing in for report-service and aggregation-service, so the gateway's
 * forwarding can be checked byte for byte; they echo what reached them. The end-to-end test runs
 * the gateway against the real services.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    private static Vertx vertx;
    private static final java.util.concurrent.atomic.AtomicInteger RECEIVED = new java.util.concurrent.atomic.AtomicInteger();

    /** Requests the stubs have received since start. */
    public static int received() {
        return RECEIVED.get();
    }
    private static HttpServer reports;
    private static HttpServer statistics;
    private static int statisticsPort;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        reports = listen("report-service", 0);
        statistics = listen("aggregation-service", 0);
        statisticsPort = statistics.actualPort();
        return Map.of("vhcs.gateway.report-service-url", "http://localhost:" + reports.actualPort(),
                "vhcs.gateway.aggregation-service-url", "http://localhost:" + statisticsPort,
                "vhcs.gateway.request-timeout", "2s");
    }

    private static HttpServer listen(String name, int port) {
        try {
            return vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
                RECEIVED.incrementAndGet();
                if (req.path().endsWith("/slow")) {
                    return; // never answers
                }
                if (req.path().endsWith("/problem")) {
                    req.response().setStatusCode(422).putHeader("Content-Type", "application/problem+json")
                            .putHeader("X-Downstream", name)
                            .end(new JsonObject().put("type", "urn:vhcs:problem:unprocessable").put("status", 422)
                                    .put("errors", new io.vertx.core.json.JsonArray().add(
                                            new JsonObject().put("field", "agencyCode").put("message", "unknown")))
                                    .encode());
                    return;
                }
                JsonObject echo = new JsonObject()
                        .put("service", name)
                        .put("method", req.method().name())
                        .put("uri", req.uri())
                        .put("requestId", req.getHeader("X-Request-Id"))
                        .put("forwardedFor", req.getHeader("X-Forwarded-For"))
                        .put("contentType", req.getHeader("Content-Type"))
                        .put("contentLength", req.getHeader("Content-Length"))
                        .put("transferEncoding", req.getHeader("Transfer-Encoding"))
                        .put("authorization", req.getHeader("Authorization"))
                        .put("clientHeader", req.getHeader("X-Vhcs-Client"))
                        .put("body", body.toString());
                req.response().setStatusCode("POST".equals(req.method().name()) ? 201 : 200)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Location", "/api/v1/reports/42")
                        .putHeader("ETag", "\"7\"")
                        .putHeader("X-Downstream", name)
                        .end(echo.encode());
            })).listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes aggregation-service away (its port refuses connections) until {@link #restoreStatistics()}. */
    public static void stopStatistics() throws Exception {
        statistics.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public static void restoreStatistics() {
        statistics = listen("aggregation-service", statisticsPort);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
