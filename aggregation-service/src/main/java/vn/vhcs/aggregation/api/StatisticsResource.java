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
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.KeptAnswers;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.Snapshots;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;

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
    // answer, the page, CSV and workbook schemas, the examples, the round, province, boundaries, page, size, lang,
    // snapshot, accepted and If-None-Match parameters) is written once, as components of META-INF/openapi.yaml
    // that the annotations name by ref.

    static final String CACHEABLE = " Cacheable: `ETag` and `Cache-Control: private, max-age=60`; "
            + "`If-None-Match` with the same ETag answers 304.";
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
                            examples = @ExampleObject(name = "binhPhuoc", ref = "StatisticsProvince70")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv"),
                            examples = @ExampleObject(name = "binhPhuocCsv", ref = "StatisticsProvince70Csv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @Parameter(ref = "IfNoneMatch")
    public Response province(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Province") @PathParam("province") String province,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(ref = "StatisticsSnapshot") @QueryParam("snapshot") String snapshot,
            @Parameter(ref = "StatisticsAccepted") @QueryParam("accepted") String accepted,
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
                            examples = @ExampleObject(name = "provinces", ref = "StatisticsProvinces")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv"),
                            examples = @ExampleObject(name = "provincesCsv", ref = "StatisticsProvince70Csv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
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
                            examples = @ExampleObject(name = "national", ref = "StatisticsNational")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv"),
                            examples = @ExampleObject(name = "nationalCsv", ref = "StatisticsNationalCsv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @Parameter(ref = "IfNoneMatch")
    public Response national(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "StatisticsAccepted") @QueryParam("accepted") String accepted,
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
