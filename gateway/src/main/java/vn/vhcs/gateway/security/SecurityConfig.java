package vn.vhcs.gateway.security;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vhcs.security")
public interface SecurityConfig {

    /** The first admin key (VHCS_ADMIN_KEY): lets an operator create the real clients. */
    Optional<String> adminKey();

    /** PEM (PKCS#8) RSA private key that signs the tokens the services trust (VHCS_SECURITY_SIGNING_KEY). */
    String signingKey();

    /** Lifetime of a downstream token. */
    @WithDefault("60s")
    Duration tokenLifetime();

    /** How long a looked-up key is trusted before the database is asked again (revocation delay between replicas). */
    @WithDefault("10s")
    Duration keyCache();

    /** Rate limits by role; a role without one is unlimited. */
    Map<Role, RateLimit> rateLimits();

    interface RateLimit {
        /** Sustained requests per second. */
        long perSecond();

        /** Requests allowed at once. */
        long burst();
    }
}
