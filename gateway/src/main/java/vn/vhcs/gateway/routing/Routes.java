package vn.vhcs.gateway.routing;

import java.net.URI;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;
import jakarta.enterprise.event.Observes;

/**
 * The public API's route table: which path prefix goes to which service. Authentication and rate
 * limits run as handlers before these (order below {@link #FORWARD_ORDER}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Routes {

    /** Handlers of this order forward; security and limits register lower orders to run first. */
    public static final int FORWARD_ORDER = 10_000;
    /** The route prefix a request matched, kept in the routing context for metrics. */
    public static final String ROUTE_KEY = "vhcs.route";

    /** The gateway's own endpoints below a forwarded prefix: a province's reminders (it holds the clients). */
    private static final String OWN = "(?!.*/provinces/[^/]+/reminders$)";

    record Route(String prefix, URI target) {
    }

    private final DownstreamProxy proxy;
    private final GatewayConfig config;

    public List<Route> table() {
        URI reports = config.reportServiceUrl();
        URI statistics = config.aggregationServiceUrl();
        return List.of(
                new Route("/api/v1/reports", reports),
                new Route("/api/v1/drafts", reports),
                new Route("/api/v1/provinces", reports),
                new Route("/api/v1/agencies", reports),
                new Route("/api/v1/rounds", reports),
                new Route("/api/v1/figures", reports),
                new Route("/api/v1/statistics", statistics));
    }

    void install(@Observes Router router, MeterRegistry registry) {
        // counts every API answer, including those the gateway gives itself (401, 429, 503, …)
        router.route("/api/*").order(-1_000).handler(ctx -> {
            ctx.addEndHandler(done -> registry.counter("vhcs.gateway.requests",
                    "route", ctx.<String>get(ROUTE_KEY) == null ? "none" : ctx.<String>get(ROUTE_KEY),
                    "method", ctx.request().method().name(),
                    "status", Integer.toString(ctx.response().getStatusCode())).increment());
            ctx.next();
        });
        int order = FORWARD_ORDER;
        for (Route route : table()) {
            // the prefix itself and everything below it, nothing that merely starts with it
            router.routeWithRegex("^" + java.util.regex.Pattern.quote(route.prefix()) + OWN + "([/:].*)?$").order(order++)
                    .handler(ctx -> {
                        ctx.put(ROUTE_KEY, route.prefix());
                        proxy.forward(ctx, route.target());
                    });
        }
        // everything else under /api but the gateway's own endpoints (/api/v1/clients) is unknown
        router.routeWithRegex("^/api/(?!v1/clients(/|$))" + OWN + ".*").order(order).handler(ctx -> RoutedProblems.send(ctx, ProblemType.NOT_FOUND, "path.not-found.api"));
    }
}
