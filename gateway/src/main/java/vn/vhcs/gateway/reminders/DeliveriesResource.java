package vn.vhcs.gateway.reminders;

import static vn.vhcs.common.openapi.OperationRoles.ADMIN_ONLY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/** A client's webhook delivery log, as an admin sees it, and its redelivery. */
@Path("/api/v1/clients/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@RequiredArgsConstructor
public class DeliveriesResource {

    static final String LOG = "Every webhook sent (or being sent) to the client, oldest first, with its state, its "
            + "attempts, the portal's last answer and when the next attempt is due.";
    static final String REDELIVER = "Sends the delivery again, whatever its state: it is `PENDING` at once, with "
            + "the whole retry schedule ahead of it, and keeps its id (the `webhook-id` header), so a portal that "
            + "processed it already recognises it.";
    static final String DELIVERY_ID = "The delivery's id (its `webhook-id`).";
    static final String DELIVERY_ID_EXAMPLE = "3f6c2a9e-1b7d-4e8a-9c5f-2d4b6a8e0c13";

    private final DeliveryStore store;

    @GET
    @Operation(operationId = "listClientDeliveries", summary = "A client's webhook delivery log",
            description = LOG + " A client reads its own with `GET /api/v1/clients/me/deliveries`." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<DeliveryView> deliveries(
            @Parameter(description = "The client's id.", example = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @BeanParam PageParams pages,
            @Context RoutingContext ctx) {
        admin(ctx);
        return store.log(IdParams.uuid(id, "client"), pages.request());
    }

    @POST
    @Path("/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverClientDelivery", summary = "Send a webhook delivery again",
            description = REDELIVER + ADMIN_ONLY)
    @APIResponse(responseCode = "202", description = "Queued: the delivery as it now stands.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response redeliver(
            @Parameter(description = "The client's id.", example = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = DELIVERY_ID, example = DELIVERY_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("deliveryId") String deliveryId,
            @Context RoutingContext ctx) {
        admin(ctx);
        DeliveryView queued = store.redeliver(IdParams.uuid(id, "client"), IdParams.uuid(deliveryId, "delivery"));
        return Response.accepted(queued).build();
    }

    private static void admin(RoutingContext ctx) {
        Caller caller = ApiKeyAuthentication.caller(ctx);
        if (caller == null || !caller.admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, vn.vhcs.common.i18n.Messages.get("auth.forbidden"));
        }
    }
}
