package vn.vhcs.aggregation.statistics;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.vhcs.common.problem.ProblemException;
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

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /** Statistics of a round in a province; zeros (not 404) when it has no reports yet. */
    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(MediaType.APPLICATION_JSON)
    public ProvinceStatistics province(@PathParam("round") String round, @PathParam("province") String province,
            @QueryParam("boundaries") String boundaries) {
        if (!province.matches("\\d{2}")) {
            throw ProblemException.notFound("province", province);
        }
        return statistics.province(round, province, Boundaries.of(boundaries));
    }

    @GET
    @Path("/rounds/{round}/provinces/{province}")
    @Produces(CSV)
    public String provinceCsv(@PathParam("round") String round, @PathParam("province") String province,
            @QueryParam("boundaries") String boundaries) {
        return CsvTable.of(List.of(province(round, province, boundaries)));
    }

    /** The same object for every province that has reports in the round. */
    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ProvinceStatistics> provinces(@PathParam("round") String round, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return page(statistics.provinces(round, Boundaries.of(boundaries)), PageRequest.of(page, size));
    }

    @GET
    @Path("/rounds/{round}/provinces")
    @Produces(CSV)
    public String provincesCsv(@PathParam("round") String round, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return CsvTable.of(provinces(round, boundaries, page, size).items());
    }

    /** The same object for the whole country. */
    @GET
    @Path("/rounds/{round}/national")
    @Produces(MediaType.APPLICATION_JSON)
    public ProvinceStatistics national(@PathParam("round") String round) {
        return statistics.national(round);
    }

    @GET
    @Path("/rounds/{round}/national")
    @Produces(CSV)
    public String nationalCsv(@PathParam("round") String round) {
        return CsvTable.of(List.of(national(round)));
    }

    /** The headline figures of a province for every round, in round order. */
    @GET
    @Path("/provinces/{province}/trend")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<TrendPoint> trend(@PathParam("province") String province, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (!province.matches("\\d{2}")) {
            throw ProblemException.notFound("province", province);
        }
        return page(statistics.trend(province, Boundaries.of(boundaries)), PageRequest.of(page, size));
    }

    @GET
    @Path("/provinces/{province}/trend")
    @Produces(CSV)
    public String trendCsv(@PathParam("province") String province, @QueryParam("boundaries") String boundaries,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return CsvTable.of(trend(province, boundaries, page, size).items());
    }

    private static <T> Page<T> page(List<T> all, PageRequest paging) {
        int from = Math.min(all.size(), paging.page() * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        return new Page<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }
}
