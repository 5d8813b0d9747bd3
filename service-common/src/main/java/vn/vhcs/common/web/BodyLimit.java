package vn.vhcs.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;

/**
 * Refuses a body announced larger than the limit with a 413 problem document, before it is read.
 * A chunked body without a length is cut by {@code quarkus.http.limits.max-body-size}, set to the
 * same value.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigMapping(prefix = "vhcs.http")
    public interface Config {
        /** Largest request body accepted, in bytes (256 KiB). */
        @WithDefault("262144")
        long maxBodyBytes();

        /**
         * Longest request target (path and query) accepted, in characters: longer answers 414 with a
         * problem document ({@link RequestHygiene}). {@code quarkus.http.limits.max-initial-line-length}
         * must be larger, or Vert.x answers first, without one.
         */
        @WithDefault("4096")
        int maxUriLength();

        /**
         * Largest sum of header names and values accepted, in bytes: larger answers 431 with a
         * problem document. {@code quarkus.http.limits.max-header-size} must be larger.
         */
        @WithDefault("16384")
        int maxHeaderBytes();
    }

    private final long limit;

    public BodyLimit(Config config) {
        this.limit = config.maxBodyBytes();
    }

    void install(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                ctx.response().putHeader("Connection", "close");
                RoutedProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "body.too-large", limit);
                return;
            }
            ctx.next();
        }, 1000);
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
