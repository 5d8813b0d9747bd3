package vn.vhcs.aggregation.api;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_ACCEPTABLE;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.export.ExportSource;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.KeptAnswers;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.Snapshots;
import vn.vhcs.aggregation.statistics.StatisticsService;

/**
 * Province and national statistics of a round. One method per URL, answering JSON, CSV or XLSX by
 * {@code Accept} or the URL's suffix ({@link Format}, {@link FormatSuffix}): each format's ETag
 * and entity are chosen here, its body written by its writer ({@link CsvWriter}, {@link XlsxWriter});
 * {@code ?boundaries=2025} rolls pre-merger provinces into their successors.
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
    private final Snapshots snapshots;
    private final KeptAnswers answers;
    private final StatisticsAnswers responses;

    /** Statistics of a round in a province; zeros (not 404) when it has no reports yet. */
    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
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
    public Response province(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Province") @PathParam("province") String province,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(description = SNAPSHOT, schema = @Schema(type = SchemaType.STRING, pattern = "^(latest|[1-9][0-9]*)$"),
                    example = "latest")
            @QueryParam("snapshot") String snapshot,
            @Parameter(description = ACCEPTED, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("accepted") String accepted,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        boolean acceptedOnly = accepted(accepted);
        responses.mayReadProvince(province);
        String name = StatisticsAnswers.fileName("thong-ke", round, province, boundaries);
        if (snapshot != null) {
            // a snapshot a lock published: apart from the live figures, never changed (the workbook stays live)
            if (boundaries != null) {
                throw ProblemException.invalid("boundaries", "snapshot.boundaries");
            }
            ProvinceStatistics frozen = snapshots.read(round, province, snapshot, acceptedOnly);
            return responses.answer(request, name, format -> switch (format) {
                case JSON -> Representation.of("snapshot-" + round + "-" + province + "-"
                        + snapshots.number(round, province, snapshot) + (acceptedOnly ? "-accepted" : ""), () -> frozen);
                case CSV -> csv(List.of(frozen), lang);
                default -> provinceBook(format, round, province, Boundaries.AS_REPORTED);
            });
        }
        Boundaries grouping = Boundaries.of(boundaries);
        return responses.answer(request, name, format -> switch (format) {
            case JSON -> kept(new KeptAnswers.Question("province", round, province, grouping, acceptedOnly,
                    statistics.revision(round, province, grouping)),
                    () -> statistics.province(round, province, grouping, acceptedOnly));
            case CSV -> csv(List.of(statistics.province(round, province, grouping, acceptedOnly)), lang);
            default -> provinceBook(format, round, province, grouping);
        });
    }

    /** {@code ?accepted=}: true, false or absent (false); anything else 400. */
    private static boolean accepted(String value) {
        return Boolean.TRUE.equals(QueryParams.bool(value, "accepted"));
    }

    /**
     * A province's workbook (every format but JSON and CSV): its figures as every report counts them,
     * with its reports and missing agencies; tagged by the figures and the format, so an unchanged one
     * answers 304 before it is built.
     */
    private Representation provinceBook(Format format, String round, String province, Boundaries grouping) {
        ProvinceStatistics figures = statistics.province(round, province, grouping, false);
        return Representation.of(responses.digest(figures) + "-" + format.extension(), () -> new WorkbookAnswer(
                List.of(figures), exports.reports(round, statistics.provincesCounted(round, province, grouping)),
                statistics.missingAgencies(round, province, grouping), false));
    }

    /** The same object for every province that has reports in the round. */
    @GET
    @Path("/rounds/{round}/provinces")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
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
    public Response provinces(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(ref = "Page") @QueryParam("page") String page,
            @Parameter(ref = "Size") @QueryParam("size") String size,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        responses.mayReadSome();
        Caller caller = responses.caller();
        Boundaries grouping = Boundaries.of(boundaries);
        Page<ProvinceStatistics> figures = Page.of(statistics.provinces(round, grouping, caller::coversProvince),
                PageRequest.of(page, size));
        return responses.answer(request, StatisticsAnswers.fileName("thong-ke", round, "cac-tinh", boundaries),
                format -> switch (format) {
                    case JSON -> Representation.of(responses.digest(figures), () -> figures);
                    case CSV -> csv(figures.items(), lang);
                    default -> Representation.of(responses.digest(figures) + "-" + format.extension(), () -> {
                        List<ExportSource.AgencyReport> reports = new ArrayList<>();
                        List<MissingAgency> missing = new ArrayList<>();
                        for (ProvinceStatistics p : figures.items()) {
                            Set<String> counted = statistics.provincesCounted(round, p.provinceCode(), grouping);
                            reports.addAll(exports.reports(round, counted));
                            missing.addAll(statistics.missingAgencies(round, p.provinceCode(), grouping));
                        }
                        return new WorkbookAnswer(figures.items(), reports, missing, true);
                    });
                });
    }

    /** The same object for the whole country. */
    @GET
    @Path("/rounds/{round}/national")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
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
    public Response national(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(description = ACCEPTED, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("accepted") String accepted,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        boolean acceptedOnly = accepted(accepted);
        responses.mayRead(null);
        return responses.answer(request, StatisticsAnswers.fileName("thong-ke", round, "toan-quoc", null),
                format -> switch (format) {
                    case JSON -> kept(new KeptAnswers.Question("national", round, null, null, acceptedOnly,
                            statistics.revision(round, null, null)), () -> statistics.national(round, acceptedOnly));
                    case CSV -> csv(List.of(statistics.national(round, acceptedOnly)), lang);
                    default -> {
                        ProvinceStatistics figures = statistics.national(round, false);
                        yield Representation.of(responses.digest(figures) + "-" + format.extension(),
                                () -> new WorkbookAnswer(List.of(figures), exports.reports(round),
                                        statistics.missingAgencies(round, null, Boundaries.AS_REPORTED), false));
                    }
                });
    }

    /**
     * JSON whose ETag is the revision of the kept figures it sums: a request whose If-None-Match
     * names it gets 304 before anything is summed, and figures already summed at that revision are
     * not summed again ({@link KeptAnswers}).
     */
    private Representation kept(KeptAnswers.Question asked, Supplier<Object> sum) {
        return Representation.of(responses.digest(asked.what() + "|" + asked.revision()
                + (asked.accepted() ? "|accepted" : "")), () -> answers.of(asked, sum));
    }

    /**
     * {@code rows} as one CSV table, column titles in the language of {@code lang} or else of
     * {@code Accept-Language}; its ETag is the table's.
     */
    private Representation csv(List<ProvinceStatistics> rows, String lang) {
        TableAnswer table = new TableAnswer(rows, ProvinceStatistics.class, StatisticsAnswers.locale(lang), null);
        return Representation.of(responses.digest(table.csv()), () -> table);
    }
}
