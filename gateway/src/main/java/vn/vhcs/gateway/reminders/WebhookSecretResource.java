package vn.vhcs.gateway.reminders;

import static vn.vhcs.common.openapi.OperationRoles.ADMIN_ONLY;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.IdParams;
import vn.vhcs.gateway.clients.ApiClient;
import vn.vhcs.gateway.clients.ClientService;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/** A new webhook signing secret for a client; the one it replaces keeps signing for a while. */
@Path("/api/v1/clients/{id}/webhook-secret")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@RequiredArgsConstructor
public class WebhookSecretResource {

    @Schema(name = "WebhookSecret", description = "A client's new webhook signing secret, shown this once.",
            requiredProperties = { "webhookSecret", "previousSecretValidUntil" })
    public record NewSecret(
            @Schema(pattern = "^whsec_[A-Za-z0-9+/]+={0,2}$", description = "The new secret: `whsec_` and the base64 "
                    + "of the key's bytes. Every webhook is signed with it from now on: store it now.",
                    examples = "whsec_kURndJr7kLzAAXoC68JJJSp4Y/kGkc9MWIdO827A8aE=")
            String webhookSecret,
            @Schema(description = "Until when the secret it replaces still signs too (a second `v1,` signature in "
                    + "`webhook-signature`).", examples = "2026-12-08T02:00:00Z")
            Instant previousSecretValidUntil) {
    }

    private final ClientService clients;
    private final WebhookConfig config;

    @POST
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a client's webhook secret", description = "Gives "
            + "the client a new webhook signing secret, in this answer only. The secret it replaces keeps signing, as a "
            + "second signature in the same `webhook-signature` header, until `previousSecretValidUntil` "
            + "(`vhcs.webhooks.rotation-overlap`, 24 hours): the portal verifies with either while it changes over. "
            + "Rotating again within that time drops the older one." + ADMIN_ONLY)
    @APIResponse(responseCode = "201", description = "The new secret.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSecret.class),
            examples = @ExampleObject(name = "rotated", summary = "A new secret, the old one valid for 24 hours",
                    value = "{\"webhookSecret\": \"whsec_kURndJr7kLzAAXoC68JJJSp4Y/kGkc9MWIdO827A8aE=\", "
                            + "\"previousSecretValidUntil\": \"2026-12-08T02:00:00Z\"}")))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public Response rotate(
            @Parameter(description = "The client's id.", example = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Context RoutingContext ctx) {
        Caller caller = ApiKeyAuthentication.caller(ctx);
        if (caller == null || !caller.admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, vn.vhcs.common.i18n.Messages.get("auth.forbidden"));
        }
        ApiClient client = clients.rotateWebhookSecret(IdParams.uuid(id, "client"), config.rotationOverlap());
        return Response.status(Response.Status.CREATED)
                .entity(new NewSecret(client.webhookSecret, client.webhookPreviousSecretUntil)).build();
    }
}
