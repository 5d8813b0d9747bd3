package vn.vhcs.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request carries an {@code X-Request-Id}: taken from the caller (the gateway) when it is
 * well-formed, made up otherwise. It goes into the log context (MDC key {@code requestId}), the
 * answer's header, problem documents and the events the request causes.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The current request's id, or a fresh one outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }

    /** The caller's id when well-formed, else a fresh one. */
    static String accept(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The id of a request handled below JAX-RS (Vert.x routes and filters), fixed once per request. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(MDC_KEY);
        if (id == null) {
            id = accept(ctx.request().getHeader(HEADER));
            ctx.put(MDC_KEY, id);
        }
        return id;
    }

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = accept(request.getHeaderString(HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
