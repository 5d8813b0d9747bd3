package vn.vhcs.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyStateRepository implements PanacheRepositoryBase<AgencyState, AgencyState.Key> {

    /** An agency's states, oldest first. */
    public List<AgencyState> history(String agencyCode) {
        return list("key.agencyCode = ?1 order by key.effectiveFrom", agencyCode);
    }

    /**
     * The state in force on that day: the latest that began on or before it; for a day before every
     * state (an agency read before it existed), its first.
     */
    public Optional<AgencyState> on(String agencyCode, LocalDate day) {
        List<AgencyState> states = history(agencyCode);
        AgencyState inForce = null;
        for (AgencyState state : states) {
            if (!state.effectiveFrom().isAfter(day)) {
                inForce = state;
            }
        }
        return Optional.ofNullable(inForce != null ? inForce : states.isEmpty() ? null : states.get(0));
    }
}
