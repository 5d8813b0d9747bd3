package vn.vhcs.aggregation.statistics;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_ACCEPTABLE;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
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

/**
 * Who has not reported yet, a page at a time: moved as it was from {@link StatisticsResource},
 * its three formats now one method (JSON, or the page's rows as CSV or XLSX by
 * {@link TableAnswerWriter}).
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@APIResponse(responseCode = "304", description = "The figures have not changed since the ETag given in "
        + "`If-None-Match`; no body.", headers = {
                @Header(name = "ETag", description = StatisticsResource.ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", description = StatisticsResource.CACHE_CONTROL,
                        schema = @Schema(type = SchemaType.STRING)) })
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
    @Produces({ MediaType.APPLICATION_JSON, StatisticsAnswers.CSV, StatisticsWorkbook.MEDIA_TYPE })
    @Operation(operationId = "listMissingAgencies", summary = "Agencies of a province that have not reported",
            description = "The agencies expected to report in the round in the province that have no current, "
                    + "non-withdrawn report (those `agenciesMissing` counts), by code, a page at a time. JSON, one "
                    + "CSV table (one row per agency of the page) with `Accept: text/csv`, or a workbook of one sheet "
                    + "(`Chưa báo cáo`)." + StatisticsResource.CACHEABLE
                    + StatisticsResource.READERS_OF_PROVINCE)
    @APIResponse(responseCode = "200", description = "A page of agencies.", headers = {
            @Header(name = "ETag", description = StatisticsResource.ETAG, schema = @Schema(type = SchemaType.STRING,
                    examples = "\"5d41402abc4b2a76b9719d911017c592\"")),
            @Header(name = "Cache-Control", description = StatisticsResource.CACHE_CONTROL,
                    schema = @Schema(type = SchemaType.STRING, examples = "private, max-age=60")),
            @Header(name = "Content-Disposition", description = StatisticsResource.DISPOSITION,
                    schema = @Schema(type = SchemaType.STRING,
                            examples = "attachment; filename=\"chua-bao-cao-SO-KET-2022-70.csv\"")) },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A page: the shape of every list answer.",
                            requiredProperties = { "items", "page", "size", "total" }, properties = {
                                    @SchemaProperty(name = "items", type = SchemaType.ARRAY,
                                            implementation = MissingAgency.class),
                                    @SchemaProperty(name = "page", type = SchemaType.INTEGER, format = "int32",
                                            minimum = "0", description = "This page, from 0."),
                                    @SchemaProperty(name = "size", type = SchemaType.INTEGER, format = "int32",
                                            minimum = "1", maximum = "200",
                                            description = "The page size asked for (1–200, 20 by default)."),
                                    @SchemaProperty(name = "total", type = SchemaType.INTEGER, format = "int64",
                                            minimum = "0", description = "How many items match, over all pages.") }),
                            examples = @ExampleObject(name = "binhPhuoc",
                                    summary = "Bình Phước (70), SO-KET-2022: who has not reported",
                                    value = StatisticsExamples.MISSING_70)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            description = StatisticsResource.CSV_TABLE),
                            examples = @ExampleObject(name = "binhPhuocCsv",
                                    summary = "Bình Phước (70), SO-KET-2022, as CSV",
                                    value = StatisticsExamples.MISSING_70_CSV)),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = StatisticsResource.XLSX_BOOK)) })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = StatisticsResource.IF_NONE_MATCH,
            example = "\"5d41402abc4b2a76b9719d911017c592\"", schema = @Schema(type = SchemaType.STRING))
    public Response missingAgencies(
            @Parameter(description = StatisticsResource.ROUND, example = "SO-KET-2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z0-9-]{2,40}$"))
            @PathParam("round") String round,
            @Parameter(description = StatisticsResource.PROVINCE, example = "70",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @PathParam("province") String province,
            @Parameter(description = StatisticsResource.BOUNDARIES, schema = @Schema(type = SchemaType.STRING, enumeration = "2025"))
            @QueryParam("boundaries") String boundaries,
            @Parameter(description = StatisticsResource.PAGE, schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = StatisticsResource.SIZE, schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = StatisticsResource.LANG, schema = @Schema(type = SchemaType.STRING, enumeration = { "en", "vi" }))
            @QueryParam("lang") String lang, @Context Request request) {
        responses.mayReadProvince(province);
        Page<MissingAgency> missing = Page.of(statistics.missingAgencies(round, province, Boundaries.of(boundaries)),
                PageRequest.of(page, size));
        return responses.answer(request, missing, new TableAnswer(missing.items(), MissingAgency.class,
                StatisticsAnswers.locale(lang), SHEET), StatisticsResource.fileName("chua-bao-cao", round, province,
                        boundaries).replaceFirst("\\.csv$", ""));
    }
}
