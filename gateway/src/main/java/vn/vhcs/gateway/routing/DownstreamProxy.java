package vn.vhcs.gateway.routing;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.common.web.BodyLimit;
import vn.vhcs.gateway.security.ApiKeyAuthentication;
import vn.vhcs.common.security.Caller;
import vn.vhcs.gateway.security.DownstreamTokens;

/**
 * Forwards a request to a service and its answer back, streaming both bodies: status, headers and
 * problem documents pass unchanged, so the gateway holds no copy of the services' DTOs.
 */
@ApplicationScoped
public class DownstreamProxy {

    private static final Logger LOG = Logger.getLogger(DownstreamProxy.class);

    /** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    static final String CLIENT_HEADER = "X-Vhcs-Client";

    private final HttpClient client;
    private final GatewayConfig config;
    private final DownstreamTokens tokens;

    private final BodyLimit.Config limits;

    public DownstreamProxy(Vertx vertx, GatewayConfig config, DownstreamTokens tokens, BodyLimit.Config limits) {
        this.config = config;
        this.tokens = tokens;
        this.limits = limits;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(100).setMaxWaitQueueSize(1000));
    }

    public void forward(RoutingContext ctx, URI target) {
        HttpServerRequest in = ctx.request();
        String requestId = RequestIds.of(ctx);
        in.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(target.getHost())
                .setPort(target.getPort() > 0 ? target.getPort() : 80)
                .setURI(in.uri())
                .setIdleTimeout(config.requestTimeout().toMillis());
        client.request(options).onComplete(requested -> {
            if (requested.failed()) {
                in.resume();
                failed(ctx, target, requested.cause());
                return;
            }
            HttpClientRequest out = requested.result();
            copyHeaders(in.headers(), out.headers());
            // the services trust the gateway's signed token, never what the client claims
            out.headers().remove("Authorization").remove(CLIENT_HEADER);
            Caller caller = ApiKeyAuthentication.caller(ctx);
            if (caller != null) {
                out.putHeader("Authorization", "Bearer " + tokens.tokenFor(caller));
            }
            out.putHeader(RequestIds.HEADER, requestId);
            forwardOrigin(in, out);
            if (in.headers().contains("Content-Length")) {
                // a declared length over the limit was refused already (BodyLimit): stream it
                out.putHeader("Content-Length", in.getHeader("Content-Length"));
                out.send(in).onComplete(answered -> answer(ctx, target, requestId, answered));
            } else if (in.headers().contains("Transfer-Encoding")) {
                sendCounted(ctx, in, out, target, requestId);
            } else {
                // no body at all (a POST …/lock, …/submit): say so, rather than stream an empty chunked one,
                // which a service would take for a body without a Content-Type
                if (!in.method().equals(io.vertx.core.http.HttpMethod.GET) && !in.method().equals(io.vertx.core.http.HttpMethod.HEAD)) {
                    out.putHeader("Content-Length", "0");
                }
                in.resume();
                out.send().onComplete(answered -> answer(ctx, target, requestId, answered));
            }
        });
    }

    /**
     * A body of undeclared length is gathered up to the limit before it is forwarded, so that an
     * oversized one is refused here with 413 and never reaches a service.
     */
    private void sendCounted(RoutingContext ctx, HttpServerRequest in, HttpClientRequest out, URI target,
            String requestId) {
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        long maxBodyBytes = BodyLimit.limitOf(limits, in);
        in.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            body.appendBuffer(chunk);
            if (body.length() > maxBodyBytes) {
                refused[0] = true;
                out.reset();
                ctx.response().putHeader("Connection", "close");
                RoutedProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "body.too-large", maxBodyBytes);
            }
        });
        in.endHandler(done -> {
            if (!refused[0]) {
                out.putHeader("Content-Length", Integer.toString(body.length()));
                out.send(body).onComplete(answered -> answer(ctx, target, requestId, answered));
            }
        });
        in.resume();
    }

    private void answer(RoutingContext ctx, URI target, String requestId,
            io.vertx.core.AsyncResult<HttpClientResponse> answered) {
        if (answered.failed()) {
            failed(ctx, target, answered.cause());
            return;
        }
        HttpClientResponse answer = answered.result();
        var response = ctx.response();
        response.setStatusCode(answer.statusCode());
        copyHeaders(answer.headers(), response.headers());
        response.putHeader(RequestIds.HEADER, requestId);
        if (!answer.headers().contains("Content-Length")) {
            response.setChunked(true);
        }
        AnswerTap tap = ctx.get(AnswerTap.KEY);
        if (tap != null && tap.wants(answer.statusCode(), answer.headers())
                && !(declaredLength(answer) > tap.maxBytes())) {
            tee(answer, response, tap, target);
            return;
        }
        answer.pipeTo(response).onFailure(e -> LOG.debugf("answer of %s cut: %s", target, e.getMessage()));
    }

    private static long declaredLength(HttpClientResponse answer) {
        try {
            String length = answer.getHeader("Content-Length");
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Sends the answer on as {@code pipeTo} does (pausing the service's answer while the client's connection is
     * full), keeping a copy of the body for the tap while it is within the tap's bound.
     */
    private static void tee(HttpClientResponse answer, HttpServerResponse response, AnswerTap tap, URI target) {
        MultiMap kept = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(answer.headers(), kept);
        kept.remove("Content-Length").remove(RequestIds.HEADER);
        Buffer body = Buffer.buffer();
        boolean[] over = { false };
        boolean[] ended = { false };
        answer.handler(chunk -> {
            if (!over[0]) {
                over[0] = body.length() + chunk.length() > tap.maxBytes();
                if (!over[0]) {
                    body.appendBuffer(chunk);
                }
            }
            response.write(chunk);
            if (response.writeQueueFull()) {
                answer.pause();
                response.drainHandler(drained -> answer.resume());
            }
        });
        answer.exceptionHandler(e -> {
            LOG.debugf("answer of %s cut: %s", target, e.getMessage());
            response.reset();
        });
        // the client went away mid-answer: the service's answer is not read on (a connection closed after the
        // answer ended, a kept-alive one, leaves the pooled connection to the service alone)
        response.closeHandler(closed -> {
            if (!ended[0]) {
                answer.request().reset();
            }
        });
        answer.endHandler(done -> {
            ended[0] = true;
            response.end();
            if (!over[0]) {
                tap.answered(answer.statusCode(), kept, body);
            }
        });
    }

    private void failed(RoutingContext ctx, URI target, Throwable cause) {
        if (cause instanceof TimeoutException || cause instanceof io.vertx.core.http.StreamResetException
                || String.valueOf(cause.getMessage()).contains("timeout")
                        && !(cause instanceof ConnectTimeoutException)) {
            LOG.warnf("%s did not answer in time (request %s)", target, RequestIds.of(ctx));
            RoutedProblems.send(ctx, ProblemType.GATEWAY_TIMEOUT, "gateway.timeout");
            return;
        }
        LOG.warnf("%s unreachable (request %s): %s", target, RequestIds.of(ctx), cause.toString());
        if (!ctx.response().headWritten()) {
            ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, config.retryAfter().toSeconds())));
        }
        RoutedProblems.send(ctx, ProblemType.SERVICE_UNAVAILABLE, "gateway.unavailable");
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (var entry : from) {
            if (!HOP_BY_HOP.contains(entry.getKey().toLowerCase(Locale.ROOT))
                    && !entry.getKey().equalsIgnoreCase("content-length")) {
                to.add(entry.getKey(), entry.getValue());
            }
        }
        String length = from.get("Content-Length");
        if (length != null) {
            to.set("Content-Length", length);
        }
    }

    /**
     * The client's scheme, host and address as the gateway established them: Quarkus takes them from
     * X-Forwarded-* or Forwarded only when the peer is a trusted proxy (VHCS_TRUSTED_PROXIES), so a
     * service builds its Location headers with the scheme and host the client used (https behind a
     * TLS-terminating ingress). What a client sent under those names itself never reaches a service.
     */
    private static void forwardOrigin(HttpServerRequest in, HttpClientRequest out) {
        out.headers().remove("Forwarded").remove("X-Forwarded-For").remove("X-Forwarded-Proto")
                .remove("X-Forwarded-Host").remove("X-Forwarded-Port").remove("X-Forwarded-Prefix")
                .remove("X-Forwarded-Server");
        out.putHeader("X-Forwarded-For", in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress());
        out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            out.putHeader("X-Forwarded-Host", in.authority().toString());
        }
    }


    @PreDestroy
    void close() {
        client.close();
    }
}
