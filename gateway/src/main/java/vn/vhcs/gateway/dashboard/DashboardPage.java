package vn.vhcs.gateway.dashboard;

import java.net.URI;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The province board's dashboard is a set of static files (META-INF/resources/dashboard) that
 * Quarkus serves at /dashboard/ without credentials; the page itself calls /api with the officer's
 * access token or the key an admin types in. Here the bare addresses lead to it, so that
 * {@code http://host/} and {@code http://host/dashboard} work, and its files get their
 * Content-Security-Policy: the page's own scripts and styles only, and connections to the gateway
 * and, when officers sign in (vhcs.oidc.issuer), to the identity provider's origin, where the page
 * reads the provider's metadata and exchanges the code and refresh token (auth.js).
 */
@ApplicationScoped
public class DashboardPage {

    static final String PATH = "/dashboard/";
    static final String CSP = "Content-Security-Policy";

    private final String policy;

    DashboardPage(@ConfigProperty(name = "vhcs.oidc.issuer") Optional<String> issuer) {
        this.policy = policy(issuer);
    }

    /** The page's policy; connect-src names the issuer's origin (scheme, host, port) when there is one. */
    static String policy(Optional<String> issuer) {
        String provider = issuer.filter(s -> !s.isBlank()).map(URI::create)
                .map(u -> " " + u.getScheme() + "://" + u.getRawAuthority()).orElse("");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'"
                + provider + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    void install(@Observes Router router) {
        router.getWithRegex("^/(dashboard)?$").handler(ctx -> ctx.response().setStatusCode(302)
                .putHeader("Location", PATH).end());
        // before the static files' handler: the header is set when the answer's headers go out
        router.routeWithRegex("^/dashboard/.*$").order(-1000).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set(CSP, policy));
            ctx.next();
        });
    }
}
