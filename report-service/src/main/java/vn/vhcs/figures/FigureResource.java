package vn.vhcs.figures;

import static vn.vhcs.common.openapi.OperationRoles.ADMIN_ONLY;
import static vn.vhcs.common.openapi.OperationRoles.EVERY_KEY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

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

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.common.web.Answers;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.figures.api.FigureRequest;
import vn.vhcs.figures.api.FigureView;
import vn.vhcs.registry.Admins;

@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "The figure catalogue: what a round may ask for and a report states under "
        + "`figures`. Read for every key, defined by admins.")
@RequiredArgsConstructor
public class FigureResource {

    private static final String FIGURE_EXAMPLE = """
            {"code": "digitalTransformationLevel", "kind": "ORDINAL",
             "label": {"vi": "Mức độ chuyển đổi số", "en": "Digital transformation level"},
             "levels": [{"code": "LOW", "label": {"vi": "Thấp", "en": "Low"}},
                        {"code": "MEDIUM", "label": {"vi": "Trung bình", "en": "Medium"}},
                        {"code": "HIGH", "label": {"vi": "Cao", "en": "High"}}],
             "outline": "III.1.c", "breakdown": false, "standard": false, "builtIn": false, "revision": 1}""";
    private static final String REQUEST_EXAMPLE = """
            {"kind": "ORDINAL", "label": {"vi": "Mức độ chuyển đổi số", "en": "Digital transformation level"},
             "levels": [{"code": "LOW", "label": {"vi": "Thấp", "en": "Low"}},
                        {"code": "MEDIUM", "label": {"vi": "Trung bình", "en": "Medium"}},
                        {"code": "HIGH", "label": {"vi": "Cao", "en": "High"}}],
             "outline": "III.1.c"}""";

    private final FigureCatalogue catalogue;
    private final BodyReader bodies;
    private final CurrentCaller callers;

    /** The {@code code} path parameter, documented once. */
    public static class CodeParam {

        @Parameter(description = "The figure's code.", example = "digitalTransformationLevel",
                schema = @Schema(type = SchemaType.STRING, pattern = "^" + FigureDefinition.CODE + "$"))
        @PathParam("code")
        public String code;
    }

    @GET
    @Operation(operationId = "listFigures", summary = "List figures", description = "The catalogue: the built-in "
            + "figures (each v2 field with its `alias`, and the facts the movement's reports state) and those admins "
            + "defined, in the report outline's order (`outline`, then code; none last)." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "A page of figures.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<FigureView> list(@BeanParam PageParams pages) {
        List<FigureView> all = catalogue.byCode().values().stream().map(FigureView::of).toList();
        return Page.of(all, pages.request());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getFigure", summary = "Read a figure", description = "The figure." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "The figure.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class),
            examples = @ExampleObject(name = "ordinal", value = FIGURE_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public FigureView get(@BeanParam CodeParam path) {
        return catalogue.find(path.code).map(FigureView::of)
                .orElseThrow(() -> ProblemException.notFound("figure", path.code));
    }

    /** Creates (201) or replaces (200) a figure. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putFigure", summary = "Define a figure", description = "Creates the figure with this "
            + "code (201) or replaces it (200); every change raises its `revision` and is announced on the registry "
            + "events. A built-in figure's `kind` and `base` cannot change, nor the `kind` of a figure that stored "
            + "reports state (409); `alias` cannot be set (400)." + ADMIN_ONLY)
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureView.class),
            examples = @ExampleObject(name = "ordinal", value = FIGURE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "Location",
            description = "The figure's URL.", schema = @Schema(type = SchemaType.STRING, format = "uri-reference",
                    examples = "/api/v1/figures/digitalTransformationLevel")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FigureView.class),
                    examples = @ExampleObject(name = "ordinal", value = FIGURE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public Response put(
            @BeanParam CodeParam path,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FigureRequest.class),
                    examples = @ExampleObject(name = "ordinal", value = REQUEST_EXAMPLE)))
            byte[] body) {
        Admins.require(callers.get());
        boolean validCode = path.code != null && path.code.matches(FigureDefinition.CODE);
        FigureDefinition stored = validCode ? catalogue.find(path.code).orElse(null) : null;
        var reading = bodies.read(body, FigureRequest.class);
        if (!validCode) {
            reading.add(new FieldError("code", Messages.get("figure.code")));
        }
        FigureRequest request = reading.check(r -> FigureCatalogue.rules(r, stored)).get();
        var saved = catalogue.put(path.code, request);
        return Answers.createdOrReplaced(saved.created(), "/api/v1/figures/" + path.code, FigureView.of(saved.figure()));
    }
}
