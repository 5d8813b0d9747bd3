package vn.vhcs.registry;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.common.security.ScopeExpansion;

/**
 * A portal acts for its agencies and for those they took over: since the 2025 mergers the portal of the merged Sở
 * files, revises and reads the reports of the Sở it absorbed (successorCode, followed transitively). Only a
 * submitter's agency scope widens; provinces and roles stay as the token says.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SuccessorScope implements ScopeExpansion {

    private final AgencyRepository agencies;

    @Override
    public Caller expand(Caller caller) {
        if (caller.role() != Role.SUBMITTER || caller.agencies().isEmpty()) {
            return caller;
        }
        Set<String> covered = agencies.withPredecessors(caller.agencies());
        return covered.size() == caller.agencies().size() ? caller : caller.withAgencies(List.copyOf(covered));
    }
}
