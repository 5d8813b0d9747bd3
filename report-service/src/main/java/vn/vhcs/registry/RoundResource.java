package vn.vhcs.registry;

import static vn.vhcs.common.openapi.OperationRoles.EVERY_KEY;
import static vn.vhcs.common.openapi.OperationRoles.ADMIN_ONLY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import vn.vhcs.common.web.CodeParams;
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

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.BeanParam;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.Answers;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.registry.api.RoundRequest;
import vn.vhcs.registry.api.RoundView;

@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry", description = "Provinces, agencies and reporting rounds: read for every key, write for admins.")
@RequiredArgsConstructor
public class RoundResource {

    private static final String ROUND_EXAMPLE = """
            {"code": "SO-KET-2022", "kind": "MIDTERM_REVIEW", "periodStart": "2019-06-14", "periodEnd": "2022-03-31",
             "dueDate": "2022-04-30", "closesOn": "2022-06-30"}""";
    private static final String DUE_DATE_EXAMPLE = """
            {"roundCode": "SO-KET-2022", "provinceCode": "70", "dueDate": "2022-05-15"}""";

    private final RoundRepository rounds;
    private final RegistryService registry;
    private final BodyReader bodies;
    private final ProvinceDueDateRepository dueDates;
    private final vn.vhcs.common.security.CurrentCaller callers;
    private final vn.vhcs.figures.FigureCatalogue figures;

    @GET
    @Operation(operationId = "listRounds", summary = "List rounds", description = "Reporting rounds, by period end "
            + "then code." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "A page of rounds.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<RoundView> list(
            @BeanParam PageParams pages) {
        PageRequest paging = pages.request();
        var query = rounds.findAll(Sort.by("periodEnd").and("code")).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(RoundView::of).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRound", summary = "Read a round", description = "The round." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "The round.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class),
            examples = @ExampleObject(name = "soKet2022", summary = "Sơ kết 3 năm (2019–2022)", value = ROUND_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RoundView get(
            @BeanParam RoundCodeParam path) {
        return rounds.findByIdOptional(path.code).map(RoundView::of)
                .orElseThrow(() -> ProblemException.notFound("round", path.code));
    }

    /** A province's own deadline for the round: {@code {"dueDate":"2022-05-15"}}. */
    @PUT
    @Path("/{code}/provinces/{province}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putProvinceDueDate", summary = "Set a province's own due date", description = "Sets "
            + "the province's own deadline for the round: created (201) or replaced (200). It changes `onTime` of the "
            + "province's reports." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceDueDateView.class),
            examples = @ExampleObject(name = "binhPhuoc", value = DUE_DATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "Location",
            description = "The URL of the province's due date.", schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference", examples = "/api/v1/rounds/SO-KET-2022/provinces/70")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProvinceDueDateView.class),
                    examples = @ExampleObject(name = "binhPhuoc", value = DUE_DATE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response putProvinceDueDate(
            @BeanParam RoundCodeParam path,
            @Parameter(description = "A two-digit province code.", example = "70",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @PathParam("province") String province,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProvinceDueDateRequest.class),
                    examples = @ExampleObject(name = "binhPhuoc", value = """
                            {"dueDate": "2022-05-15"}""")))
            byte[] body) {
        Admins.require(callers.get());
        ProvinceDueDateRequest request = bodies.read(body, ProvinceDueDateRequest.class)
                .attempt(() -> CodeParams.province(province, "province"))
                .get();
        var saved = registry.putProvinceDueDate(path.code, province, request.dueDate());
        var view = new ProvinceDueDateView(path.code, province, saved.entity().dueDate);
        return Answers.createdOrReplaced(saved.created(), "/api/v1/rounds/" + path.code + "/provinces/" + province, view);
    }

    /** Every province's own deadline for the round, by province code. */
    @GET
    @Path("/{code}/provinces")
    @Operation(operationId = "listProvinceDueDates", summary = "List provinces' own due dates", description = "Every "
            + "province's own deadline for the round, by province code. Provinces not listed use the round's "
            + "`dueDate`." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "A page of the provinces' own due dates.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<ProvinceDueDateView> provinceDueDates(
            @BeanParam RoundCodeParam path,
            @BeanParam PageParams pages) {
        PageRequest paging = pages.request();
        rounds.findByIdOptional(path.code).orElseThrow(() -> ProblemException.notFound("round", path.code));
        List<ProvinceDueDateView> all = dueDates.forRound(path.code).stream()
                .map(d -> new ProvinceDueDateView(path.code, d.key.provinceCode(), d.dueDate)).toList();
        return Page.of(all, paging);
    }

    @Schema(name = "ProvinceDueDateRequest", additionalProperties = Schema.False.class,
            description = "Body of `PUT /api/v1/rounds/{code}/provinces/{province}`.")
    public record ProvinceDueDateRequest(
            @Schema(description = "Not before the round's period start.", examples = "2022-05-15")
            @jakarta.validation.constraints.NotNull java.time.LocalDate dueDate) {
    }

    @Schema(name = "ProvinceDueDate", description = "A province's own deadline for a round (set by its Sở Nội vụ).",
            requiredProperties = { "roundCode", "provinceCode", "dueDate" })
    public record ProvinceDueDateView(
            @Schema(pattern = "^[A-Z0-9-]{2,40}$", examples = "SO-KET-2022") String roundCode,
            @Schema(pattern = "^[0-9]{2}$", examples = "70") String provinceCode,
            @Schema(description = "The deadline in force for the province's reports.", examples = "2022-05-15")
            java.time.LocalDate dueDate) {
    }

    /** Creates (201) or replaces (200) the round; a later {@code closesOn} reopens a closed round. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putRound", summary = "Create or replace a round", description = "Creates the round with "
            + "this code (201) or replaces it (200). A later `closesOn` reopens a closed round; a changed `dueDate` "
            + "changes `onTime` of its reports." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class),
            examples = @ExampleObject(name = "soKet2022", summary = "Sơ kết 3 năm (2019–2022)", value = ROUND_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "Location",
            description = "The round's URL.", schema = @Schema(type = SchemaType.STRING, format = "uri-reference",
                    examples = "/api/v1/rounds/SO-KET-2022")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundView.class),
                    examples = @ExampleObject(name = "soKet2022", summary = "Sơ kết 3 năm (2019–2022)",
                            value = ROUND_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public Response put(
            @BeanParam RoundCodeParam path,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundRequest.class),
                    examples = @ExampleObject(name = "soKet2022", summary = "Sơ kết 3 năm (2019–2022)", value = """
                            {"kind": "MIDTERM_REVIEW", "periodStart": "2019-06-14", "periodEnd": "2022-03-31",
                             "dueDate": "2022-04-30", "closesOn": "2022-06-30"}""")))
            byte[] body) {
        Admins.require(callers.get());
        // one answer lists every broken rule: the code, the body's shape and fields, the rules between them
        RoundRequest request = bodies.read(body, RoundRequest.class)
                .attempt(() -> CodeParams.round(path.code, "code"))
                .check(RegistryService::roundRules)
                .check(r -> figures.unknown(r.figures(), "figures"))
                .get();
        var saved = registry.putRound(path.code, request);
        RoundView view = RoundView.of(saved.entity());
        return Answers.createdOrReplaced(saved.created(), "/api/v1/rounds/" + path.code, view);
    }
}
