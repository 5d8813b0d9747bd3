package vn.vhcs.common.web;

import java.util.UUID;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.problem.Problem;
import vn.vhcs.common.problem.ProblemType;

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
    }

    private final long limit;

    public BodyLimit(Config config) {
        this.limit = config.maxBodyBytes();
    }

    void install(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                String requestId = ctx.request().getHeader(RequestIds.HEADER);
                JsonObject problem = new JsonObject()
                        .put("type", ProblemType.PAYLOAD_TOO_LARGE.uri())
                        .put("title", vn.vhcs.common.i18n.Messages.get(
                                vn.vhcs.common.i18n.Messages.resolve(ctx.request().getHeader("Accept-Language")),
                                "problem.payload-too-large.title"))
                        .put("status", 413)
                        .put("detail", vn.vhcs.common.i18n.Messages.get(
                                vn.vhcs.common.i18n.Messages.resolve(ctx.request().getHeader("Accept-Language")),
                                "body.too-large", limit))
                        .put("instance", ctx.request().path())
                        .put("requestId", requestId == null ? UUID.randomUUID().toString() : requestId);
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(problem.encode());
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
