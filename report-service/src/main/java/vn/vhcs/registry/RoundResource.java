package vn.vhcs.registry;

import java.net.URI;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.RequestValidator;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.registry.api.RoundRequest;
import vn.vhcs.registry.api.RoundView;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final RoundRepository rounds;
    private final RegistryService registry;
    private final RequestValidator validator;

    public RoundResource(RoundRepository rounds, RegistryService registry, RequestValidator validator) {
        this.rounds = rounds;
        this.registry = registry;
        this.validator = validator;
    }

    @GET
    public Page<RoundView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var query = rounds.findAll(Sort.by("periodEnd").and("code")).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(RoundView::of).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{code}")
    public RoundView get(@PathParam("code") String code) {
        return rounds.findByIdOptional(code).map(RoundView::of)
                .orElseThrow(() -> ProblemException.notFound("Round " + code));
    }

    /** Creates (201) or replaces (200) the round; a later {@code closesOn} reopens a closed round. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("code") String code, RoundRequest request) {
        Codes.check(code, Codes.ROUND, "code", "a round code");
        var saved = registry.putRound(code, validator.valid(request));
        RoundView view = RoundView.of(saved.entity());
        return saved.created()
                ? Response.created(URI.create("/api/v1/rounds/" + code)).entity(view).build()
                : Response.ok(view).build();
    }
}
