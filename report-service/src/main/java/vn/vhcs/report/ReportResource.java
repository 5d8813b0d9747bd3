package vn.vhcs.report;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import vn.vhcs.common.web.CodeParams;
import vn.vhcs.contract.ReportStatus;
import java.util.Arrays;
import java.util.List;
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

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.web.Answers;
import vn.vhcs.common.idempotency.Idempotency;
import vn.vhcs.common.idempotency.IdempotencyKeyParam;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.common.security.Role;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.common.web.Reading;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.common.web.UpdatedSinceParam;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportVersionView;
import vn.vhcs.report.api.ReportView;
import vn.vhcs.report.export.ReportWorkbook;
import vn.vhcs.report.history.ReportVersionRepository;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Agencies' reports for a round: submit, read, revise, withdraw, audit trail.")
@RequiredArgsConstructor
public class ReportResource {

    private static final String READERS = "\n\n**Roles:** `ADMIN`; `SUBMITTER` (reports of its agencies or provinces); "
            + "`READER` granted `reports` (reports of its provinces); `BOARD` (reports of its provinces). Others: 403.";
    private static final String WRITERS = "\n\n**Roles:** `ADMIN`; `SUBMITTER` for its agencies or provinces "
            + "(403 otherwise). Not `READER`.";
    private static final String IF_MATCH = "The report's current ETag (its version in quotes), or `*`. Missing: 428; "
            + "stale: 412 with the current `ETag`.";
    private static final String ETAG = "The report's version in quotes; send it back as `If-Match`.";

    private final ReportService service;
    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final BodyReader bodies;
    private final Idempotency idempotency;
    private final CurrentCaller callers;
    private final vn.vhcs.registry.AgencyRepository agencies;

    /**
     * Submits an agency's report for a round: 201 with its URL and {@code ETag: "1"}. A withdrawn
     * report is submitted again as its next version.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReport", summary = "Submit a report", description = "Submits an agency's report "
            + "for a round: 201 with its URL in `Location` and `ETag: \"1\"`; the body is the stored report with the "
            + "server-set fields. One report per agency and round: a second POST answers 409 with the existing "
            + "report's `Location` (correct it with PUT). A withdrawn report is submitted again with POST, as its next "
            + "version (same id; `submittedAt` stays). A closed round refuses it "
            + "(409 `urn:vhcs:problem:round-closed`). Send `Idempotency-Key` to retry safely. An accepted report is "
            + "never lost: it and its event are committed in one transaction." + WRITERS)
    @APIResponse(responseCode = "201", description = "Submitted.", headers = {
            @Header(name = "Location", description = "The report's URL.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference",
                            examples = "/api/v1/reports/3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53")),
            @Header(name = "ETag", description = ETAG,
                    schema = @Schema(type = SchemaType.STRING, examples = "\"1\"")),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "report", summary = "The stored report, version 1",
                            value = SUBMITTED_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response submit(
            @RequestBody(required = true, description = "The whole report document (contract v2; every v1 body is valid).", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequest.class),
                    examples = @ExampleObject(name = "binhPhuoc", summary = "Sở Ngoại vụ tỉnh Bình Phước, sơ kết 2022 "
                            + "(narrative shortened)", description = "Modelled on the seed report of the "
                            + "Sở Ngoại vụ, with example figures; the faithful encoding of what the seed "
                            + "states is e2e-tests/src/test/resources/reports/binh-phuoc-so-ngoai-vu-so-ket-2022.json.",
                            value = REQUEST_EXAMPLE)))
            byte[] body,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        // one answer lists every broken rule of the body: shape, fields, then the cross-field rules
        Reading<ReportRequest> request = bodies.read(body, ReportRequest.class);
        // judged before the key is claimed: bad input stores nothing, not even an idempotency record
        ReportRequest valid = request.check(service::rules).get();
        return idempotency.once(callers.get().clientId(), retry.key, "POST", uri, request.request(), () -> {
            Report report = service.submit(valid, callers.get()).report();
            return Answers.created("/api/v1/reports/" + report.id, service.view(report), report.version);
        });
    }

    /** Revises a report: {@code If-Match} with its current ETag; answers the new version. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseReport", summary = "Revise a report", description = "Replaces the document with "
            + "a new version: send the whole document again, with `If-Match` = the ETag you have. Answers the new "
            + "version and its ETag. A stale `If-Match` answers 412 (with the current `ETag`), a missing one 428; "
            + "`agencyCode` and `roundCode` cannot change (422); a withdrawn report cannot be revised (409); a closed "
            + "round refuses it (409)." + WRITERS)
    @APIResponse(responseCode = "200", description = "Revised: the new version.", headers = {
            @Header(name = "ETag", description = ETAG,
                    schema = @Schema(type = SchemaType.STRING, examples = "\"2\"")),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "report", summary = "After a revision, version 2",
                            value = REVISED_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response revise(
            @BeanParam ReportIdParam id,
            @RequestBody(required = true, description = "The whole report document (contract v2; every v1 body is valid).", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequest.class),
                    examples = @ExampleObject(name = "binhPhuoc", summary = "Sở Ngoại vụ tỉnh Bình Phước, sơ kết 2022 "
                            + "(narrative shortened)", value = REQUEST_EXAMPLE)))
            byte[] body,
            @Parameter(required = true, description = IF_MATCH, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        UUID reportId = id.uuid();
        Reading<ReportRequest> request = bodies.read(body, ReportRequest.class);
        ReportRequest valid = request.check(service::rules).get();
        return idempotency.once(callers.get().clientId(), retry.key, "PUT", uri, request.request(), () -> {
            Report report = service.revise(reportId, valid, ifMatch, callers.get());
            return Answers.ok(service.view(report), report.version);
        });
    }

    /** Withdraws a report ({@code If-Match} required): kept with its history, it stops counting. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "withdrawReport", summary = "Withdraw a report", description = "Withdraws the report: "
            + "it is kept with its history, gets a new version with status `WITHDRAWN`, and stops counting in the "
            + "statistics. POST it again later if needed. `If-Match` is required as for PUT; a closed round refuses "
            + "it (409)." + WRITERS)
    @APIResponse(responseCode = "200", description = "Withdrawn: the new version.", headers = {
            @Header(name = "ETag", description = ETAG,
                    schema = @Schema(type = SchemaType.STRING, examples = "\"3\"")),
            @Header(name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
                    schema = @Schema(type = SchemaType.STRING, enumeration = "true")) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "report", summary = "After a withdrawal, version 3",
                            value = WITHDRAWN_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response withdraw(
            @BeanParam ReportIdParam id,
            @Parameter(required = true, description = IF_MATCH, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        UUID reportId = id.uuid();
        return idempotency.once(callers.get().clientId(), retry.key, "DELETE", uri, null, () -> {
            Report report = service.withdraw(reportId, ifMatch, callers.get());
            return Answers.ok(service.view(report), report.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Read a report", description = "The report's current version, "
            + "with its version as `ETag`. A report the key may not read answers 404." + READERS)
    @APIResponse(responseCode = "200", description = "The report.", headers = @Header(name = "ETag",
            description = ETAG, schema = @Schema(type = SchemaType.STRING, examples = "\"1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "report", summary = "The stored report, version 1",
                            value = SUBMITTED_EXAMPLE)))
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Response get(
            @BeanParam ReportIdParam id) {
        Report report = find(id);
        return Answers.ok(service.view(report), report.version);
    }

    /** The audit trail: every version, when, by which client, and which top-level fields changed. */
    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listReportVersions", summary = "A report's audit trail", description = "Every version "
            + "of the report, oldest first: when, by whom (the officer, or else the API client), with which status, and which top-level fields "
            + "changed; a board's decision is a version of its own with its `decision` and `comment`." + READERS)
    @APIResponse(responseCode = "200", description = "A page of versions.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<ReportVersionView> versions(
            @BeanParam ReportIdParam id,
            @BeanParam PageParams pages) {
        Report report = find(id);
        PageRequest paging = pages.request();
        var query = versions.of(report.id).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(v -> new ReportVersionView(v.key.version(), v.status, v.actedAt,
                v.actedBy, v.actedThrough, v.changedFields.isEmpty() ? List.of() : Arrays.asList(v.changedFields.split(",")), v.decision,
                v.reviewComment))
                .toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Operation(operationId = "listReports", summary = "List reports", description = "The reports the key may read, "
            + "filtered; withdrawn ones included unless `status` says otherwise. Stable order: oldest submission first, "
            + "or with `updatedSince` the order of their last change. `Link` headers lead to the next and previous "
            + "pages. With `Accept: "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` the same page is an Excel workbook "
            + "(attachment `bao-cao-….xlsx`) with Vietnamese sheets and headers: `Báo cáo` (one row per report with what "
            + "the agency stated, as stated: \"trên 95 %\", counts), `Mô hình` (the models named) and `Khen thưởng, "
            + "danh hiệu` (each commendation and title with its year)." + READERS)
    @APIResponse(responseCode = "200", description = "A page of reports.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public Page<ReportView> list(
            @Parameter(description = "Province code (two digits).", example = "70",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @QueryParam("province") String province,
            @Parameter(description = "Round code.", example = "SO-KET-2022")
            @QueryParam("round") String round,
            @Parameter(description = "Agency code.", example = "70.SNGV")
            @QueryParam("agency") String agency,
            @Parameter(description = "Current status.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "SUBMITTED", "REVISED", "WITHDRAWN" }))
            @QueryParam("status") String statusParam,
            @BeanParam UpdatedSinceParam since,
            @BeanParam PageParams pages) {
        return page(province, round, agency, statusParam, since, pages.request());
    }

    private Page<ReportView> page(String province, String round, String agency, String statusParam,
            UpdatedSinceParam since, PageRequest paging) {
        ReportStatus status = QueryParams.enumValue(ReportStatus.class, statusParam, "status");
        java.time.Instant updatedSince = since.instant();
        if (province != null) {
            CodeParams.province(province, "province");
        }
        requireReportReader();
        var query = reports.search(province, round, agency, status, updatedSince, callers.get())
                .page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(service::view).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Produces(ReportWorkbook.MEDIA_TYPE)
    // the same operation as list(): the generator adds this media type to its answer
    @APIResponse(responseCode = "200", description = "A page of reports.", content = @Content(
            mediaType = ReportWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response listXlsx(@QueryParam("province") String province, @QueryParam("round") String round,
            @QueryParam("agency") String agency, @QueryParam("status") String statusParam,
            @BeanParam UpdatedSinceParam since, @BeanParam PageParams pages) {
        List<ReportView> items = page(province, round, agency, statusParam, since, pages.request()).items();
        byte[] book = ReportWorkbook.of(items, agencies.names(items.stream().map(ReportView::agencyCode).toList()));
        String name = "bao-cao" + (round == null ? "" : "-" + round) + (province == null ? "" : "-" + province);
        return Response.ok(book, ReportWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + ".xlsx\"")
                .header("Vary", "Accept").build();
    }

    /** A report the caller may read; any other is "not found", so that no existence leaks. */
    private Report find(ReportIdParam id) {
        requireReportReader();
        return reports.findByIdOptional(id.uuid()).filter(r -> callers.get().reads(r.agencyCode, r.provinceCode))
                .orElseThrow(() -> ProblemException.notFound("report", id.id));
    }

    private void requireReportReader() {
        if (callers.get().role() == Role.READER && !callers.get().reportsRead()) {
            throw new ProblemException(ProblemType.FORBIDDEN, vn.vhcs.common.i18n.Messages.get("auth.forbidden"));
        }
    }


    private static final String REPORT_DOCUMENT = """
            "agencyCode": "70.SNGV",
            "roundCode": "SO-KET-2022",
            "document": {
              "number": "45/BC-SNgV",
              "issuedOn": "2022-04-25",
              "signerName": "Phạm Thị Anh Thư",
              "signerTitle": "Giám đốc"
            },
            "workforce": {
              "total": 20,
              "participating": 20,
              "commitmentsSigned": 20
            },
            "directives": [
              {
                "kind": "PLAN",
                "number": "167/KH-UBND",
                "issuedOn": "2019-07-09",
                "title": "Tổ chức triển khai thực hiện phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực \
            hiện văn hóa công sở” giai đoạn 2019-2025 trên địa bàn tỉnh Bình Phước (UBND tỉnh)"
              },
              {
                "kind": "PLAN",
                "number": "18/KH-SNgV",
                "issuedOn": "2019-07-11",
                "title": "Phát động Phong trào thi đua “Cán bộ, công chức thi đua thực hiện văn hóa công sở” giai \
            đoạn 2019-2025 tại Sở Ngoại vụ"
              },
              {
                "kind": "DECISION",
                "number": "77/QĐ-SNgV",
                "issuedOn": "2019-12-30",
                "title": "Ban hành Quy chế văn hóa công sở tại Sở Ngoại vụ"
              },
              {
                "kind": "GUIDANCE",
                "number": "234/HD-TT.HĐTĐKT",
                "issuedOn": "2022-04-08",
                "title": "Hướng dẫn sơ kết 03 năm thực hiện Phong trào thi đua “Cán bộ, công chức, viên chức thi đua \
            thực hiện văn hóa công sở” giai đoạn 2019-2025 (Thường trực Hội đồng Thi đua - Khen thưởng tỉnh)"
              },
              {
                "kind": "DIRECTIVE",
                "number": "05-CT/TW",
                "title": "Đẩy mạnh việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” (Bộ Chính \
            trị)"
              }
            ],
            "indicators": {
              "computerEquipmentPercent": 100
            },
            "models": [
              {
                "name": "Bảng nội quy có chấm điểm hằng tháng",
                "sector": "ADMINISTRATION",
                "description": "Văn phòng Sở tham mưu Lãnh đạo xây dựng bảng nội quy với những quy định yêu cầu mọi \
            người phải thực hiện, có kiểm tra, đánh giá, chấm điểm; việc chấm điểm là căn cứ quan trọng trong việc \
            xếp loại cán bộ, công chức hàng tháng."
              },
              {
                "name": "Xây dựng môi trường làm việc hòa đồng, thân thiện, đoàn kết",
                "sector": "ADMINISTRATION",
                "description": "Hằng năm Lãnh đạo Sở tổ chức các đợt nghỉ dưỡng, tham quan học tập kinh nghiệm trong \
            và ngoài tỉnh; tổ chức, tham gia các hoạt động văn hóa, văn nghệ, thể dục, thể thao."
              }
            ],
            "commendations": [
              {
                "form": "PRAISE",
                "recipientKind": "INDIVIDUAL",
                "year": 2021,
                "count": 4,
                "note": "Giám đốc Sở biểu dương Trưởng các phòng thuộc Sở tại Hội nghị cán bộ, công chức năm 2021"
              }
            ],
            "emulationTitles": [
              {
                "title": "ADVANCED_WORKER",
                "year": 2021,
                "count": 18
              }
            ],
            "narrative": {
              "advantages": "Thực hiện Kế hoạch số 167/KH-UBND ngày 09/7/2019 của UBND tỉnh, Giám đốc Sở đã chỉ đạo \
            Văn phòng tham mưu triển khai Kế hoạch thực hiện đến toàn thể cơ quan nên mỗi cán bộ, công chức trong Sở \
            nhận thức sâu sắc các nội dung thi đua và thực hiện có hiệu quả.",
              "difficulties": "Do số lượng biên chế của Sở còn ít nên việc phát động các Phong trào thi đua còn gặp \
            khó khăn.",
              "results": "Sở đã ban hành Quyết định số 77/QĐ-SNgV ngày 30/12/2019 ban hành Quy chế văn hóa công sở \
            tại Sở Ngoại vụ, quy định về trang phục, giao tiếp và ứng xử của cán bộ, công chức khi thi hành công vụ \
            và trang trí công sở.",
              "limitations": "Vệ sinh phòng làm việc đôi lúc chưa ngăn nắp, sạch sẽ."
            }
            """;
    private static final String REQUEST_EXAMPLE = "{" + REPORT_DOCUMENT + "}";
    private static final String STORED = """
            "id": "3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53",
            "provinceCode": "70",
            "submittedAt": "2022-04-26T03:12:45.118Z",
            "onTime": true,
            """;
    private static final String SUBMITTED_EXAMPLE = "{" + STORED + """
            "version": 1,
            "status": "SUBMITTED",
            "updatedAt": "2022-04-26T03:12:45.118Z",
            """ + REPORT_DOCUMENT + "}";
    private static final String REVISED_EXAMPLE = "{" + STORED + """
            "version": 2,
            "status": "REVISED",
            "updatedAt": "2022-04-28T08:40:02.551Z",
            """ + REPORT_DOCUMENT + "}";
    private static final String WITHDRAWN_EXAMPLE = "{" + STORED + """
            "version": 3,
            "status": "WITHDRAWN",
            "updatedAt": "2022-05-02T01:05:19.930Z",
            """ + REPORT_DOCUMENT + "}";
}
