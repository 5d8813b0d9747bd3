package vn.vhcs.gateway.routing;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * The gateway gives every request an {@code X-Request-Id} (keeping a well-formed one from the
 * caller), forwards it to the service and returns it in the answer; services put it in their logs
 * and in the events the request causes.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "vhcs.requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestId() {
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        if (id == null) {
            String given = ctx.request().getHeader(HEADER);
            id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.put(KEY, id);
        }
        return id;
    }
}
