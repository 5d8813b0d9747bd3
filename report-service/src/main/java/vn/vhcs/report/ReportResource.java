package vn.vhcs.report;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.RequestValidator;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.registry.Codes;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportView;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;
    private final ReportRepository reports;
    private final ReportMapper mapper;
    private final RequestValidator validator;

    public ReportResource(ReportService service, ReportRepository reports, ReportMapper mapper,
            RequestValidator validator) {
        this.service = service;
        this.reports = reports;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Submits an agency's report for a round: 201 with its URL and {@code ETag: "1"}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(ReportRequest request) {
        Report report = service.submit(validator.valid(request));
        return Response.created(URI.create("/api/v1/reports/" + report.id))
                .tag(etag(report))
                .entity(mapper.view(report))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        Report report = reports.findByIdOptional(parse(id)).orElseThrow(() -> ProblemException.notFound("Report " + id));
        return Response.ok(mapper.view(report)).tag(etag(report)).build();
    }

    @GET
    public Page<ReportView> list(@QueryParam("province") String province, @QueryParam("round") String round,
            @QueryParam("agency") String agency, @QueryParam("status") ReportStatus status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        if (province != null) {
            Codes.check(province, Codes.PROVINCE, "province", "a two-digit province code");
        }
        var query = reports.search(province, round, agency, status).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(mapper::view).toList(), paging.page(), paging.size(), query.count());
    }

    static EntityTag etag(Report report) {
        return new EntityTag(Integer.toString(report.version));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Report " + id);
        }
    }
}
