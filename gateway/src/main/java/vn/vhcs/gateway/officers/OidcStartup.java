package vn.vhcs.gateway.officers;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.oidc.Oidc;
import io.quarkus.oidc.OidcTenantConfig;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns quarkus-oidc's default tenant on when an issuer is configured. It is off in
 * application.properties ({@code quarkus.oidc.tenant-enabled=false}) because quarkus-oidc refuses to
 * start with a tenant that has no {@code auth-server-url}, and the gateway must run on API keys
 * alone; the rest of the tenant ({@code quarkus.oidc.*}: application type, role claim path, TLS, …)
 * comes from configuration as usual, only the issuer and audience from {@link OidcConfig}.
 */
@ApplicationScoped
public class OidcStartup {

    private static final Logger LOG = Logger.getLogger(OidcStartup.class);

    private final OidcConfig config;

    public OidcStartup(OidcConfig config) {
        this.config = config;
    }

    void start(@Observes Oidc oidc) {
        if (!config.enabled()) {
            LOG.info("officers' tokens are off (no vhcs.oidc.issuer): API keys only");
            return;
        }
        var mapped = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(io.quarkus.oidc.runtime.OidcConfig.class);
        oidc.create(OidcTenantConfig.builder(io.quarkus.oidc.runtime.OidcConfig.getDefaultTenant(mapped))
                .enableTenant()
                .authServerUrl(config.issuer().orElseThrow())
                .token().audience(config.audience()).principalClaim(config.usernameClaim()).end()
                .build());
        LOG.infof("officers' tokens from %s (audience %s) are accepted beside API keys", config.issuer().get(),
                config.audience());
    }
}
