package vn.vhcs.report.draft;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.idempotency.Idempotency;
import vn.vhcs.common.idempotency.IdempotencyKeyParam;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.common.web.Answers;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportView;
import vn.vhcs.report.draft.api.DraftView;
import vn.vhcs.report.draft.extraction.DocumentText;

@Path("/api/v1/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts", description = "Drafts read from the agency's own document (Word, PDF, text): review, correct, "
        + "submit as a report.")
@RequiredArgsConstructor
public class DraftResource {

    private static final String ROLES = "\n\n**Roles:** `ADMIN`; `SUBMITTER` for the draft's agency or its "
            + "province (403 on upload, 404 on a draft of another agency). Not `READER`.";
    private static final String ETAG = "The draft's version in quotes; send it back as `If-Match` (optional).";
    private static final String IF_MATCH = "Optional: the draft's ETag; a stale one answers 412.";
    private static final String RETRY = " Send `Idempotency-Key` to retry safely.";

    private final DraftService service;
    private final CurrentCaller callers;
    private final Idempotency idempotency;

    @POST
    @Consumes({ DocumentText.DOCX, DocumentText.PDF, MediaType.TEXT_PLAIN })
    @Operation(operationId = "createDraft", summary = "Propose a report from a document", description = "Reads the "
            + "agency's own report — Word (.docx), PDF with a text layer, or UTF-8 text — and proposes the v2 report it "
            + "states, by rules for Vietnamese administrative writing (no network, no model): document number, day and "
            + "signer from the header and signature block (a blank \"Số: /BC-…\" or \"ngày … tháng …\" stays absent); "
            + "the documents it names (\"Kế hoạch số 18/KH-SNgV ngày 11/7/2019 …\": kind from the word before \"số\", "
            + "`SELF` when the number's issuer part is the agency's own, else `CITED` with `issuedBy` from \"của …\"); "
            + "percents bound to what they measure, with their qualifier; models, commendations and emulation titles; "
            + "the Roman-numeral sections as `narrative`. A fact the document does not state stays absent. Answers 201 "
            + "with the draft: the proposed report, the normalised text, and for each filled field its evidence. The "
            + "draft is **not** a report: correct it with PUT and submit it with POST …/submit." + ROLES)
    @APIResponse(responseCode = "201", description = "The draft.", headers = {
            @Header(name = "Location", description = "The draft's URL.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING, examples = "\"1\"")),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response create(
            @Parameter(required = true, description = "The agency's code.", example = "70.SNGV")
            @QueryParam("agency") String agency,
            @Parameter(required = true, description = "The round's code.", example = "SO-KET-2022")
            @QueryParam("round") String round,
            @RequestBody(required = true, description = "The document itself (at most 256 KiB).", content = {
                    @Content(mediaType = DocumentText.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentText.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/plain; charset=UTF-8", schema = @Schema(type = SchemaType.STRING)) })
            byte[] body,
            @Context HttpHeaders headers, @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        List<FieldError> missing = new java.util.ArrayList<>();
        if (agency == null || agency.isBlank()) {
            missing.add(new FieldError("agency", Messages.get("draft.param.required", Messages.get("thing.agency"))));
        }
        if (round == null || round.isBlank()) {
            missing.add(new FieldError("round", Messages.get("draft.param.required", Messages.get("thing.round"))));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", missing.size()),
                    missing);
        }
        MediaType type = headers.getMediaType();
        String mediaType = type == null ? "" : type.getType() + "/" + type.getSubtype();
        if (!List.of(DocumentText.DOCX, DocumentText.PDF, DocumentText.PLAIN).contains(mediaType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Messages.get("draft.media-type", DocumentText.DOCX));
        }
        return idempotency.once(callers.get().clientId(), retry.key, "POST", uri, body, () -> {
            Draft draft = service.create(agency.trim(), round.trim(), mediaType, body, callers.get());
            return Answers.created("/api/v1/drafts/" + draft.id, service.view(draft), draft.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDraft", summary = "Read a draft", description = "The draft with its text and "
            + "evidence; its version as `ETag`." + ROLES)
    @APIResponse(responseCode = "200", description = "The draft.", headers = @Header(name = "ETag", description = ETAG,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response get(@BeanParam DraftIdParam draftId) {
        Draft draft = service.find(draftId.id, callers.get());
        return Answers.ok(service.view(draft), draft.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateDraft", summary = "Correct a draft", description = "Replaces the proposed report "
            + "with the one sent (the whole report document, contract v2). Its shape is checked as a report's (400 "
            + "listing every broken field); the rules across fields wait for the submission, so a draft may stay "
            + "incomplete. `agencyCode` and `roundCode` cannot change (422). A submitted draft answers 409." + RETRY
            + ROLES)
    @APIResponse(responseCode = "200", description = "The corrected draft.", headers = {
            @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response update(@BeanParam DraftIdParam draftId,
            @RequestBody(required = true, description = "The whole corrected report.", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequest.class)))
            byte[] body,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        return idempotency.once(callers.get().clientId(), retry.key, "PUT", uri, body, () -> {
            Draft draft = service.update(draftId.id, body, ifMatch, callers.get());
            return Answers.ok(service.view(draft), draft.version);
        });
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitDraft", summary = "Submit a draft as a report", description = "Submits the "
            + "draft's report exactly as `POST /api/v1/reports` would: the same rules (every broken rule listed, its "
            + "field prefixed with `report.` — the draft's field to correct), the same 409 when the agency already "
            + "reported for the round, the same events and audit trail. Answers 201 with the report and its URL; the "
            + "draft is then `SUBMITTED` and points at it (a second submission answers 409)." + RETRY + ROLES)
    @APIResponse(responseCode = "201", description = "The report.", headers = {
            @Header(name = "Location", description = "The report's URL.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The report's version.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response submit(@BeanParam DraftIdParam draftId,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        return idempotency.once(callers.get().clientId(), retry.key, "POST", uri, null, () -> {
            ReportView report = service.submit(draftId.id, ifMatch, callers.get());
            return Answers.created("/api/v1/reports/" + report.id(), report, report.version());
        });
    }
}
