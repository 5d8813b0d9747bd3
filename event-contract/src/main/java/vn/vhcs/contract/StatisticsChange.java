package vn.vhcs.contract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A notice on {@link Topics#STATISTICS_CHANGES}: the statistics of these rounds may have changed, or with
 * {@code all} those of every round (the registry, the figures' catalogue, a restart or rebuild). It names no
 * figure: whoever keeps answers drops them and asks again.
 *
 * @param rounds round codes whose answers may differ now; empty with {@code all}
 * @param all every round's answers may differ
 */
public record StatisticsChange(List<String> rounds, boolean all) {

    public StatisticsChange {
        rounds = rounds == null ? List.of() : List.copyOf(new TreeSet<>(rounds));
    }

    /** Every round's answers may differ. */
    public static StatisticsChange everything() {
        return new StatisticsChange(List.of(), true);
    }

    /** These rounds' answers may differ. */
    public static StatisticsChange of(Set<String> rounds) {
        return new StatisticsChange(List.copyOf(rounds), false);
    }

    /** Whether the notice names nothing (a batch of duplicates): not published. */
    public boolean namesNothing() {
        return !all && rounds.isEmpty();
    }
}
