package vn.vhcs.aggregation.api;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_ACCEPTABLE;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.export.ProvinceReportDocument;
import vn.vhcs.aggregation.export.SynthesisReport;
import vn.vhcs.aggregation.export.SynthesisReports;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.StatisticsService;

/**
 * The synthesis reports of a round, as Word documents ({@code report.docx}: public URLs of their
 * own, not a format suffix), written by {@link DocxWriter} from the same figures and access rules
 * as the statistics.
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@APIResponse(responseCode = "404", ref = NOT_FOUND)
@APIResponse(responseCode = "406", ref = NOT_ACCEPTABLE)
@RequiredArgsConstructor
public class ReportResource {

    private static final String REPORT_LAYOUT = "national motto, issuing body (the province as it was at the end "
            + "of the round's period; with `boundaries=2025` the province formed on 1 July 2025, the heading naming the "
            + "former provinces it covers), `Số: /BC-SNV` and the day left blank for the clerk, the title by the round's "
            + "kind (`Sơ kết`, `Tổng kết`), sections I. Đặc điểm tình hình, II. Kết quả thực hiện (the figures as an "
            + "administrative report states them, as the agencies qualified them — `trên 98 %` —, how a rate was "
            + "estimated in a footnote; agencies, not documents: `1/2 cơ quan, đơn vị đã ban hành kế hoạch`; for a "
            + "`FINAL_REVIEW` round the comparison with the latest `MIDTERM_REVIEW` round of the same place and the "
            + "`ANNUAL` rounds' commendations and titles year by year), III. Tồn tại, hạn chế, IV. Phương hướng, nhiệm "
            + "vụ, V. Đề xuất, kiến nghị — each narrative part saying how many agencies wrote on it, with a marked "
            + "paragraph `[Tổng hợp của cơ quan thường trực: …]` for the board's synthesis —, `Nơi nhận`, the signature "
            + "block; then, landscape, Phụ lục I (each reporting agency's figures as stated), II (the agencies that have "
            + "not reported), III (the models named) and IV (each agency's own texts). Written as it is read, a page of "
            + "agencies at a time: the national report of a round of 50,000 agencies fits the services' 128 MB heap.";

    private final StatisticsService statistics;
    private final SynthesisReports reports;
    private final StatisticsAnswers responses;

    /** The Sở Nội vụ's draft synthesis report of the round, as a Word document (Nghị định 30/2020 layout). */
    @GET
    @Path("/rounds/{round}/provinces/{province}/report.docx")
    @Produces(ProvinceReportDocument.MEDIA_TYPE)
    @Operation(operationId = "getProvinceReport", summary = "The province's synthesis report of a round (Word)",
            description = "The Sở Nội vụ's draft synthesis report of the round, built from the province's current "
                    + "reports and statistics in the administrative layout of Nghị định 30/2020/NĐ-CP: " + REPORT_LAYOUT
                    + StatisticsResource.CACHEABLE + StatisticsResource.READERS_OF_PROVINCE)
    @APIResponse(responseCode = "200", description = "The report, a .docx attachment.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = @Content(mediaType = ProvinceReportDocument.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @Parameter(ref = "IfNoneMatch")
    public Response provinceReport(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Province") @PathParam("province") String province,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries, @Context Request request) {
        responses.mayReadProvince(province);
        Boundaries grouping = Boundaries.of(boundaries);
        SynthesisReport report = reports.province(round, province, grouping,
                statistics.province(round, province, grouping, false));
        return document(report, StatisticsAnswers.fileName("bao-cao", round, province, boundaries), request);
    }

    /** The national synthesis report of the round, as a Word document. */
    @GET
    @Path("/rounds/{round}/national/report.docx")
    @Produces(ProvinceReportDocument.MEDIA_TYPE)
    @Operation(operationId = "getNationalReport", summary = "The national synthesis report of a round (Word)",
            description = "The draft synthesis report of the round over the whole country (issued by the Bộ Nội vụ), "
                    + "in the layout of the province report: " + REPORT_LAYOUT + StatisticsResource.CACHEABLE + "\n\n**Roles:** `ADMIN`; "
                    + "`READER` with `national` scope (403 otherwise). Not `SUBMITTER`.")
    @APIResponse(responseCode = "200", description = "The report, a .docx attachment.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = @Content(mediaType = ProvinceReportDocument.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Parameter(ref = "IfNoneMatch")
    public Response nationalReport(
            @Parameter(ref = "Round") @PathParam("round") String round, @Context Request request) {
        responses.mayRead(null);
        SynthesisReport report = reports.national(round, statistics.national(round, false));
        return document(report, StatisticsAnswers.fileName("bao-cao", round, "toan-quoc", null), request);
    }

    /**
     * The report as an attachment, written as it is built; its ETag is that of the figures it is made
     * of, so an unchanged one answers 304 without being built.
     */
    private Response document(SynthesisReport report, String fileName, Request request) {
        return responses.tagged(request, new EntityTag(responses.digest(report.source()) + "-docx"),
                () -> Response.ok(report, ProvinceReportDocument.MEDIA_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".docx\""));
    }
}
