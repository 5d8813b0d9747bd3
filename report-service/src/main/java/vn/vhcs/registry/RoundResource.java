package vn.vhcs.registry;

import java.net.URI;
import java.util.List;

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

    private final vn.vhcs.common.security.CurrentCaller callers;

    private final RoundRepository rounds;
    private final RegistryService registry;
    private final RequestValidator validator;
    private final ProvinceDueDateRepository dueDates;

    public RoundResource(RoundRepository rounds, RegistryService registry, RequestValidator validator,
            ProvinceDueDateRepository dueDates, vn.vhcs.common.security.CurrentCaller callers) {
        this.callers = callers;
        this.rounds = rounds;
        this.registry = registry;
        this.validator = validator;
        this.dueDates = dueDates;
    }

    @GET
    public Page<RoundView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        var query = rounds.findAll(Sort.by("periodEnd").and("code")).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(RoundView::of).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{code}")
    public RoundView get(@PathParam("code") String code) {
        return rounds.findByIdOptional(code).map(RoundView::of)
                .orElseThrow(() -> ProblemException.notFound("round", code));
    }

    /** A province's own deadline for the round: {@code {"dueDate":"2022-05-15"}}. */
    @PUT
    @Path("/{code}/provinces/{province}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putProvinceDueDate(@PathParam("code") String code, @PathParam("province") String province,
            ProvinceDueDateRequest request) {
        Admins.require(callers.get());
        Codes.province(province, "province");
        var saved = registry.putProvinceDueDate(code, province, validator.valid(request).dueDate());
        var view = new ProvinceDueDateView(code, province, saved.entity().dueDate);
        return saved.created()
                ? Response.created(URI.create("/api/v1/rounds/" + code + "/provinces/" + province)).entity(view).build()
                : Response.ok(view).build();
    }

    /** Every province's own deadline for the round. */
    @GET
    @Path("/{code}/provinces")
    public Page<ProvinceDueDateView> provinceDueDates(@PathParam("code") String code) {
        rounds.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("round", code));
        List<ProvinceDueDateView> all = dueDates.forRound(code).stream()
                .map(d -> new ProvinceDueDateView(code, d.key.provinceCode(), d.dueDate)).toList();
        return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    public record ProvinceDueDateRequest(@jakarta.validation.constraints.NotNull java.time.LocalDate dueDate) {
    }

    public record ProvinceDueDateView(String roundCode, String provinceCode, java.time.LocalDate dueDate) {
    }

    /** Creates (201) or replaces (200) the round; a later {@code closesOn} reopens a closed round. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("code") String code, RoundRequest request) {
        Admins.require(callers.get());
        Codes.check(code, Codes.ROUND, "code", "code.round");
        var saved = registry.putRound(code, validator.valid(request));
        RoundView view = RoundView.of(saved.entity());
        return saved.created()
                ? Response.created(URI.create("/api/v1/rounds/" + code)).entity(view).build()
                : Response.ok(view).build();
    }
}
