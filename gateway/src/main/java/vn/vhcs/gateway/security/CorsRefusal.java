package vn.vhcs.gateway.security;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;

/**
 * A browser request from an origin that is not a configured dashboard is refused with a 403
 * problem document (Quarkus' CORS filter, which answers the allowed ones, would refuse it with an
 * empty body).
 */
@ApplicationScoped
public class CorsRefusal {

    /** Runs just before Quarkus' CORS filter. */
    static final int PRIORITY = 310;

    private final List<String> allowed;

    public CorsRefusal(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> allowed) {
        this.allowed = allowed.orElse(List.of());
    }

    void install(@Observes Filters filters) {
        filters.register(ctx -> {
            String origin = ctx.request().getHeader("Origin");
            if (origin == null || allowed.contains(origin) || sameOrigin(origin, ctx.request().scheme(),
                    ctx.request().authority() == null ? null : ctx.request().authority().toString())) {
                ctx.next();
                return;
            }
            RoutedProblems.send(ctx, ProblemType.FORBIDDEN, "cors.origin", origin);
        }, PRIORITY);
    }

    private static boolean sameOrigin(String origin, String scheme, String authority) {
        return authority != null && origin.equals((scheme == null ? "http" : scheme) + "://" + authority);
    }
}
