package vn.vhcs.gateway.dashboard;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The province board's dashboard is a set of static files (META-INF/resources/dashboard) that
 * Quarkus serves at /dashboard/ without an API key; the page itself calls /api with the key the
 * user types in. Its Content-Security-Policy is set in application.properties. Here only the
 * bare addresses lead to it, so that {@code http://host/} and {@code http://host/dashboard} work.
 */
@ApplicationScoped
public class DashboardPage {

    static final String PATH = "/dashboard/";

    void install(@Observes Router router) {
        router.getWithRegex("^/(dashboard)?$").handler(ctx -> ctx.response().setStatusCode(302)
                .putHeader("Location", PATH).end());
    }
}
