package vn.vhcs.gateway.clients;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.gateway.security.ApiKeyAuthentication;

/**
 * The calling key's own role and scope, so a page (the dashboard) offers only what the key may do;
 * every key may read its own, nothing else of the clients.
 */
@Path("/api/v1/clients/me")
@Produces(MediaType.APPLICATION_JSON)
public class CurrentClientResource {

    @Schema(name = "CurrentClient", description = "The calling key's client: its role and scope.",
            requiredProperties = { "id", "role", "agencies", "provinces", "reports" })
    public record CurrentClient(
            @Schema(description = "The client's id (`bootstrap-admin` for the configured admin key).",
                    examples = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d") String id,
            @Schema(description = ClientView.ROLE) Role role,
            @Schema(description = "Agency codes a submitter acts for.") List<String> agencies,
            @Schema(description = "Province codes, or `national`.") List<String> provinces,
            @Schema(description = "A reader may read its provinces' reports.") boolean reports) {
    }

    @GET
    @Tag(name = "Clients")
    @Operation(operationId = "currentClient", summary = "The calling key's role and scope",
            description = "The client the API key belongs to: its role, agencies and provinces (never the key). "
                    + "The dashboard offers its \"Nhắc\" (remind) button by it.\n\n**Roles:** every key.")
    @APIResponse(responseCode = "200", description = "The caller.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentClient.class)))
    public CurrentClient me(@Context RoutingContext ctx) {
        Caller caller = ApiKeyAuthentication.caller(ctx);
        return new CurrentClient(caller.clientId(), caller.role(), List.copyOf(caller.agencies()),
                List.copyOf(caller.provinces()), caller.reportsRead());
    }
}
