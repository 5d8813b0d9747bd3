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
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
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
    /** Methods whose request is read for a body: without one, it is sent with an explicit zero length. */
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

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
            out.putHeader("X-Forwarded-For", forwardedFor(in));
            out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
            if (in.authority() != null) {
                out.putHeader("X-Forwarded-Host", in.authority().toString());
            }
            if (in.headers().contains("Content-Length")) {
                // a declared length over the limit was refused already (BodyLimit): stream it
                out.putHeader("Content-Length", in.getHeader("Content-Length"));
                out.send(in).onComplete(answered -> answer(ctx, target, requestId, answered));
            } else if (in.headers().contains("Transfer-Encoding")) {
                sendCounted(ctx, in, out, target, requestId);
            } else {
                // neither header: the request has no body (RFC 9112, 6.3). Streaming `in` would send a chunked
                // one, which a service reads as a body without Content-Type (415 to `curl -X PUT …/lock`).
                in.resume();
                if (BODY_METHODS.contains(in.method())) {
                    out.putHeader("Content-Length", "0");
                }
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
        answer.pipeTo(response).onFailure(e -> LOG.debugf("answer of %s cut: %s", target, e.getMessage()));
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

    private static String forwardedFor(HttpServerRequest in) {
        String previous = in.getHeader("X-Forwarded-For");
        String remote = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        return previous == null ? remote : previous + ", " + remote;
    }


    @PreDestroy
    void close() {
        client.close();
    }
}
