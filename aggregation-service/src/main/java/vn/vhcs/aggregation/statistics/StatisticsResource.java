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

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /** Statistics of a round in a province; zeros (not 404) when it has no reports yet. */
    @GET
    @Path("/rounds/{round}/provinces/{province}")
    public ProvinceStatistics province(@PathParam("round") String round, @PathParam("province") String province) {
        if (!province.matches("\\d{2}")) {
            throw ProblemException.notFound("Province " + province);
        }
        return statistics.province(round, province);
    }

    /** The same object for every province that has reports in the round. */
    @GET
    @Path("/rounds/{round}/provinces")
    public Page<ProvinceStatistics> provinces(@PathParam("round") String round, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        List<ProvinceStatistics> all = statistics.provinces(round);
        int from = Math.min(all.size(), paging.page() * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        return new Page<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }
}
