package vn.vhcs.aggregation.statistics;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.store.ContributionRepository;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ReportState;

/**
 * The reports that count in a round, as their agencies stated them (the states kept with the
 * contributions): what the exports show beside the figures, read here so that nothing above the
 * statistics reads the store.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class CountingReports {

    /** One counting report, with the keys a walk through a country resumes after. */
    public record Stated(String agencyCode, UUID reportId, ReportState state) {
    }

    private final ContributionRepository contributions;

    /** The counting reports of a round in these provinces (every province when null), by agency. */
    public List<ReportState> of(String round, Collection<String> provinces) {
        return contributions.countingStates(round, provinces).stream().map(CountingReports::state).toList();
    }

    /**
     * At most {@code limit} of them after the report {@code (afterAgency, afterReport)} in (agency,
     * report) order (null: from the first): a page of a walk that holds one page at a time.
     */
    public List<Stated> after(String round, Collection<String> provinces, String afterAgency, UUID afterReport,
            int limit) {
        return contributions.countingStatesAfter(round, provinces, afterAgency, afterReport, limit).stream()
                .map(row -> new Stated((String) row[0], (UUID) row[1], state((String) row[2]))).toList();
    }

    private static ReportState state(String json) {
        return EventCodec.fromJson(json, ReportState.class);
    }
}
