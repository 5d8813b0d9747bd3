package vn.vhcs.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

/** The figure catalogue: every client reads it, as the rounds; only admins define figures. */
class FigureRouteAccessTest {

    private static final Caller ADMIN = new Caller("a", Role.ADMIN, List.of(), List.of(), false);
    private static final Caller SUBMITTER = new Caller("s", Role.SUBMITTER, List.of("70.SNGV"), List.of(), false);
    private static final Caller READER = new Caller("r", Role.READER, List.of(), List.of("70"), false);
    private static final Caller BOARD = new Caller("b", Role.BOARD, List.of(), List.of("70"), false);

    @Test
    void everyClientReadsTheCatalogueOnlyAdminsWriteIt() {
        for (Caller caller : List.of(ADMIN, SUBMITTER, READER, BOARD)) {
            assertTrue(RouteAccess.allowed(caller, "GET", "/api/v1/figures"), caller.role().name());
            assertTrue(RouteAccess.allowed(caller, "GET", "/api/v1/figures/trainingsHeld"), caller.role().name());
        }
        assertTrue(RouteAccess.allowed(ADMIN, "PUT", "/api/v1/figures/digitalLevel"));
        for (Caller caller : List.of(SUBMITTER, READER, BOARD)) {
            assertFalse(RouteAccess.allowed(caller, "PUT", "/api/v1/figures/digitalLevel"), caller.role().name());
        }
    }
}
