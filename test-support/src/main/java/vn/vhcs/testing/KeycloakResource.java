package vn.vhcs.testing;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Keycloak ({@link KeycloakServer}) for a Quarkus test run and points the gateway's
 * {@code vhcs.oidc.issuer} at its realm. Tests reach it through {@link #server()} to make officers and their tokens.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KeycloakServer server;

    public static KeycloakServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = KeycloakServer.start(null, Path.of("target", "keycloak-logs"), "http://localhost:8081/dashboard");
        return Map.of("vhcs.oidc.issuer", server.issuer());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
