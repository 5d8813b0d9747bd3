package vn.vhcs.aggregation.api;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_ACCEPTABLE;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.export.ExportSource;
import vn.vhcs.aggregation.export.ProvinceReportDocument;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.KeptAnswers;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.StatisticsService;

/**
 * Province statistics. Every endpoint answers JSON, or one CSV table with
 * {@code Accept: text/csv}; {@code ?boundaries=2025} rolls pre-merger provinces into their
 * successors.
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Province and national statistics of a round, their series across rounds "
        + "(trends) and comparisons of two rounds, as JSON, CSV or XLSX.")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@APIResponse(responseCode = "404", ref = NOT_FOUND)
@APIResponse(responseCode = "406", ref = NOT_ACCEPTABLE)
@RequiredArgsConstructor
public class StatisticsResource {

    private static final String CSV = CsvTable.MEDIA_TYPE + ";charset=UTF-8";

    // What every statistics operation shares (the ETag, Cache-Control and Content-Disposition headers, the 304
    // answer, the page schemas, the round, province, boundaries, page, size, lang and If-None-Match parameters) is
    // written once, as components of META-INF/openapi.yaml that the annotations name by ref.

    static final String CACHEABLE = " Cacheable: `ETag` and `Cache-Control: private, max-age=60`; "
            + "`If-None-Match` with the same ETag answers 304.";
    static final String CSV_TABLE = "One table (RFC 4180, lines ending in CRLF), UTF-8 with a byte order "
            + "mark, sent as an attachment (`Content-Disposition`), with a header row even when there is no row: nested "
            + "figures as dotted columns (`participationRate.value`), counted lists as one column per key "
            + "(`commendations.PRAISE.INDIVIDUAL`, `emulationTitles.ADVANCED_WORKER.2021`); column titles are these "
            + "field names, or Vietnamese with `lang=vi` or `Accept-Language: vi`. Numbers written plainly (100, "
            + "never 1E+2), rates as decimals, null as an empty cell.";
    static final String XLSX_BOOK = "With `Accept: application/vnd.openxmlformats-officedocument."
            + "spreadsheetml.sheet`: an Excel workbook with Vietnamese sheets and headers, sent as an attachment "
            + "(`thong-ke-SO-KET-2022-70.xlsx`). For a province, the national figures and the province list: "
            + "`Tổng hợp` (the summary figures: the CSV's cells, with each field's name in the API), `Cơ quan báo cáo` "
            + "(one row per reporting agency with what it stated, as stated: \"trên 95 %\", counts), `Chưa báo cáo` "
            + "(the missing agencies), `Mô hình` (the models named), `Khen thưởng, danh hiệu` (each commendation and "
            + "title a report states) and `Theo năm` (commendations and titles by year). For the trend and the missing "
            + "agencies: one sheet with the page's rows.";
    private static final String SNAPSHOT = "A statistics snapshot instead of the live figures: `latest`, or its "
            + "number (1, 2, …). Each lock of the province for the round (`PUT /api/v1/rounds/{round}/provinces/"
            + "{province}/lock`) publishes the next one, as the figures were at the lock; it never changes, whatever "
            + "is revised after an unlock. None (yet): 404; with `boundaries`: 400. JSON or CSV.";
    private static final String ACCEPTED = "`true`: the statistics of the reports the province's board accepted "
            + "only (`POST /api/v1/reports/{id}/review`, decision `ACCEPTED`, still the current version); an expected "
            + "agency without an accepted report counts as missing. `false` or absent: every current report. JSON or CSV.";
    static final String READERS_OF_PROVINCE = "\n\n**Roles:** `ADMIN`; `READER` or `BOARD` whose provinces "
            + "include this one, or a `national` reader (403 otherwise). Not `SUBMITTER`.";

    private final StatisticsService statistics;
    private final ExportSource exports;
    private final vn.vhcs.aggregation.statistics.Snapshots snapshots;
    private final KeptAnswers answers;
    private final StatisticsAnswers responses;

    private void mayRead(String province) {
        responses.mayRead(province);
    }

    /** Statistics of a round in a province; zeros (not 404) when it has no reports yet. */
    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProvinceStatistics", summary = "Statistics of a province in a round",
            description = "The statistics of a round in a province, over its current, non-withdrawn reports. A known "
                    + "province or round without reports answers 200 with zeros; an unknown one 404. JSON, or one CSV "
                    + "row with `Accept: text/csv`." + CACHEABLE + READERS_OF_PROVINCE)
    @APIResponse(responseCode = "200", description = "The statistics.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProvinceStatistics.class),
                            examples = @ExampleObject(name = "binhPhuoc", summary = "Bình Phước (70), SO-KET-2022",
                                    value = StatisticsExamples.PROVINCE_70)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = CSV_TABLE),
                            examples = @ExampleObject(name = "binhPhuocCsv",
                                    summary = "Bình Phước (70), SO-KET-2022, as CSV",
                                    value = StatisticsExamples.PROVINCE_70_CSV)),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = XLSX_BOOK)) })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @Parameter(ref = "IfNoneMatch")
    @Parameter(name = "lang", in = ParameterIn.QUERY, ref = "Lang") // the CSV method reads it
    public Response province(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Province") @PathParam("province") String province,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(description = SNAPSHOT, schema = @Schema(type = SchemaType.STRING, pattern = "^(latest|[1-9][0-9]*)$"),
                    example = "latest")
            @QueryParam("snapshot") String snapshot,
            @Parameter(description = ACCEPTED, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("accepted") String accepted, @Context Request request,
            @Context HttpHeaders headers) {
        acceptJson(headers);
        boolean acceptedOnly = accepted(accepted);
        if (snapshot != null) {
            ProvinceStatistics frozen = snapshotOf(round, province, boundaries, snapshot, acceptedOnly);
            return Response.ok(frozen).tag(new jakarta.ws.rs.core.EntityTag("snapshot-" + round + "-" + province + "-"
                    + snapshots.number(round, province, snapshot) + (acceptedOnly ? "-accepted" : "")))
                    .header("Cache-Control", "private, max-age=60")
                    .header("Vary", StatisticsAnswers.VARY).build();
        }
        Boundaries grouping = Boundaries.of(boundaries);
        return kept(request, () -> {
            mayReadProvince(province);
            return new KeptAnswers.Question("province", round, province, grouping, acceptedOnly,
                    statistics.revision(round, province, grouping));
        }, () -> statistics.province(round, province, grouping, acceptedOnly));
    }

    /** {@code ?accepted=}: true, false or absent (false); anything else 400. */
    private static boolean accepted(String value) {
        return Boolean.TRUE.equals(vn.vhcs.common.web.QueryParams.bool(value, "accepted"));
    }

    /** A snapshot a lock published: apart from the live figures, never changed. */
    private ProvinceStatistics snapshotOf(String round, String province, String boundaries, String snapshot,
            boolean accepted) {
        mayReadProvince(province);
        if (boundaries != null) {
            throw ProblemException.invalid("boundaries", "snapshot.boundaries");
        }
        return snapshots.read(round, province, snapshot, accepted);
    }

    private ProvinceStatistics provinceStatistics(String round, String province, String boundaries, boolean accepted) {
        mayReadProvince(province);
        return statistics.province(round, province, Boundaries.of(boundaries), accepted);
    }

    private void mayReadProvince(String province) {
        responses.mayReadProvince(province);
    }

    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(CSV)
    @Operation(hidden = true) // documented as the text/csv answer of province()
    public Response provinceCsv(@PathParam("round") String round, @PathParam("province") String province,
            @QueryParam("boundaries") String boundaries, @QueryParam("snapshot") String snapshot,
            @QueryParam("accepted") String accepted, @QueryParam("lang") String lang, @Context Request request) {
        boolean acceptedOnly = accepted(accepted);
        return csv(List.of(snapshot != null ? snapshotOf(round, province, boundaries, snapshot, acceptedOnly)
                : provinceStatistics(round, province, boundaries, acceptedOnly)), ProvinceStatistics.class, lang,
                fileName("thong-ke", round, province, boundaries), request);
    }

    /** The same object for every province that has reports in the round. */
    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProvinceStatistics", summary = "Statistics of every province in a round",
            description = "The same object for every province that has reports in the round (within the key's "
                    + "provinces), by province code. JSON, or one CSV table (one row per province of the page) with "
                    + "`Accept: text/csv`." + CACHEABLE + "\n\n**Roles:** `ADMIN`; `READER` or `BOARD` (the list is "
                    + "limited to its provinces; all of them for a `national` reader). Not `SUBMITTER`.")
    @APIResponse(responseCode = "200", description = "A page of province statistics.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageProvinceStatistics"),
                            examples = @ExampleObject(name = "provinces",
                                    summary = "Every province with reports (scoped to the key)",
                                    value = StatisticsExamples.PROVINCES)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = CSV_TABLE),
                            examples = @ExampleObject(name = "provincesCsv",
                                    summary = "Every province with reports, as CSV",
                                    value = StatisticsExamples.PROVINCE_70_CSV)),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = XLSX_BOOK)) })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @Parameter(ref = "IfNoneMatch")
    @Parameter(name = "lang", in = ParameterIn.QUERY, ref = "Lang") // the CSV method reads it
    public Response provinces(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(ref = "Page") @QueryParam("page") String page,
            @Parameter(ref = "Size") @QueryParam("size") String size, @Context Request request,
            @Context HttpHeaders headers) {
        acceptJson(headers);
        return cached(provinceList(round, boundaries, page, size), request);
    }

    private Page<ProvinceStatistics> provinceList(String round, String boundaries, String page, String size) {
        responses.mayReadSome();
        Caller caller = responses.caller();
        return Page.of(statistics.provinces(round, Boundaries.of(boundaries), caller::coversProvince),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(CSV)
    @Operation(hidden = true) // documented as the text/csv answer of provinces()
    public Response provincesCsv(@PathParam("round") String round, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("lang") String lang,
            @Context Request request) {
        return csv(provinceList(round, boundaries, page, size).items(), ProvinceStatistics.class, lang,
                fileName("thong-ke", round, "cac-tinh", boundaries), request);
    }

    /** The same object for the whole country. */
    @GET
    @Path("/rounds/{round}/national")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getNationalStatistics", summary = "Statistics of the whole country in a round",
            description = "The same object rolled up over every province, with `provinceCode: null`. JSON, or one "
                    + "CSV row with `Accept: text/csv`." + CACHEABLE + "\n\n**Roles:** `ADMIN`; `READER` with "
                    + "`national` scope (403 otherwise). Not `SUBMITTER`.")
    @APIResponse(responseCode = "200", description = "The national statistics.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProvinceStatistics.class),
                            examples = @ExampleObject(name = "national",
                                    summary = "The whole country, SO-KET-2022 (the two seed reports)",
                                    value = StatisticsExamples.NATIONAL)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = CSV_TABLE),
                            examples = @ExampleObject(name = "nationalCsv", summary = "The whole country, as CSV",
                                    value = StatisticsExamples.NATIONAL_CSV)),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = XLSX_BOOK)) })
    @Parameter(ref = "IfNoneMatch")
    @Parameter(name = "lang", in = ParameterIn.QUERY, ref = "Lang") // the CSV method reads it
    public Response national(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(description = ACCEPTED, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("accepted") String accepted, @Context Request request,
            @Context HttpHeaders headers) {
        acceptJson(headers);
        boolean acceptedOnly = accepted(accepted);
        return kept(request, () -> {
            mayRead(null);
            return new KeptAnswers.Question("national", round, null, null, acceptedOnly,
                    statistics.revision(round, null, null));
        }, () -> statistics.national(round, acceptedOnly));
    }

    private ProvinceStatistics nationalStatistics(String round, boolean accepted) {
        mayRead(null);
        return statistics.national(round, accepted);
    }

    @GET
    @Path("/rounds/{round}/national")
    @Produces(CSV)
    @Operation(hidden = true) // documented as the text/csv answer of national()
    public Response nationalCsv(@PathParam("round") String round, @QueryParam("accepted") String accepted,
            @QueryParam("lang") String lang, @Context Request request) {
        return csv(List.of(nationalStatistics(round, accepted(accepted))), ProvinceStatistics.class, lang,
                fileName("thong-ke", round, "toan-quoc", null), request);
    }

    /**
     * The JSON method answers when nothing better matches; a caller that accepts neither JSON nor
     * CSV (say {@code application/xml}) gets 406, never JSON it did not ask for.
     */
    private static void acceptJson(HttpHeaders headers) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE, Messages.get("media.not-acceptable"));
        }
    }

    /**
     * A JSON answer whose ETag is the revision of the kept figures it sums: a request whose
     * If-None-Match names it gets 304 before anything is summed, and figures already summed at that
     * revision are not summed again ({@link KeptAnswers}). Revision and figures are read in one
     * transaction, so the ETag is that of the figures sent.
     */
    private Response kept(Request request, java.util.function.Supplier<KeptAnswers.Question> question,
            java.util.function.Supplier<Object> body) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            KeptAnswers.Question asked = question.get();
            EntityTag tag = new EntityTag(responses.digest(asked.what() + "|" + asked.revision()
                    + (asked.accepted() ? "|accepted" : "")));
            return responses.tagged(request, tag, () -> Response.ok(answers.of(asked, body)));
        });
    }

    private Response cached(Object body, Request request) {
        return cached(body, request, null);
    }

    /**
     * {@code rows} of {@code type} as a CSV attachment named {@code fileName}, column titles in the
     * language of {@code lang} or else of {@code Accept-Language}.
     */
    private Response csv(List<?> rows, Class<?> type, String lang, String fileName, Request request) {
        return cached(CsvTable.of(rows, type, StatisticsAnswers.locale(lang)), request, "attachment; filename=\"" + fileName + "\"");
    }

    /** {@code thong-ke-SO-KET-2022-70.csv}: what the table is, in ASCII, with {@code -2025} for those boundaries. */
    static String fileName(String what, String first, String second, String boundaries) {
        StringBuilder name = new StringBuilder(what);
        for (String part : new String[] { first, second, "2025".equals(boundaries) ? "2025" : null }) {
            if (part != null) {
                name.append('-').append(part.replaceAll("[^A-Za-z0-9._-]", "_"));
            }
        }
        return name.append(".csv").toString();
    }

    /**
     * An answer with an ETag of its content and {@code Cache-Control: private, max-age}; a request
     * whose If-None-Match names the same content gets 304 without a body. Every answer varies
     * with Accept (JSON or CSV) and Accept-Language (the CSV titles); a CSV one is an attachment.
     */
    private Response cached(Object body, Request request, String disposition) {
        return responses.tagged(request, new EntityTag(responses.digest(body)),
                () -> Response.ok(body).header("Content-Disposition", disposition));
    }

    // Spreadsheets and the province's synthesis report (vn.vhcs.aggregation.export): the same
    // figures and access rules as the JSON answers above.

    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(StatisticsWorkbook.MEDIA_TYPE)
    @Operation(hidden = true) // documented as the XLSX answer of province()
    public Response provinceXlsx(@PathParam("round") String round, @PathParam("province") String province,
            @QueryParam("boundaries") String boundaries, @Context Request request) {
        ProvinceStatistics figures = provinceStatistics(round, province, boundaries, false);
        Boundaries grouping = Boundaries.of(boundaries);
        return download(() -> StatisticsWorkbook.of(figures, exports.reports(round, statistics.provincesCounted(round, province, grouping)),
                statistics.missingAgencies(round, province, grouping)), StatisticsWorkbook.MEDIA_TYPE,
                fileName("thong-ke", round, province, boundaries), figures, request);
    }

    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(StatisticsWorkbook.MEDIA_TYPE)
    @Operation(hidden = true) // documented as the XLSX answer of provinces()
    public Response provincesXlsx(@PathParam("round") String round, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
        Page<ProvinceStatistics> figures = provinceList(round, boundaries, page, size);
        Boundaries grouping = Boundaries.of(boundaries);
        return download(() -> {
            List<ExportSource.AgencyReport> reports = new java.util.ArrayList<>();
            List<MissingAgency> missing = new java.util.ArrayList<>();
            for (ProvinceStatistics p : figures.items()) {
                reports.addAll(exports.reports(round, statistics.provincesCounted(round, p.provinceCode(), grouping)));
                missing.addAll(statistics.missingAgencies(round, p.provinceCode(), grouping));
            }
            return StatisticsWorkbook.ofProvinces(figures.items(), reports, missing);
        }, StatisticsWorkbook.MEDIA_TYPE, fileName("thong-ke", round, "cac-tinh", boundaries), figures, request);
    }

    @GET
    @Path("/rounds/{round}/national")
    @Produces(StatisticsWorkbook.MEDIA_TYPE)
    @Operation(hidden = true) // documented as the XLSX answer of national()
    public Response nationalXlsx(@PathParam("round") String round, @Context Request request) {
        ProvinceStatistics figures = nationalStatistics(round, false);
        return download(() -> StatisticsWorkbook.of(figures, exports.reports(round),
                statistics.missingAgencies(round, null, Boundaries.AS_REPORTED)), StatisticsWorkbook.MEDIA_TYPE,
                fileName("thong-ke", round, "toan-quoc", null), figures, request);
    }

    /** The Sở Nội vụ's draft synthesis report of the round, as a Word document (Nghị định 30/2020 layout). */
    @GET
    @Path("/rounds/{round}/provinces/{province}/report.docx")
    @Produces(ProvinceReportDocument.MEDIA_TYPE)
    @Operation(operationId = "getProvinceReport", summary = "The province's synthesis report of a round (Word)",
            description = "The Sở Nội vụ's draft synthesis report of the round, built from the province's current "
                    + "reports and statistics in the administrative layout of Nghị định 30/2020/NĐ-CP: " + REPORT_LAYOUT
                    + CACHEABLE + READERS_OF_PROVINCE)
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
        ProvinceStatistics figures = provinceStatistics(round, province, boundaries, false);
        Boundaries grouping = Boundaries.of(boundaries);
        ReportingRound r = exports.round(round);
        java.util.Set<String> counted = statistics.provincesCounted(round, province, grouping);
        // the issuer is the province as it was at the end of the round's period; with the 2025 boundaries the
        // province formed on 1 July 2025 (as named since), naming the former provinces its figures cover
        boolean rolled = grouping == Boundaries.Y2025 && r.periodEnd.isBefore(Boundaries.MERGER);
        ProvinceReportDocument.Issuer issuer = ProvinceReportDocument.Issuer.province(
                exports.provinceName(province, rolled ? Boundaries.MERGER : r.periodEnd));
        if (rolled && counted.size() > 1) {
            issuer = issuer.covering(counted.stream().sorted().map(code -> exports.provinceName(code, r.periodEnd))
                    .toList());
        }
        return document(issuer, r, figures, exports.comparison(r, province, grouping, figures),
                exports.agencies(round, counted, province, grouping), fileName("bao-cao", round, province, boundaries),
                request);
    }

    /** The national synthesis report of the round, as a Word document. */
    @GET
    @Path("/rounds/{round}/national/report.docx")
    @Produces(ProvinceReportDocument.MEDIA_TYPE)
    @Operation(operationId = "getNationalReport", summary = "The national synthesis report of a round (Word)",
            description = "The draft synthesis report of the round over the whole country (issued by the Bộ Nội vụ), "
                    + "in the layout of the province report: " + REPORT_LAYOUT + CACHEABLE + "\n\n**Roles:** `ADMIN`; "
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
        ProvinceStatistics figures = nationalStatistics(round, false);
        ReportingRound r = exports.round(round);
        return document(ProvinceReportDocument.Issuer.national(), r, figures,
                exports.comparison(r, null, Boundaries.AS_REPORTED, figures),
                exports.agencies(round, null, null, Boundaries.AS_REPORTED), fileName("bao-cao", round, "toan-quoc", null),
                request);
    }

    /**
     * The report as an attachment, written to the response as it is built (its annexes grow with the
     * agencies: never held whole); its ETag is that of the figures it is made of, so an unchanged one
     * answers 304 without being built.
     */
    private Response document(ProvinceReportDocument.Issuer issuer, ReportingRound round, ProvinceStatistics figures,
            vn.vhcs.aggregation.export.RoundComparisonSection.Section comparison,
            ProvinceReportDocument.Agencies agencies, String csvName, Request request) {
        String fileName = csvName.replaceFirst("\\.csv$", ".docx");
        Object source = comparison == null ? figures : List.of(figures, comparison);
        jakarta.ws.rs.core.StreamingOutput body = out -> ProvinceReportDocument.write(out, issuer, round, figures,
                comparison, agencies, today());
        return responses.tagged(request, new EntityTag(responses.digest(source) + "-docx"), () -> Response.ok(body,
                ProvinceReportDocument.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

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

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(vn.vhcs.contract.rules.Deadlines.VIETNAM);
    }

    /**
     * A file built by {@code build} as an attachment: its ETag is that of the figures it is made of
     * ({@code source}) and its format, so an unchanged one answers 304 without being built again.
     */
    private Response download(java.util.function.Supplier<byte[]> build, String mediaType, String csvName,
            Object source, Request request) {
        String format = mediaType.equals(StatisticsWorkbook.MEDIA_TYPE) ? "xlsx" : "docx";
        String fileName = csvName.replaceFirst("\\.csv$", "." + format);
        return responses.tagged(request, new EntityTag(responses.digest(source) + "-" + format), () -> Response.ok(build.get(), mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
