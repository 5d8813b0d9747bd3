package vn.vhcs.gateway.routing;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem documents for the answers the gateway itself produces. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String kind, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "urn:vhcs:problem:" + kind)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .put("requestId", RequestId.of(ctx));
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }
}
