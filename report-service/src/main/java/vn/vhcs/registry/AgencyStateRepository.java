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

    /** A state and the one after it (null while it is the latest), whose effectiveFrom ends it (effectiveTo). */
    public record InForce(AgencyState state, AgencyState next) {
    }

    /**
     * The state in force on that day, with its successor: the latest that began on or before it; for a day
     * before every state (an agency read before it existed), its first.
     */
    public Optional<InForce> on(String agencyCode, LocalDate day) {
        List<AgencyState> states = history(agencyCode);
        if (states.isEmpty()) {
            return Optional.empty();
        }
        int index = 0; // oldest first: move on while the next state has begun by that day
        while (index + 1 < states.size() && !states.get(index + 1).effectiveFrom().isAfter(day)) {
            index++;
        }
        return Optional.of(new InForce(states.get(index), index + 1 < states.size() ? states.get(index + 1) : null));
    }
}
