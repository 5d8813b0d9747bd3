package vn.vhcs.registry;

import static vn.vhcs.common.openapi.OperationRoles.EVERY_KEY;
import static vn.vhcs.common.openapi.OperationRoles.ADMIN_ONLY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import vn.vhcs.common.web.CodeParams;
import java.time.LocalDate;
import java.util.List;

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

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.BeanParam;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.common.web.Answers;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.common.web.UpdatedSinceParam;
import vn.vhcs.registry.api.AgencyRequest;
import vn.vhcs.registry.api.AgencyView;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry", description = "Provinces, agencies and reporting rounds: read for every key, write for admins.")
@RequiredArgsConstructor
public class AgencyResource {

    private static final String AGENCY_EXAMPLE = """
            {"code": "70.SNGV", "name": "Sở Ngoại vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT",
             "provinceCode": "70", "active": true, "blocCode": "TĐS3", "staffing": 20,
             "createdAt": "2022-03-15T02:00:00Z", "updatedAt": "2022-03-15T02:00:00Z"}""";

    private final AgencyRepository agencies;
    private final AgencyStateRepository states;
    private final RegistryService registry;
    private final BodyReader bodies;
    private final vn.vhcs.common.security.CurrentCaller callers;

    @GET
    @Operation(operationId = "listAgencies", summary = "List agencies", description = "Registered agencies, "
            + "filtered, by code (with `updatedSince`: in the order of their last change). `Link` headers lead to the "
            + "next and previous pages." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "A page of agencies.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<AgencyView> list(
            @Parameter(description = "Province code (two digits).", example = "70",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @QueryParam("province") String province,
            @Parameter(description = "The agency's kind.", schema = @Schema(implementation = AgencyKind.class))
            @QueryParam("kind") String kindParam,
            @Parameter(description = "`true`: agencies active today only (existing, and not dissolved: no `validTo`, "
                    + "or one still ahead); `false`: the others (deactivated, dissolved, or not yet existing).",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String activeParam,
            @Parameter(description = "Only the agencies that exist on this date (`validFrom` ≤ on ≤ `validTo`, an absent "
                    + "end unbounded): those a round whose period ends that day expects.", example = "2022-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String onParam,
            @BeanParam UpdatedSinceParam since,
            @BeanParam PageParams pages) {
        AgencyKind kind = QueryParams.enumValue(AgencyKind.class, kindParam, "kind");
        Boolean active = QueryParams.bool(activeParam, "active");
        LocalDate on = QueryParams.date(onParam, "on");
        java.time.Instant updatedSince = since.instant();
        PageRequest paging = pages.request();
        if (province != null) {
            CodeParams.province(province, "province");
        }
        var query = agencies.search(province, kind, active, on, updatedSince, Agency.today()).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(AgencyView::of).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getAgency", summary = "Read an agency", description = "The agency, active or not, "
            + "as it is today or, with `on`, as it was on that day (the state a round whose period ended then "
            + "reads)." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "The agency.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class),
            examples = @ExampleObject(name = "soNgoaiVu", summary = "Sở Ngoại vụ tỉnh Bình Phước",
                    value = AGENCY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public AgencyView get(
            @BeanParam AgencyCodeParam path,
            @Parameter(description = "A day: the agency as it was then (its state in force that day).",
                    example = "2022-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String onParam) {
        LocalDate on = QueryParams.date(onParam, "on");
        Agency agency = agencies.findByIdOptional(path.code)
                .orElseThrow(() -> ProblemException.notFound("agency", path.code));
        if (on == null) {
            return AgencyView.of(agency);
        }
        AgencyStateRepository.InForce inForce = states.on(agency.code, on).orElseThrow();
        return AgencyView.of(agency, inForce.state(), inForce.next());
    }

    @GET
    @Path("/{code}/history")
    @Operation(operationId = "getAgencyHistory", summary = "An agency's states over time", description = "Every "
            + "state of the agency, oldest first, each with the days it held (`effectiveFrom` … `effectiveTo`, both "
            + "inclusive; absent at the open ends). A `PUT` with `effectiveFrom` adds or replaces the state from that "
            + "day; a round reads the state in force at its period's end." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "The states, oldest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = AgencyView.class),
            examples = @ExampleObject(name = "moved", summary = "A Sở moved to another bloc on 1 July 2025", value = """
                    [{"code": "70.SNGV", "name": "Sở Ngoại vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT",
                      "provinceCode": "70", "active": true, "blocCode": "TĐS3", "staffing": 20,
                      "createdAt": "2022-03-15T02:00:00Z", "updatedAt": "2025-07-01T02:00:00Z",
                      "effectiveTo": "2025-06-30"},
                     {"code": "70.SNGV", "name": "Sở Ngoại vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT",
                      "provinceCode": "70", "active": true, "blocCode": "TĐS1", "staffing": 20,
                      "createdAt": "2022-03-15T02:00:00Z", "updatedAt": "2025-07-01T02:00:00Z",
                      "effectiveFrom": "2025-07-01"}]""")))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public List<AgencyView> history(@BeanParam AgencyCodeParam path) {
        Agency agency = agencies.findByIdOptional(path.code)
                .orElseThrow(() -> ProblemException.notFound("agency", path.code));
        List<AgencyState> history = states.history(agency.code);
        List<AgencyView> views = new java.util.ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            views.add(AgencyView.of(agency, history.get(i), i + 1 < history.size() ? history.get(i + 1) : null));
        }
        return views;
    }

    /** Deactivates the agency: its validTo becomes today; it stays, with its reports. */
    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deactivateAgency", summary = "Deactivate an agency", description = "Deactivates the "
            + "agency: its `validTo` becomes today (in Vietnam), its last day, and `active` false. It stays, with its "
            + "reports; rounds whose period ends after today no longer expect it, earlier rounds still do. An agency "
            + "already inactive is answered as it is; one that exists only from a later day answers 409 (PUT its "
            + "dates instead). A PUT without `validTo` reactivates it." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Deactivated.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class),
            examples = @ExampleObject(name = "soNgoaiVu", summary = "Sở Ngoại vụ tỉnh Bình Phước, deactivated",
                    value = """
                            {"code": "70.SNGV", "name": "Sở Ngoại vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT",
                             "provinceCode": "70", "active": false, "validTo": "2023-02-01",
                             "createdAt": "2022-03-15T02:00:00Z", "updatedAt": "2023-02-01T03:00:00Z"}""")))
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public AgencyView deactivate(
            @BeanParam AgencyCodeParam path) {
        Admins.require(callers.get());
        return AgencyView.of(registry.deactivate(path.code));
    }

    /** Creates (201) or replaces (200) the agency with this code; replacing reactivates it. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putAgency", summary = "Create or replace an agency", description = "Creates the agency "
            + "with this code (201) or replaces it (200) with everything the body says, as of `effectiveFrom` "
            + "(default today): the agency's earlier states are kept (`GET /api/v1/agencies/{code}/history`), so a "
            + "round whose period ended before that day keeps its statistics. Without `validTo` a "
            + "deactivated agency is active again. `validTo` ≥ `validFrom`, and neither `parentCode` nor "
            + "`successorCode` the agency itself (400); the province must be known and the parent and successor "
            + "registered (422). Every broken rule is listed at once." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class),
            examples = @ExampleObject(name = "soNgoaiVu", summary = "Sở Ngoại vụ tỉnh Bình Phước",
                    value = AGENCY_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "Location",
            description = "The agency's URL.", schema = @Schema(type = SchemaType.STRING, format = "uri-reference",
                    examples = "/api/v1/agencies/70.SNGV")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgencyView.class),
                    examples = @ExampleObject(name = "soNgoaiVu", summary = "Sở Ngoại vụ tỉnh Bình Phước",
                            value = AGENCY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response put(
            @BeanParam AgencyCodeParam path,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgencyRequest.class),
                    examples = @ExampleObject(name = "soNgoaiVu", summary = "Sở Ngoại vụ tỉnh Bình Phước", value = """
                            {"name": "Sở Ngoại vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT",
                             "provinceCode": "70", "blocCode": "TĐS3", "staffing": 20}""")))
            byte[] body) {
        Admins.require(callers.get());
        // one answer lists every broken rule: the code, the body's shape and fields, the rules between them
        AgencyRequest request = bodies.read(body, AgencyRequest.class)
                .attempt(() -> CodeParams.agency(path.code, "code"))
                .check(agency -> RegistryService.agencyRules(path.code, agency))
                .get();
        var saved = registry.putAgency(path.code, request);
        AgencyView view = AgencyView.of(saved.entity());
        return Answers.createdOrReplaced(saved.created(), "/api/v1/agencies/" + path.code, view);
    }
}
