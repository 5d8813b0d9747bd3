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

    /** Canned JSON answers (200) by the start of the request's URI; every other request is echoed. */
    private static final Map<String, JsonObject> CANNED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Answers {@code json} to every request whose URI starts with {@code uriPrefix}, until {@link #forget}. */
    public static void answer(String uriPrefix, JsonObject json) {
        CANNED.put(uriPrefix, json);
    }

    public static void forget(String uriPrefix) {
        CANNED.remove(uriPrefix);
    }

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
                var canned = CANNED.entrySet().stream().filter(e -> req.uri().startsWith(e.getKey())).findFirst();
                if (canned.isPresent()) {
                    req.response().putHeader("Content-Type", "application/json").end(canned.get().getValue().encode());
                    return;
                }
                if (req.path().endsWith("/paged")) {
                    // as a service's list answers: links built from the scheme and host the gateway forwarded
                    String origin = req.getHeader("X-Forwarded-Proto") + "://" + req.getHeader("X-Forwarded-Host");
                    req.response().putHeader("Content-Type", "application/json")
                            .putHeader("Link", "<" + origin + req.path() + "?page=0>; rel=\"first\", <" + origin
                                    + req.path() + "?page=1>; rel=\"next\"")
                            .end(new JsonObject().put("items", new io.vertx.core.json.JsonArray()).put("page", 0)
                                    .put("size", 20).put("total", 40).encode());
                    return;
                }
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
                        .put("forwardedProto", req.getHeader("X-Forwarded-Proto"))
                        .put("forwardedHost", req.getHeader("X-Forwarded-Host"))
                        .put("forwarded", req.getHeader("Forwarded"))
                        .put("contentLength", req.getHeader("Content-Length"))
                        .put("transferEncoding", req.getHeader("Transfer-Encoding"))
                        .put("contentType", req.getHeader("Content-Type"))
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
