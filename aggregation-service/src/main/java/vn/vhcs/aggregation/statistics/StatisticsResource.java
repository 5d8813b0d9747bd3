package vn.vhcs.aggregation.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;


import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.common.security.Role;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;

/**
 * Province statistics. Every endpoint answers JSON, or one CSV table with
 * {@code Accept: text/csv}; {@code ?boundaries=2025} rolls pre-merger provinces into their
 * successors.
 */
@Path("/api/v1/statistics")
public class StatisticsResource {

    private static final String CSV = CsvTable.MEDIA_TYPE + ";charset=UTF-8";

    private final StatisticsService statistics;
    private final CurrentCaller callers;
    private final ObjectMapper json;
    private final Duration maxAge;

    public StatisticsResource(StatisticsService statistics, CurrentCaller callers, ObjectMapper json,
            @ConfigProperty(name = "vhcs.statistics.max-age", defaultValue = "60s") Duration maxAge) {
        this.statistics = statistics;
        this.callers = callers;
        this.json = json;
        this.maxAge = maxAge;
    }

    /** Statistics are for admins and readers, within the reader's provinces (the gateway checks it too). */
    private void mayRead(String province) {
        Caller caller = callers.get();
        boolean allowed = caller.admin() || caller.role() == Role.READER
                && (province == null ? caller.national() : caller.coversProvince(province));
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
    }

    private void mayReadSome() {
        Caller caller = callers.get();
        if (!caller.admin() && caller.role() != Role.READER) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
    }

    /** Statistics of a round in a province; zeros (not 404) when it has no reports yet. */
    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response province(@PathParam("round") String round, @PathParam("province") String province,
            @QueryParam("boundaries") String boundaries, @Context Request request) {
        return cached(provinceStatistics(round, province, boundaries), request);
    }

    private ProvinceStatistics provinceStatistics(String round, String province, String boundaries) {
        if (!province.matches("\\d{2}")) {
            throw ProblemException.notFound("province", province);
        }
        mayRead(province);
        return statistics.province(round, province, Boundaries.of(boundaries));
    }

    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(CSV)
    public Response provinceCsv(@PathParam("round") String round, @PathParam("province") String province,
            @QueryParam("boundaries") String boundaries, @Context Request request) {
        return cached(CsvTable.of(List.of(provinceStatistics(round, province, boundaries))), request);
    }

    /** The same object for every province that has reports in the round. */
    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(MediaType.APPLICATION_JSON)
    public Response provinces(@PathParam("round") String round, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
        return cached(provinceList(round, boundaries, page, size), request);
    }

    private Page<ProvinceStatistics> provinceList(String round, String boundaries, String page, String size) {
        mayReadSome();
        Caller caller = callers.get();
        return Page.of(statistics.provinces(round, Boundaries.of(boundaries), caller::coversProvince),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(CSV)
    public Response provincesCsv(@PathParam("round") String round, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
        return cached(CsvTable.of(provinceList(round, boundaries, page, size).items()), request);
    }

    /** The same object for the whole country. */
    @GET
    @Path("/rounds/{round}/national")
    @Produces(MediaType.APPLICATION_JSON)
    public Response national(@PathParam("round") String round, @Context Request request) {
        return cached(nationalStatistics(round), request);
    }

    private ProvinceStatistics nationalStatistics(String round) {
        mayRead(null);
        return statistics.national(round);
    }

    @GET
    @Path("/rounds/{round}/national")
    @Produces(CSV)
    public Response nationalCsv(@PathParam("round") String round, @Context Request request) {
        return cached(CsvTable.of(List.of(nationalStatistics(round))), request);
    }

    /** The headline figures of a province for every round, in round order. */
    @GET
    @Path("/provinces/{province}/trend")
    @Produces(MediaType.APPLICATION_JSON)
    public Response trend(@PathParam("province") String province, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
        return cached(trendPage(province, boundaries, page, size), request);
    }

    private Page<TrendPoint> trendPage(String province, String boundaries, String page, String size) {
        if (!province.matches("\\d{2}")) {
            throw ProblemException.notFound("province", province);
        }
        mayRead(province);
        return Page.of(statistics.trend(province, Boundaries.of(boundaries)), PageRequest.of(page, size));
    }

    @GET
    @Path("/provinces/{province}/trend")
    @Produces(CSV)
    public Response trendCsv(@PathParam("province") String province, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
        return cached(CsvTable.of(trendPage(province, boundaries, page, size).items()), request);
    }

    /**
     * An answer with an ETag of its content and {@code Cache-Control: private, max-age}; a request
     * whose If-None-Match names the same content gets 304 without a body.
     */
    private Response cached(Object body, Request request) {
        EntityTag tag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge((int) maxAge.toSeconds());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(body).tag(tag).cacheControl(cache).build();
    }

    private String digest(Object body) {
        try {
            byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
