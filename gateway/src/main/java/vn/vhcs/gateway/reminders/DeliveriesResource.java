package vn.vhcs.gateway.reminders;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.BeanParam;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.IdParams;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/** A client's webhook delivery log. */
@Path("/api/v1/clients/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@RequiredArgsConstructor
public class DeliveriesResource {

    private final DeliveryStore store;

    @GET
    @Tag(name = "Clients")
    @Operation(operationId = "listClientDeliveries", summary = "A client's webhook delivery log", description = "Every "
            + "webhook sent (or being sent) to the client, oldest first, with its attempts, the portal's last answer "
            + "and its state.\n\n**Roles:** `ADMIN` only (403 otherwise).")
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public vn.vhcs.common.web.Page<DeliveryView> deliveries(
            @Parameter(description = "The client's id.", example = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @BeanParam PageParams pages,
            @Context RoutingContext ctx) {
        Caller caller = ApiKeyAuthentication.caller(ctx);
        if (caller == null || !caller.admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, vn.vhcs.common.i18n.Messages.get("auth.forbidden"));
        }
        UUID client = IdParams.uuid(id, "client");
        return store.log(client, pages.request());
    }
}
