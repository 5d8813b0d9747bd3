package vn.vhcs.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

/** Drafts are the submitters' (and admins'): a reader may not even read one. */
class DraftRouteAccessTest {

    private static final Caller ADMIN = new Caller("a", Role.ADMIN, List.of(), List.of(), false);
    private static final Caller SUBMITTER = new Caller("s", Role.SUBMITTER, List.of("70.SNGV"), List.of(), false);
    private static final Caller READER = new Caller("r", Role.READER, List.of(), List.of("70"), true);

    @Test
    void submittersAndAdminsUseDraftsReadersDoNot() {
        for (String[] call : new String[][] { { "POST", "/api/v1/drafts" }, { "GET", "/api/v1/drafts/x" },
                { "PUT", "/api/v1/drafts/x" }, { "POST", "/api/v1/drafts/x/submit" } }) {
            assertTrue(RouteAccess.allowed(ADMIN, call[0], call[1]), call[1]);
            assertTrue(RouteAccess.allowed(SUBMITTER, call[0], call[1]), call[1]);
            assertFalse(RouteAccess.allowed(READER, call[0], call[1]), call[1]);
        }
        assertFalse(RouteAccess.allowed(READER, "GET", "/api/v1/drafts"));
    }
}
