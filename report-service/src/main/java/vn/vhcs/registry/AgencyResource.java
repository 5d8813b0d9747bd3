package vn.vhcs.registry;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.registry.api.AgencyRequest;
import vn.vhcs.registry.api.AgencyView;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final vn.vhcs.common.security.CurrentCaller callers;

    private final AgencyRepository agencies;
    private final RegistryService registry;
    private final RequestValidator validator;

    public AgencyResource(AgencyRepository agencies, RegistryService registry, RequestValidator validator, vn.vhcs.common.security.CurrentCaller callers) {
        this.callers = callers;
        this.agencies = agencies;
        this.registry = registry;
        this.validator = validator;
    }

    @GET
    public Page<AgencyView> list(@QueryParam("province") String province, @QueryParam("kind") String kindParam,
            @QueryParam("active") String activeParam, @QueryParam("page") String page, @QueryParam("size") String size) {
        AgencyKind kind = QueryParams.enumValue(AgencyKind.class, kindParam, "kind");
        Boolean active = QueryParams.bool(activeParam, "active");
        PageRequest paging = PageRequest.of(page, size);
        if (province != null) {
            Codes.province(province, "province");
        }
        var query = agencies.search(province, kind, active).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(AgencyView::of).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{code}")
    public AgencyView get(@PathParam("code") String code) {
        return agencies.findByIdOptional(code).map(AgencyView::of)
                .orElseThrow(() -> ProblemException.notFound("agency", code));
    }

    /** Deactivates the agency: it stays, with its reports, but is no longer expected to report. */
    @DELETE
    @Path("/{code}")
    public AgencyView deactivate(@PathParam("code") String code) {
        Admins.require(callers.get());
        return AgencyView.of(registry.deactivate(code));
    }

    /** Creates (201) or replaces (200) the agency with this code; replacing reactivates it. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("code") String code, AgencyRequest request) {
        Admins.require(callers.get());
        Codes.check(code, Codes.AGENCY, "code", "code.agency");
        var saved = registry.putAgency(code, validator.valid(request));
        AgencyView view = AgencyView.of(saved.entity());
        return saved.created()
                ? Response.created(URI.create("/api/v1/agencies/" + code)).entity(view).build()
                : Response.ok(view).build();
    }
}
