package vn.vhcs.gateway.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.gateway.routing.AnswerTap;
import vn.vhcs.gateway.routing.GatewayConfig;
import vn.vhcs.gateway.routing.Routes;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/**
 * Unchanged statistics answers given again from memory, without the hop to aggregation-service. Only GETs of one
 * round's statistics (a province, the provinces, the nation, a province's missing agencies, in any format), only
 * 200 answers with an ETag, kept per caller: an answer is given again only to the caller the service gave it to,
 * so no rule of who may read what is copied here. Authentication and rate limits run before (a hit is counted
 * like any request); the round's generation ({@link StatisticsChanges}) is read before forwarding and the answer
 * kept only if no notice came in meanwhile. An answer goes when a notice names its round (or every round), after
 * {@code max-age} in any case, and nothing is kept or given while notices are not heard. Comparisons, trends and
 * reports read several rounds and are never kept; nor is anything asked with {@code Cache-Control: no-cache}.
 */
@ApplicationScoped
public class StatisticsAnswers {

    /** The URLs of one round's statistics, with a format's extension or without. */
    static final Pattern ONE_ROUND = Pattern.compile(
            "^/api/v1/statistics/rounds/([A-Za-z0-9_-]+)/(national|provinces(/[0-9A-Za-z_-]+(/missing-agencies)?)?)(\\.[a-z]+)?$");
    private static final String ROUTE = "/api/v1/statistics";
    /** What a 304 carries of the 200 it stands for (RFC 9110 §15.4.5). */
    private static final Set<String> NOT_MODIFIED = Set.of("etag", "cache-control", "vary", "expires", "content-location");

    /** Who asked what, as the service saw it: its answer may differ in any of these. */
    record Key(Caller caller, String uri, String accept, String acceptLanguage, String scheme, String host) {
    }

    record Kept(StatisticsChanges.Generation generation, int status, List<Map.Entry<String, String>> headers,
            byte[] body, String etag) {
    }

    private final GatewayConfig.StatisticsCache config;
    private final StatisticsChanges changes;
    private final Cache<Key, Kept> answers;
    private final Counter hits;
    private final Counter misses;

    public StatisticsAnswers(GatewayConfig config, StatisticsChanges changes, MeterRegistry registry) {
        this.config = config.statisticsCache();
        this.changes = changes;
        this.answers = Caffeine.newBuilder().maximumSize(this.config.maxEntries())
                .expireAfterWrite(this.config.maxAge()).build();
        hits = Counter.builder("vhcs.gateway.statistics.cache").tag("result", "hit")
                .description("Statistics reads answered from the gateway's memory (hit) or by aggregation-service (miss)")
                .register(registry);
        misses = Counter.builder("vhcs.gateway.statistics.cache").tag("result", "miss").register(registry);
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            // after authentication and rate limits, just before the forwarding
            router.routeWithRegex(HttpMethod.GET, ONE_ROUND.pattern()).order(Routes.FORWARD_ORDER - 1).handler(this::read);
        }
    }

    void read(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        Caller caller = ApiKeyAuthentication.caller(ctx);
        Matcher path = ONE_ROUND.matcher(ctx.normalizedPath());
        if (caller == null || !path.matches() || asksAgain(in) || !changes.listening()) {
            ctx.next();
            return;
        }
        String round = path.group(1);
        Key key = new Key(caller, in.uri(), in.getHeader("Accept"), in.getHeader("Accept-Language"), in.scheme(),
                in.authority() == null ? null : in.authority().toString());
        StatisticsChanges.Generation now = changes.of(round);
        Kept kept = answers.getIfPresent(key);
        if (kept != null && kept.generation().equals(now)) {
            hits.increment();
            give(ctx, kept);
            return;
        }
        misses.increment();
        ctx.put(AnswerTap.KEY, new AnswerTap() {
            @Override
            public boolean wants(int status, MultiMap headers) {
                return status == 200 && headers.get("ETag") != null && !noStore(headers.get("Cache-Control"));
            }

            @Override
            public long maxBytes() {
                return config.maxBodySize();
            }

            @Override
            public void answered(int status, MultiMap headers, Buffer body) {
                // a notice that came in while the service answered wins: the answer may predate it
                if (changes.listening() && changes.of(round).equals(now)) {
                    answers.put(key, new Kept(now, status, List.copyOf(new ArrayList<>(headers.entries())),
                            body.getBytes(), headers.get("ETag")));
                }
            }
        });
        ctx.next();
    }

    private static void give(RoutingContext ctx, Kept kept) {
        ctx.put(Routes.ROUTE_KEY, ROUTE);
        HttpServerRequest in = ctx.request();
        in.resume(); // held since authentication; a GET has no body to wait for
        boolean notModified = matches(in.getHeader("If-None-Match"), kept.etag());
        HttpServerResponse response = ctx.response();
        for (Map.Entry<String, String> header : kept.headers()) {
            if (!notModified || NOT_MODIFIED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        response.putHeader(RequestIds.HEADER, RequestIds.of(ctx));
        if (notModified) {
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(kept.status()).end(Buffer.buffer(kept.body()));
        }
    }

    /** {@code Cache-Control: no-cache} (or no-store, or {@code Pragma: no-cache}): the client wants the service's answer. */
    private static boolean asksAgain(HttpServerRequest in) {
        String control = in.getHeader("Cache-Control");
        String pragma = in.getHeader("Pragma");
        return control != null && (control.toLowerCase(Locale.ROOT).contains("no-cache") || noStore(control))
                || pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    private static boolean noStore(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-store");
    }

    /** If-None-Match names the tag (weakly compared, RFC 9110 §13.1.2), or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String tag = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        String t = etag.trim();
        return t.startsWith("W/") ? t.substring(2) : t;
    }
}
