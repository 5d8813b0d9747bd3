package vn.vhcs.gateway.dashboard;

import java.net.URI;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;
import vn.vhcs.gateway.officers.OidcConfig;

/**
 * The province board's dashboard is a set of static files (META-INF/resources/dashboard) that
 * Quarkus serves at /dashboard/ without an API key; the page itself calls /api with an officer's
 * token or the key the user types in. Its Content-Security-Policy is set in application.properties.
 * Here: the bare addresses lead to it, so that {@code http://host/} and {@code http://host/dashboard}
 * work; {@code oidc.json} tells the page where officers sign in; and with officers' sign-in on, the
 * policy lets the page reach the issuer (its discovery document and token endpoint, from the browser).
 */
@ApplicationScoped
public class DashboardPage {

    static final String PATH = "/dashboard/";
    static final String CSP = "Content-Security-Policy";
    private static final String CONNECT_SELF = "connect-src 'self'";

    private final OidcConfig oidc;

    public DashboardPage(OidcConfig oidc) {
        this.oidc = oidc;
    }

    void install(@Observes Router router) {
        router.getWithRegex("^/(dashboard)?$").handler(ctx -> ctx.response().setStatusCode(302)
                .putHeader("Location", PATH).end());
        router.get(PATH + "oidc.json").handler(ctx -> {
            if (!oidc.enabled()) {
                RoutedProblems.send(ctx, ProblemType.NOT_FOUND, "oidc.off");
                return;
            }
            ctx.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("issuer", oidc.browserIssuer()).put("clientId", oidc.dashboardClientId())
                            .encode());
        });
        if (oidc.enabled()) {
            String issuerOrigin = origin(oidc.browserIssuer());
            // the configured filter (order Integer.MIN_VALUE) has set the policy already; it is widened before
            // the static files are served, not written a second time
            router.routeWithRegex("^/dashboard(/.*)?$").order(-100).handler(ctx -> {
                String policy = ctx.response().headers().get(CSP);
                if (policy != null && policy.contains(CONNECT_SELF)) {
                    ctx.response().putHeader(CSP, policy.replace(CONNECT_SELF, CONNECT_SELF + " " + issuerOrigin));
                }
                ctx.next();
            });
        }
    }

    /** scheme://host[:port] of a URL. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
