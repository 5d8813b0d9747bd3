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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.statistics.Boundaries;
import vn.vhcs.aggregation.statistics.Comparison;
import vn.vhcs.aggregation.statistics.ComparisonService;

/**
 * A round against another, for a province or the whole country ("Tổng kết so với sơ kết"). One
 * method per URL; JSON, CSV or XLSX by {@code Accept} (the tables written by {@link CsvWriter} and {@link XlsxWriter}).
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "400", ref = BAD_REQUEST)
@APIResponse(responseCode = "403", ref = FORBIDDEN)
@APIResponse(responseCode = "404", ref = NOT_FOUND)
@APIResponse(responseCode = "406", ref = NOT_ACCEPTABLE)
@RequiredArgsConstructor
public class ComparisonResource {

    static final String SHEET = "So sánh";
    private static final String WITH = "The code of the round to compare with, e.g. the sơ kết (`MIDTERM_REVIEW`) for a "
            + "tổng kết (`FINAL_REVIEW`). Required: absent, 400; an unknown round, 404.";
    private static final String WHAT = " Each headline figure — reporting, participation and commitments (`measures`, "
            + "from counts and percents, with `estimated`), member units, models, commendations, emulation titles, "
            + "directives and `coverage` — in both rounds, with its change: `change` is `value − withValue`, in "
            + "percentage points for a `RATE` (a share as a decimal). JSON; with `Accept: text/csv` one CSV table (a row "
            + "per figure, both rounds named on it); with `Accept: " + StatisticsWorkbook.MEDIA_TYPE + "` a workbook of "
            + "one sheet (`So sánh`)." + StatisticsResource.CACHEABLE;

    private final ComparisonService comparisons;
    private final StatisticsAnswers responses;

    @GET
    @Path("/rounds/{round}/provinces/{province}/comparison")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
    @Operation(operationId = "compareProvinceRounds", summary = "A province in two rounds, side by side",
            description = "The province's statistics in `round` against those in `with` (e.g. the tổng kết 2019–2025 "
                    + "against the sơ kết 2022), both read on the same map (`boundaries`)." + WHAT
                    + StatisticsResource.READERS_OF_PROVINCE)
    @APIResponse(responseCode = "200", description = "The comparison.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @Parameter(ref = "IfNoneMatch")
    public Response province(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(ref = "Province") @PathParam("province") String province,
            @Parameter(description = WITH, required = true, example = "SO-KET-2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z0-9-]{2,40}$"))
            @QueryParam("with") String with,
            @Parameter(ref = "Boundaries") @QueryParam("boundaries") String boundaries,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        responses.mayReadProvince(province);
        Comparison comparison = comparisons.province(round, required(with), province, Boundaries.of(boundaries));
        return answer(comparison, StatisticsAnswers.fileName("so-sanh", round + "-" + with, province, boundaries),
                lang, request);
    }

    @GET
    @Path("/rounds/{round}/national/comparison")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, StatisticsWorkbook.MEDIA_TYPE })
    @Operation(operationId = "compareNationalRounds", summary = "The whole country in two rounds, side by side",
            description = "The national statistics in `round` against those in `with`." + WHAT + "\n\n**Roles:** "
                    + "`ADMIN`; `READER` with `national` scope (403 otherwise). Not `SUBMITTER`.")
    @APIResponse(responseCode = "200", description = "The comparison.", headers = {
            @Header(name = "ETag", ref = "ETag"),
            @Header(name = "Cache-Control", ref = "CacheControl"),
            @Header(name = "Content-Disposition", ref = "ContentDisposition") },
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(ref = "StatisticsCsv")),
                    @Content(mediaType = StatisticsWorkbook.MEDIA_TYPE, schema = @Schema(ref = "StatisticsWorkbook")) })
    @Parameter(ref = "IfNoneMatch")
    public Response national(
            @Parameter(ref = "Round") @PathParam("round") String round,
            @Parameter(description = WITH, required = true, example = "SO-KET-2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z0-9-]{2,40}$"))
            @QueryParam("with") String with,
            @Parameter(ref = "Lang") @QueryParam("lang") String lang, @Context Request request) {
        responses.mayRead(null);
        Comparison comparison = comparisons.national(round, required(with));
        return answer(comparison, StatisticsAnswers.fileName("so-sanh", round + "-" + with, "toan-quoc", null),
                lang, request);
    }

    private Response answer(Comparison comparison, String fileName, String lang, Request request) {
        return responses.answer(request, comparison, new TableAnswer(comparison.rows(), Comparison.Row.class,
                StatisticsAnswers.locale(lang), SHEET), fileName);
    }

    private static String required(String with) {
        if (with == null || with.isBlank()) {
            throw ProblemException.invalid("with", "statistics.with");
        }
        return with;
    }
}
