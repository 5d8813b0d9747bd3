package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** ServiceConfig, the known-variable logic the compose and Kubernetes tests rely on. */
class ServiceConfigTest {

    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");

    @Test
    void theSecurityVariablesAreKnownWhereTheyAreRead() {
        for (String service : new String[] {"report-service", "aggregation-service"}) {
            ServiceConfig config = ServiceConfig.of(service);
            // named as ${VHCS_SECURITY_PUBLIC_KEY:none} in the value of mp.jwt.verify.publickey
            assertTrue(config.knows("VHCS_SECURITY_PUBLIC_KEY"), service + ": VHCS_SECURITY_PUBLIC_KEY");
            assertTrue(config.knows("MP_JWT_VERIFY_PUBLICKEY"), service + ": a property's own name counts too");
            assertFalse(config.knows("VHCS_SECURITY_SIGNING_KEY"), service + ": only the gateway signs");
            assertFalse(config.knows("VHCS_ADMIN_KEY"), service + ": only the gateway knows admin keys");
        }
        ServiceConfig gateway = ServiceConfig.of("gateway");
        assertTrue(gateway.knows("VHCS_ADMIN_KEY"), "gateway: ${VHCS_ADMIN_KEY:} in application.properties");
        assertTrue(gateway.knows("VHCS_CORS_ORIGINS"), "gateway: ${VHCS_CORS_ORIGINS:...}");
        assertTrue(gateway.knows("VHCS_SECURITY_TOKEN_LIFETIME"), "gateway: vhcs.security.token-lifetime");
        assertTrue(gateway.knows("VHCS_SECURITY_SIGNING_KEY"), "gateway: its signing key");
        assertFalse(gateway.knows("VHCS_SECURITY_PUBLIC_KEY"), "gateway: verifies no token");
        assertFalse(gateway.knows("VHCS_SECURITY_SIGNING_KEYS"), "a near miss is unknown");
    }

    /**
     * Every CONFIG_MAPPING_ONLY entry is still true: its file declares a {@code @ConfigMapping} whose prefix and a
     * member (kebab-cased, as SmallRye Config names it) map to the variable.
     */
    @Test
    void everyConfigMappingOnlyVariableHasItsMember() {
        ServiceConfig.CONFIG_MAPPING_ONLY.forEach((service, variables) -> variables.forEach((variable, file) -> {
            assertTrue(file.startsWith(service + "/src/main/java/"), variable + ": " + file + " is " + service + "'s");
            Path source = Repo.path(file);
            assertTrue(Files.isRegularFile(source), variable + ": " + file + " exists");
            String java = Repo.read(source);
            Matcher prefix = CONFIG_MAPPING.matcher(java);
            assertTrue(prefix.find(), file + " declares a @ConfigMapping");
            String expected = variable.substring(ServiceConfig.envName(prefix.group(1)).length() + 1);
            assertTrue(variable.startsWith(ServiceConfig.envName(prefix.group(1)) + "_"),
                    variable + " is under the prefix " + prefix.group(1));
            Matcher member = Pattern.compile("\\b(\\w+)\\(\\)\\s*;").matcher(java);
            boolean found = false;
            while (member.find()) {
                found |= ServiceConfig.envName(kebab(member.group(1))).equals(expected);
            }
            assertTrue(found, file + " has a member for " + variable);
        }));
    }

    @Test
    void envNameIsQuarkusMapping() {
        assertEquals("VHCS_SECURITY_SIGNING_KEY", ServiceConfig.envName("vhcs.security.signing-key"));
        assertEquals("QUARKUS_HTTP_CORS_ORIGINS", ServiceConfig.envName("quarkus.http.cors.origins"));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
