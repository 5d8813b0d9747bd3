package vn.vhcs.report.review;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import java.util.UUID;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.idempotency.Idempotency;
import vn.vhcs.common.idempotency.IdempotencyKeyParam;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.common.web.Answers;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.report.Report;
import vn.vhcs.report.ReportIdParam;
import vn.vhcs.report.ReportService;
import vn.vhcs.report.api.ReportView;

/** The province board's decision on a report. */
@Path("/api/v1/reports/{id}/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RequiredArgsConstructor
public class ReviewResource {

    private final ReviewService reviews;
    private final ReportService reports;
    private final BodyReader bodies;
    private final CurrentCaller callers;
    private final Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewReport", summary = "Accept or return a report (province board)", description = "The "
            + "province board's decision on the version named by `If-Match`: `ACCEPTED` counts the report among the "
            + "accepted ones (statistics `agenciesAccepted`); `RETURNED` sends it back to the agency with a comment, "
            + "which the portal sees in the report's `review`; the agency's next PUT makes it `SUBMITTED` again and "
            + "takes the decision away (any revision does: the new version is to be reviewed again). The decision is "
            + "the report's next version: answered with its new `ETag`, listed in `/versions` with who, when and the "
            + "comment, and carried to the statistics by the report's event. A stale `If-Match` answers 412 (with the "
            + "current `ETag`), a missing one 428; a withdrawn report cannot be reviewed (409). Send "
            + "`Idempotency-Key` to retry safely."
            + "\n\n**Roles:** `ADMIN`; `BOARD` of the report's province. A `SUBMITTER` or `READER` that may read the "
            + "report: 403; a report the key may not read: 404.")
    @APIResponse(responseCode = "200", description = "Reviewed: the report with its decision, as its new version.",
            headers = { @Header(name = "ETag", description = "The report's new version in quotes.",
                    schema = @Schema(type = SchemaType.STRING, examples = "\"3\"")),
                    @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response review(
            @BeanParam ReportIdParam id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewRequest.class), examples = {
                            @ExampleObject(name = "returned", summary = "Sent back with what to correct",
                                    value = "{\"decision\": \"RETURNED\", \"comment\": \"Bổ sung số liệu về khen "
                                            + "thưởng năm 2021\"}"),
                            @ExampleObject(name = "accepted", summary = "Accepted",
                                    value = "{\"decision\": \"ACCEPTED\"}") }))
            byte[] body,
            @Parameter(required = true, description = "The ETag of the version reviewed (its version in quotes). "
                    + "Missing: 428; stale: 412 with the current `ETag`.", example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        UUID reportId = id.uuid();
        // judged before the key is claimed: bad input stores nothing
        ReviewRequest request = bodies.read(body, ReviewRequest.class).check(ReviewService::rules).get();
        return idempotency.once(callers.get().clientId(), retry.key, "POST", uri, request, () -> {
            Report report = reviews.review(reportId, request, ifMatch, callers.get());
            return Answers.ok(reports.view(report), report.version);
        });
    }
}
