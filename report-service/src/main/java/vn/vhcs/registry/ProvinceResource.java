package vn.vhcs.registry;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.registry.api.ProvinceView;

@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
public class ProvinceResource {

    private final ProvinceRepository provinces;

    public ProvinceResource(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    /** All provinces, or those valid on {@code on} (e.g. {@code on=2025-07-01} gives the 34). */
    @GET
    public Page<ProvinceView> list(@QueryParam("on") String onParam, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        LocalDate on = QueryParams.date(onParam, "on");
        PageRequest paging = PageRequest.of(page, size);
        List<Province> all = provinces.listAll(io.quarkus.panache.common.Sort.by("key.code").and("key.validFrom"));
        List<ProvinceView> matching = all.stream().filter(p -> on == null || p.validOn(on)).map(ProvinceView::of).toList();
        return Page.of(matching, paging);
    }

    /** The province with this code on {@code on} (default today), else its latest one. */
    @GET
    @Path("/{code}")
    public ProvinceView get(@PathParam("code") String code, @QueryParam("on") String onParam) {
        LocalDate on = QueryParams.date(onParam, "on");
        Codes.province(code, "code");
        return provinces.current(code, on == null ? LocalDate.now() : on).map(ProvinceView::of)
                .orElseThrow(() -> ProblemException.notFound("province", code));
    }
}
