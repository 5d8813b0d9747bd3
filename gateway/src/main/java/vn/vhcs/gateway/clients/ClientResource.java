package vn.vhcs.gateway.clients;

import static vn.vhcs.common.openapi.OperationRoles.ADMIN_ONLY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.idempotency.Idempotency;
import vn.vhcs.common.idempotency.IdempotencyKeyParam;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.gateway.security.ApiKeyAuthentication;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.IdParams;
import vn.vhcs.common.web.PageParams;

/** API clients and their keys; admins only. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "API clients and their keys (admins only).")
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@RequiredArgsConstructor
public class ClientResource {

    private static final String PORTAL = """
            "id": "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d", "name": "Cổng thông tin điện tử tỉnh Bình Phước",
            "role": "SUBMITTER", "agencies": [], "provinces": ["70"], "reports": false, "keyPrefix": "k3d9x2m7qa",
            "createdAt": "2022-03-20T01:30:00Z", "createdBy": "bootstrap-admin\"""";

    private final ClientService clients;
    private final vn.vhcs.common.web.BodyReader bodies;
    private final ApiKeyAuthentication authentication;
    private final Idempotency idempotency;

    /** Creates a client: 201 with its key, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Create an API client", description = "Creates a client and "
            + "its API key. The key (`vhcs_<prefix>_<secret>`) is in this answer only, never again: only its hash is "
            + "kept. Send `Idempotency-Key` to retry safely: a retry gets the same client back, without its key and "
            + "`webhookSecret` (they are never kept); had the first answer been lost, revoke that client and create "
            + "another." + ADMIN_ONLY)
    @APIResponse(responseCode = "201", description = "Created, with its key.", headers = {
            @Header(name = "Location", description = "The client's URL.", schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference", examples = "/api/v1/clients/b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d")),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class),
                    examples = @ExampleObject(name = "portal", summary = "A province portal, with its key",
                            value = "{" + PORTAL + ", \"key\": "
                                    + "\"vhcs_k3d9x2m7qa_Zr8Qm2VfT0pLx7aNc4HbW9sEyK1uJd6GiO3tRq5nYwA\"}")))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientRequest.class), examples = {
                            @ExampleObject(name = "submitter", summary = "A province portal submitting for its "
                                    + "agencies", value = """
                                            {"name": "Cổng thông tin điện tử tỉnh Bình Phước", "role": "SUBMITTER",
                                             "provinces": ["70"]}"""),
                            @ExampleObject(name = "reader", summary = "A national dashboard that may read reports",
                                    value = """
                                            {"name": "Bảng điều khiển Ban Thi đua – Khen thưởng", "role": "READER",
                                             "provinces": ["national"], "reports": true,
                                             "expiresAt": "2027-12-31T17:00:00Z"}""") }))
            byte[] body, @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri, @Context RoutingContext ctx) {
        Caller admin = admin(ctx);
        // read strictly (UTF-8 exactly, no member twice, no unsafe text), every broken rule in one answer
        ClientRequest request = bodies.read(body, ClientRequest.class).get();
        return idempotency.once(admin.clientId(), retry.key, "POST", uri, request, () -> {
            var created = clients.create(request, admin.actor());
            return Response.created(URI.create("/api/v1/clients/" + created.client().id))
                    .entity(ClientView.of(created.client(), created.key())).build();
        });
    }

    @GET
    @Operation(operationId = "listClients", summary = "List API clients", description = "Every API client, revoked "
            + "ones included, oldest first. Keys are never shown again." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "A page of API clients.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<ClientView> list(
            @BeanParam PageParams pages,
            @Context RoutingContext ctx) {
        admin(ctx);
        PageRequest paging = pages.request();
        List<ClientView> all = clients.list().stream().map(c -> ClientView.of(c, null)).toList();
        return Page.of(all, paging);
    }

    /** Revokes the client's key: it stops working at once. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeClient", summary = "Revoke an API client's key", description = "Revokes the "
            + "client's key: it stops working at once on this gateway instance (on the others within "
            + "`vhcs.security.key-cache`, 10 s). The client stays listed, with `revokedAt`. Revoking again changes "
            + "nothing." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Revoked.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class),
            examples = @ExampleObject(name = "portal", summary = "A province portal, revoked",
                    value = "{" + PORTAL + ", \"revokedAt\": \"2023-01-05T04:00:00Z\"}")))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public ClientView revoke(
            @Parameter(description = "The client's id.", example = "b5a3c1d2-7e4f-4a6b-8c9d-0e1f2a3b4c5d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @Context RoutingContext ctx) {
        admin(ctx);
        UUID uuid = IdParams.uuid(id, "client");
        ApiClient revoked = clients.revoke(uuid);
        authentication.forget(revoked.id.toString());
        return ClientView.of(revoked, null);
    }

    private static Caller admin(RoutingContext ctx) {
        Caller caller = ApiKeyAuthentication.caller(ctx);
        if (caller == null || !caller.admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, vn.vhcs.common.i18n.Messages.get("auth.forbidden"));
        }
        return caller;
    }
}
