package vn.vhcs.aggregation.api;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_ACCEPTABLE;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import java.util.List;

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
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.RoundKinds;
import vn.vhcs.aggregation.statistics.StatisticsService;
import vn.vhcs.aggregation.statistics.TrendPoint;

/**
 * Series across rounds: a province's, or the whole country's, headline figures round after round,
 * optionally of some round kinds only. One method per URL; JSON, CSV or XLSX by {@code Accept}
 * ({@link StatisticsAnswers#answer}, the tables written by {@link CsvWriter}, {@link XlsxWriter}).
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "400", ref = BAD_REQUEST)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@APIResponse(responseCode = "404", ref = NOT_FOUND)
@APIResponse(responseCode = "406", ref = NOT_ACCEPTABLE)
@RequiredArgsConstructor
public class TrendResource {

    static final String SHEET = "Xu hướng";
    private static final String KIND = "Only the rounds of this kind; repeat it for several (`?kind=MIDTERM_REVIEW"
            + "&kind=FINAL_REVIEW`). Absent: every round. Each point names its `roundKind`: an annual round, a sơ kết "
            + "(`MIDTERM_REVIEW`) and a tổng kết (`FINAL_REVIEW`) cover different periods, so draw one line per kind. "
            + "Anything else answers 400 naming each value.";
    private static final String SERIES = " Each point carries the figures the round's statistics answer gives: "
            + "reporting rates, `measures` (participation and commitments whether the reports state counts or only "
            + "percents, `estimated` when a percent entered the rate: draw `measures.participation.rate.value`, not the "
            + "count-only `participationRate`, which is null when every report states a percent), models, "
            + "commendations, emulation titles and `coverage`. JSON, one CSV table (a row per round of the page) with "
            + "`Accept: text/csv`, or a workbook of one sheet (`Xu hướng`) with `Accept: " + StatisticsWorkbook.MEDIA_TYPE
            + "`." + StatisticsResource.CACHEABLE;

    private final StatisticsService statistics;
    private final StatisticsAnswers answers;

    /** The headline figures of a province for every round, in round order. */
    @GET
    @Path("/provinces/{province}/trend")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getProvinceTrend", summary = "Trend of a province over the rounds", description = "The "
            + "headline figures of the province for every round (or every round of the kinds asked for), in order of "
            + "the rounds' period end." + SERIES + StatisticsResource.READERS_OF_PROVINCE)
    @APIResponse(responseCode = "200", description = "A page of trend points.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageTrendPoint"),
                            examples = @ExampleObject(name = "binhPhuoc", ref = "StatisticsTrend70")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv"),
                            examples = @ExampleObject(name = "binhPhuocCsv", ref = "StatisticsTrend70Csv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @Parameter(ref = "IfNoneMatch")
    public Response trend(
            @Parameter(description = "A two-digit province code.", example = "70",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @PathParam("province") String province,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(description = KIND)
            @QueryParam("kind") List<String> kind,
            @Parameter(ref = "Page") @QueryParam("page") String page,
            @Parameter(ref = "Size") @QueryParam("size") String size,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        if (!vn.vhcs.contract.rules.Codes.isProvince(province)) {
            throw ProblemException.notFound("province", province);
        }
        answers.mayRead(province);
        Boundaries grouping = Boundaries.of(boundaries);
        Page<TrendPoint> points = Page.of(statistics.trend(province, grouping, RoundKinds.of(kind)),
                PageRequest.of(page, size));
        return answers.answer(request, points, new TableAnswer(points.items(), TrendPoint.class,
                StatisticsAnswers.locale(lang), SHEET), StatisticsAnswers.fileName("xu-huong", province, null, boundaries));
    }

    /** The national figures for every round, in round order. */
    @GET
    @Path("/national/trend")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
    @Operation(operationId = "getNationalTrend", summary = "Trend of the whole country over the rounds",
            description = "The national figures (every province, as `GET /api/v1/statistics/rounds/{round}/national` "
                    + "gives them) for every round (or every round of the kinds asked for), in order of the rounds' "
                    + "period end: the series of the whole country in one request." + SERIES + "\n\n**Roles:** "
                    + "`ADMIN`; `READER` with `national` scope (403 otherwise). Not `SUBMITTER`.")
    @APIResponse(responseCode = "200", description = "A page of trend points.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageTrendPoint")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @Parameter(ref = "IfNoneMatch")
    public Response nationalTrend(
            @Parameter(description = KIND)
            @QueryParam("kind") List<String> kind,
            @Parameter(ref = "Page") @QueryParam("page") String page,
            @Parameter(ref = "Size") @QueryParam("size") String size,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        answers.mayRead(null);
        Page<TrendPoint> points = Page.of(statistics.nationalTrend(RoundKinds.of(kind)), PageRequest.of(page, size));
        return answers.answer(request, points, new TableAnswer(points.items(), TrendPoint.class,
                StatisticsAnswers.locale(lang), SHEET), StatisticsAnswers.fileName("xu-huong", "toan-quoc", null, null));
    }
}
