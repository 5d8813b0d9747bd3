package vn.vhcs.gateway.reminders;

import static vn.vhcs.common.openapi.OperationRoles.EVERY_KEY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import vn.vhcs.common.web.IdParams;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/** The calling client's own webhook delivery log: a portal sees what it was sent and asks for it again. */
@Path("/api/v1/clients/me/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@RequiredArgsConstructor
public class OwnDeliveriesResource {

    private final DeliveryStore store;

    @GET
    @Operation(operationId = "listOwnDeliveries", summary = "The calling client's webhook delivery log",
            description = DeliveriesResource.LOG + " A key without webhooks has none." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<DeliveryView> deliveries(@BeanParam PageParams pages, @Context RoutingContext ctx) {
        PageRequest paging = pages.request();
        return self(ctx).map(client -> store.log(client, paging)).orElseGet(() -> Page.of(List.of(), paging));
    }

    @POST
    @Path("/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverOwnDelivery", summary = "Send one of the calling client's webhooks again",
            description = DeliveriesResource.REDELIVER + EVERY_KEY)
    @APIResponse(responseCode = "202", description = "Queued: the delivery as it now stands.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response redeliver(
            @Parameter(description = DeliveriesResource.DELIVERY_ID, example = DeliveriesResource.DELIVERY_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("deliveryId") String deliveryId,
            @Context RoutingContext ctx) {
        UUID delivery = IdParams.uuid(deliveryId, "delivery");
        UUID client = self(ctx).orElseThrow(() -> ProblemException.notFound("delivery", deliveryId));
        return Response.accepted(store.redeliver(client, delivery)).build();
    }

    /** The caller's client id; none for the configured admin key, which is no client and has no webhook. */
    private static Optional<UUID> self(RoutingContext ctx) {
        try {
            return Optional.of(UUID.fromString(ApiKeyAuthentication.caller(ctx).clientId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
