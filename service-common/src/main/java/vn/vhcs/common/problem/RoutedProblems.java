package vn.vhcs.common.problem;

import java.util.List;
import java.util.Locale;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.web.RequestIds;

/**
 * Problem documents for answers given below JAX-RS, by Vert.x routes and filters (body limit,
 * the gateway's own answers), in the language of the request's Accept-Language.
 */
public final class RoutedProblems {

    private RoutedProblems() {
    }

    /** Answers with {@code type}; the detail is the message {@code detailKey} with {@code args}. */
    public static void send(RoutingContext ctx, ProblemType type, String detailKey, Object... args) {
        send(ctx, type, List.of(), detailKey, args);
    }

    /**
     * Answers with {@code type} listing {@code errors} (their messages in {@link #locale}); the
     * detail is the message {@code detailKey} with {@code args}.
     */
    public static void send(RoutingContext ctx, ProblemType type, List<FieldError> errors, String detailKey,
            Object... args) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Locale locale = locale(ctx);
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title(locale))
                .put("status", type.status())
                .put("detail", Messages.get(locale, detailKey, args))
                .put("instance", ctx.request().path())
                .put("requestId", RequestIds.of(ctx));
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            errors.forEach(e -> list.add(new JsonObject().put("field", e.field()).put("message", e.message())));
            problem.put("errors", list);
        }
        ctx.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }

    /** The language of the request's Accept-Language, for the messages of an answer given here. */
    public static Locale locale(RoutingContext ctx) {
        return Messages.resolve(ctx.request().getHeader("Accept-Language"));
    }
}
