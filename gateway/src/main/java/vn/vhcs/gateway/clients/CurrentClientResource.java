package vn.vhcs.gateway.clients;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * The caller's own role and scope, so a page (the dashboard) offers only what it may do: an API
 * key's client, or an officer signed in at the identity provider. Every caller may read its own,
 * nothing else of the clients.
 */
@Path("/api/v1/clients/me")
@Produces(MediaType.APPLICATION_JSON)
public class CurrentClientResource {

    @Schema(name = "CurrentClient", description = "The caller: an API key's client, or an officer signed in with "
            + "her token (then `username`, `name` and `through` say who, and through which client); its role and "
            + "scope.", requiredProperties = { "id", "role", "agencies", "provinces", "reports" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CurrentClient(
            @Schema(description = "The client's id (`bootstrap-admin` for the configured admin key); for an officer "
                    + "`oidc:` and her subject at the identity provider.",
                    examples = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d") String id,
            @Schema(description = ClientView.ROLE + " An officer's is the strongest vhcs role her token names.")
            Role role,
            @Schema(description = "Agency codes a submitter acts for.") List<String> agencies,
            @Schema(description = "Province codes, or `national`.") List<String> provinces,
            @Schema(description = "A reader may read its provinces' reports.") boolean reports,
            @Schema(description = "An officer's username, as the audit trail names her; absent for an API key.",
                    examples = "bp.thidua") String username,
            @Schema(description = "An officer's display name, when her token has one.",
                    examples = "Nguyễn Thị Lan") String name,
            @Schema(description = "The OIDC client an officer signed in through; absent for an API key.",
                    examples = "vhcs-dashboard") String through) {
    }

    @GET
    @Tag(name = "Clients")
    @Operation(operationId = "currentClient", summary = "The caller's role and scope",
            description = "The client the API key belongs to, or the officer the access token names: role, agencies "
                    + "and provinces (never the key or the token). The dashboard offers its buttons by it."
                    + "\n\n**Roles:** every key and every officer.")
    @APIResponse(responseCode = "200", description = "The caller.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentClient.class)))
    public CurrentClient me(@Context RoutingContext ctx) {
        Caller caller = ApiKeyAuthentication.caller(ctx);
        return new CurrentClient(caller.clientId(), caller.role(), List.copyOf(caller.agencies()),
                List.copyOf(caller.provinces()), caller.reportsRead(), caller.person(),
                ctx.get(ApiKeyAuthentication.OFFICER_NAME), caller.through());
    }
}
