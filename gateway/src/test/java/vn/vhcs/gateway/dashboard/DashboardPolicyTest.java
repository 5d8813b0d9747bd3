package vn.vhcs.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The page may connect to the identity provider's origin, and only when officers sign in there. */
class DashboardPolicyTest {

    @Test
    void theProvidersOriginIsAllowedForConnectionsOnly() {
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self' http://localhost:41234; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'", DashboardPage.policy(Optional.of("http://localhost:41234/realms/vhcs")));
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self' https://sso.example.gov.vn; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'", DashboardPage.policy(Optional.of("https://sso.example.gov.vn/realms/vhcs/")));
    }

    @Test
    void withoutAProviderThePageTalksToTheGatewayOnly() {
        String keysOnly = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        assertEquals(keysOnly, DashboardPage.policy(Optional.empty()));
        assertEquals(keysOnly, DashboardPage.policy(Optional.of(" ")));
    }
}
