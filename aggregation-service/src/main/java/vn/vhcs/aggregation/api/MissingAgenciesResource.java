package vn.vhcs.aggregation.api;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_ACCEPTABLE;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

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
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.StatisticsService;

/**
 * Who has not reported yet, a page at a time: moved as it was from {@link StatisticsResource},
 * its three formats now one method (JSON, or the page's rows as CSV or XLSX by
 * {@link CsvWriter}, {@link XlsxWriter}).
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@APIResponse(responseCode = "404", ref = NOT_FOUND)
@APIResponse(responseCode = "406", ref = NOT_ACCEPTABLE)
@RequiredArgsConstructor
public class MissingAgenciesResource {

    static final String SHEET = "Chưa báo cáo";

    private final StatisticsService statistics;
    private final StatisticsAnswers responses;

    /** Who has not reported yet: the expected agencies of the province without a current report, by code. */
    @GET
    @Path("/rounds/{round}/provinces/{province}/missing-agencies")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
    @Operation(operationId = "listMissingAgencies", summary = "Agencies of a province that have not reported",
            description = "The agencies expected to report in the round in the province that have no current, "
                    + "non-withdrawn report (those `agenciesMissing` counts), by code, a page at a time. JSON, one "
                    + "CSV table (one row per agency of the page) with `Accept: text/csv`, or a workbook of one sheet "
                    + "(`Chưa báo cáo`)." + StatisticsResource.CACHEABLE
                    + StatisticsResource.READERS_OF_PROVINCE)
    @APIResponse(responseCode = "200", description = "A page of agencies.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageMissingAgency"),
                            examples = @ExampleObject(name = "binhPhuoc", ref = "StatisticsMissing70")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv"),
                            examples = @ExampleObject(name = "binhPhuocCsv", ref = "StatisticsMissing70Csv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @Parameter(ref = "IfNoneMatch")
    public Response missingAgencies(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Province") @PathParam("province") String province,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(ref = "Page") @QueryParam("page") String page,
            @Parameter(ref = "Size") @QueryParam("size") String size,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        responses.mayReadProvince(province);
        Page<MissingAgency> missing = Page.of(statistics.missingAgencies(round, province, Boundaries.of(boundaries)),
                PageRequest.of(page, size));
        return responses.answer(request, missing, new TableAnswer(missing.items(), MissingAgency.class,
                StatisticsAnswers.locale(lang), SHEET), StatisticsAnswers.fileName("chua-bao-cao", round, province,
                        boundaries));
    }
}
