package vn.vhcs.gateway.officers;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Officers sign in at an OpenID Connect provider (Keycloak, or the government's SSO later) and call
 * the API with its access tokens. Without an issuer they do not: the gateway takes API keys only.
 * What quarkus-oidc itself checks (the token's audience, where its roles are) is mapped into
 * {@code quarkus.oidc.*} in application.properties.
 */
@ConfigMapping(prefix = "vhcs.oidc")
public interface OidcConfig {

    /** The issuer URL as the gateway reaches it (VHCS_OIDC_ISSUER), e.g. {@code http://localhost:8180/realms/vhcs}. */
    Optional<String> issuer();

    /** The audience every officer's token must name ({@code aud}). */
    @WithDefault("vhcs-gateway")
    String audience();

    /** The public client the dashboard page signs in with (authorization code + PKCE). */
    @WithDefault("vhcs-dashboard")
    String dashboardClientId();

    /** The issuer URL as a browser reaches it, when it differs from {@link #issuer()} (a proxy, a container network). */
    Optional<String> publicIssuer();

    /** The claim that names the officer in the audit trail. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** The claim with the officer's province codes (an array, or {@code national}). */
    @WithDefault("provinces")
    String provincesClaim();

    default boolean enabled() {
        return issuer().filter(i -> !i.isBlank()).isPresent();
    }

    /** The issuer the dashboard page signs in at. */
    default String browserIssuer() {
        return publicIssuer().filter(i -> !i.isBlank()).orElseGet(() -> issuer().orElseThrow());
    }
}
