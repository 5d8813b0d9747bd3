package vn.vhcs.gateway.reminders;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.idempotency.Idempotency;
import vn.vhcs.common.idempotency.IdempotencyKeyParam;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.CodeParams;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/** Reminders to the agencies of a province that have not reported for a round. */
@Path("/api/v1/rounds/{round}/provinces/{province}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@RequiredArgsConstructor
public class RemindersResource {

    private final Reminders reminders;
    private final Idempotency idempotency;

    @POST
    @Tag(name = "Registry")
    @Operation(operationId = "remindProvince", summary = "Remind the agencies that have not reported (province board)",
            description = "Every expected agency of the province without a current report for the round (the "
                    + "`missing-agencies` of the statistics) is reminded: one webhook per agency to each portal client "
                    + "acting for it (`SUBMITTER` with the agency or the province in its scope, and a `webhookUrl`), "
                    + "once per run: the `reportReminder` webhook, signed by the Standard Webhooks specification and "
                    + "retried by `vhcs.webhooks.retry-schedule` while the portal does not answer 2xx. Answers 202 "
                    + "with what was queued. Send `Idempotency-Key` to retry safely: a retry reminds no one again."
                    + "\n\n**Roles:** `ADMIN`; `BOARD` of the province (403 otherwise).")
    @APIResponse(responseCode = "202", description = "Queued.", headers = @Header(name = Idempotency.REPLAYED,
            description = IdempotencyKeyParam.REPLAYED, schema = @Schema(type = SchemaType.STRING, enumeration = "true")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderRun.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response remind(
            @Parameter(description = "The round's code.", example = "SO-KET-2022") @PathParam("round") String round,
            @Parameter(description = "The province's two-digit code.", example = "70", schema = @Schema(
                    type = SchemaType.STRING, pattern = "^[0-9]{2}$")) @PathParam("province") String province,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri, @Context RoutingContext ctx) {
        String roundCode = CodeParams.round(round, "round");
        String provinceCode = CodeParams.province(province, "province");
        Caller caller = ApiKeyAuthentication.caller(ctx);
        // the services and the mail server are asked outside any transaction: the answer is kept right after
        return idempotency.onceSeparately(caller.clientId(), retry.key, "POST", uri, null, () -> Response.accepted(
                reminders.run(roundCode, provinceCode, caller)).type(MediaType.APPLICATION_JSON).build());
    }
}
