package vn.vhcs.report;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RequestValidator;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.common.security.Role;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.registry.Codes;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportVersionView;
import vn.vhcs.report.api.ReportView;
import vn.vhcs.report.history.ReportVersionRepository;
import vn.vhcs.report.idempotency.Idempotency;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;
    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportMapper mapper;
    private final RequestValidator validator;
    private final Idempotency idempotency;
    private final CurrentCaller callers;

    public ReportResource(ReportService service, ReportRepository reports, ReportVersionRepository versions,
            ReportMapper mapper, RequestValidator validator, Idempotency idempotency, CurrentCaller callers) {
        this.callers = callers;
        this.service = service;
        this.reports = reports;
        this.versions = versions;
        this.mapper = mapper;
        this.validator = validator;
        this.idempotency = idempotency;
    }

    /**
     * Submits an agency's report for a round: 201 with its URL and {@code ETag: "1"}. A withdrawn
     * report is submitted again as its next version.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(ReportRequest request, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.once(callers.get().clientId(), key, "POST", uri, request, () -> {
            Report report = service.submit(validator.valid(request), callers.get()).report();
            return Response.created(URI.create("/api/v1/reports/" + report.id)).tag(etag(report))
                    .entity(view(report)).build();
        });
    }

    /** Revises a report: {@code If-Match} with its current ETag; answers the new version. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") String id, ReportRequest request, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        UUID reportId = parse(id);
        return idempotency.once(callers.get().clientId(), key, "PUT", uri, request, () -> {
            Report report = service.revise(reportId, validator.valid(request), ifMatch, callers.get());
            return Response.ok(view(report)).tag(etag(report)).build();
        });
    }

    /** Withdraws a report ({@code If-Match} required): kept with its history, it stops counting. */
    @DELETE
    @Path("/{id}")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        UUID reportId = parse(id);
        return idempotency.once(callers.get().clientId(), key, "DELETE", uri, null, () -> {
            Report report = service.withdraw(reportId, ifMatch, callers.get());
            return Response.ok(view(report)).tag(etag(report)).build();
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        Report report = find(id);
        return Response.ok(view(report)).tag(etag(report)).build();
    }

    /** The audit trail: every version, when, by which client, and which top-level fields changed. */
    @GET
    @Path("/{id}/versions")
    public Page<ReportVersionView> versions(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Report report = find(id);
        PageRequest paging = PageRequest.of(page, size);
        var query = versions.of(report.id).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(v -> new ReportVersionView(v.key.version(), v.status, v.actedAt,
                v.actedBy, v.changedFields.isEmpty() ? List.of() : Arrays.asList(v.changedFields.split(","))))
                .toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    public Page<ReportView> list(@QueryParam("province") String province, @QueryParam("round") String round,
            @QueryParam("agency") String agency, @QueryParam("status") String statusParam,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        ReportStatus status = QueryParams.enumValue(ReportStatus.class, statusParam, "status");
        if (province != null) {
            Codes.province(province, "province");
        }
        requireReportReader();
        var query = reports.search(province, round, agency, status, callers.get()).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(this::view).toList(), paging.page(), paging.size(), query.count());
    }

    private ReportView view(Report report) {
        return mapper.view(report, service.onTime(report));
    }

    /** A report the caller may read; any other is "not found", so that no existence leaks. */
    private Report find(String id) {
        requireReportReader();
        return reports.findByIdOptional(parse(id)).filter(r -> callers.get().reads(r.agencyCode, r.provinceCode))
                .orElseThrow(() -> ProblemException.notFound("report", id));
    }

    private void requireReportReader() {
        if (callers.get().role() == Role.READER && !callers.get().reportsRead()) {
            throw new ProblemException(ProblemType.FORBIDDEN, vn.vhcs.common.i18n.Messages.get("auth.forbidden"));
        }
    }

    static EntityTag etag(Report report) {
        return new EntityTag(Integer.toString(report.version));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("report", id);
        }
    }
}
