package vn.vhcs.gateway.clients;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RequestValidator;
import vn.vhcs.common.web.Page;
import vn.vhcs.gateway.security.ApiKeyAuthentication;
import vn.vhcs.common.security.Caller;

/** API clients and their keys; admins only. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    private final ClientService clients;
    private final RequestValidator validator;
    private final ApiKeyAuthentication authentication;

    public ClientResource(ClientService clients, RequestValidator validator, ApiKeyAuthentication authentication) {
        this.clients = clients;
        this.validator = validator;
        this.authentication = authentication;
    }

    /** Creates a client: 201 with its key, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ClientRequest request, @Context RoutingContext ctx) {
        Caller admin = admin(ctx);
        var created = clients.create(validator.valid(request), admin.clientId());
        return Response.created(URI.create("/api/v1/clients/" + created.client().id))
                .entity(ClientView.of(created.client(), created.key())).build();
    }

    @GET
    public Page<ClientView> list(@Context RoutingContext ctx) {
        admin(ctx);
        List<ClientView> all = clients.list().stream().map(c -> ClientView.of(c, null)).toList();
        return new Page<>(all, 0, Math.max(1, all.size()), all.size());
    }

    /** Revokes the client's key: it stops working at once. */
    @DELETE
    @Path("/{id}")
    public ClientView revoke(@PathParam("id") String id, @Context RoutingContext ctx) {
        admin(ctx);
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("client", id);
        }
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
