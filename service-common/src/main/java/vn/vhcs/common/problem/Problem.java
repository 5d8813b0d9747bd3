package vn.vhcs.common.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, extended with the broken rules and the request id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = { "type", "title", "status" }, description = "An RFC 9457 problem "
        + "document (`application/problem+json`), extended with the request id and, for bad input, the broken rules. "
        + "With `Accept-Language: vi` `title`, `detail` and every `errors[].message` are in Vietnamese; `type` and "
        + "`errors[].field` never change.")
public record Problem(
        @Schema(format = "uri", examples = "urn:vhcs:problem:validation", description = "`urn:vhcs:problem:<kind>`: "
                + "validation, malformed-request, unauthorized, forbidden, not-found, method-not-allowed, "
                + "not-acceptable, conflict, round-closed, precondition-failed, payload-too-large, uri-too-long, "
                + "unsupported-media-type, unprocessable, precondition-required, too-many-requests, "
                + "request-header-fields-too-large, internal, "
                + "service-unavailable, gateway-timeout.")
        String type,
        @Schema(description = "Short summary of the kind of problem, in the caller's language.",
                examples = "Validation failed")
        String title,
        @Schema(minimum = "100", maximum = "599", description = "The HTTP status.", examples = "400")
        int status,
        @Schema(description = "What went wrong in this request.", examples = "The request breaks 1 rule(s)")
        String detail,
        @Schema(description = "The request's path.", examples = "/api/v1/reports")
        String instance,
        @Schema(description = "Also in the `X-Request-Id` header and in every log line of the request; quote it "
                + "when reporting a fault.", examples = "9ed4c0a2-61b7-4f3e-8d25-7a1c9b3e4f60")
        String requestId,
        @Schema(description = "For bad input: every broken rule, naming its field.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
