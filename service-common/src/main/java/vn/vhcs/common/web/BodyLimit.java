package vn.vhcs.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;

/**
 * Refuses a body announced larger than the limit with a 413 problem document, before it is read.
 * A chunked body without a length is cut by {@code quarkus.http.limits.max-body-size}, set to the
 * same value.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class BodyLimit {

    @ConfigMapping(prefix = "vhcs.http")
    public interface Config {
        /** Largest request body accepted, in bytes (256 KiB). */
        @WithDefault("262144")
        long maxBodyBytes();

        /**
         * Largest document uploaded to make a draft ({@code POST /api/v1/drafts}: a Word file with
         * its pictures, a PDF), in bytes (10 MiB). {@code quarkus.http.limits.max-body-size} must
         * be as large.
         */
        @WithDefault("10485760")
        long maxDocumentBytes();

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

    /** Where documents are uploaded: the one request whose body may be larger than a JSON report. */
    static final String DOCUMENT_UPLOAD = "/api/v1/drafts";

    private final Config config;

    /** The largest body {@code request} may carry. */
    public static long limitOf(Config config, HttpServerRequest request) {
        return request.method() == HttpMethod.POST && DOCUMENT_UPLOAD.equals(request.path()) ? config.maxDocumentBytes()
                : config.maxBodyBytes();
    }

    void install(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = limitOf(config, ctx.request());
            if (length != null && tooLarge(length, limit)) {
                ctx.response().putHeader("Connection", "close");
                RoutedProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "body.too-large", limit);
                return;
            }
            ctx.next();
        }, 1000);
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
