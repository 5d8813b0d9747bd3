package vn.vhcs.report;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import lombok.RequiredArgsConstructor;

/**
 * Counts every write to /api/v1/reports by operation (submit, revise, withdraw) and outcome
 * (accepted, rejected for bad input, conflict, error), whatever answered it.
 */
@RequiredArgsConstructor
public class SubmissionMetrics {

    private final MeterRegistry registry;

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!path.startsWith("/api/v1/reports")) {
            return;
        }
        String operation = switch (request.getMethod()) {
            case "POST" -> "submit";
            case "PUT" -> "revise";
            case "DELETE" -> "withdraw";
            default -> null;
        };
        if (operation == null) {
            return;
        }
        registry.counter("vhcs.submissions", "operation", operation, "outcome", outcome(response.getStatus())).increment();
    }

    static String outcome(int status) {
        if (status < 300) {
            return "accepted";
        }
        if (status == 409 || status == 412 || status == 428) {
            return "conflict";
        }
        return status < 500 ? "rejected" : "error";
    }
}
