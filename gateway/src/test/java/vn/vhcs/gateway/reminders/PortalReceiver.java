package vn.vhcs.gateway.reminders;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A portal's webhook endpoint: keeps every request it gets, and answers each path with the statuses
 * it was told, in order (then 200): {@code refuse("/hook", 503, 503)} is a portal down for two attempts.
 */
final class PortalReceiver implements AutoCloseable {

    record Received(String path, String id, String timestamp, String signature, String body) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();

    PortalReceiver() throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            received.add(new Received(req.path(), req.getHeader("webhook-id"), req.getHeader("webhook-timestamp"),
                    req.getHeader("webhook-signature"), body.toString()));
            Deque<Integer> statuses = answers.get(req.path());
            Integer status = statuses == null ? null : statuses.pollFirst();
            req.response().setStatusCode(status == null ? 200 : status).end();
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String url(String path) {
        return "http://localhost:" + server.actualPort() + path;
    }

    /** The next requests to {@code path} are answered with these statuses, then 200. */
    void refuse(String path, Integer... statuses) {
        answers.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        vertx.close();
    }
}
