package vn.vhcs.ops;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which environment variables a service reads, from its application.properties: Quarkus maps a variable to a
 * property when the property's name, every character but letters and digits replaced by '_', upper-cased, is the
 * variable's name (vhcs.outbox.poll-interval ⇐ VHCS_OUTBOX_POLL_INTERVAL); and a value may name a variable itself
 * (${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}, ${VHCS_SECURITY_PUBLIC_KEY:none}, ${VHCS_ADMIN_KEY:}), which then counts
 * as read too. So does a property the code reads with a default of its own ({@code @ConfigProperty}, a
 * {@code @ConfigMapping} member).
 */
final class ServiceConfig {

    /**
     * Variables every service may be given although its application.properties need not name them. Kept short, each
     * with its reader:
     * <ul>
     * <li>QUARKUS_HTTP_PORT, QUARKUS_MANAGEMENT_PORT and the datasource triple: Quarkus' own properties, with
     * built-in defaults;</li>
     * <li>QUARKUS_LOG_CONSOLE_JSON_ENABLED, QUARKUS_OTEL_TRACES_EXPORTER, QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: the switches
     * docs/operations.md documents for JSON logs and tracing, defaulted by the extensions;</li>
     * <li>JAVA_OPTS, JAVA_OPTS_APPEND, JAVA_MAX_MEM_RATIO, GC_CONTAINER_OPTIONS: read by the image's run-java.sh, not
     * by Quarkus; MALLOC_ARENA_MAX: read by glibc.</li>
     * </ul>
     */
    static final Set<String> STANDARD = Set.of(
            "QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "QUARKUS_OTEL_TRACES_EXPORTER", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
            "JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "GC_CONTAINER_OPTIONS", "MALLOC_ARENA_MAX");

    /**
     * Variables a service reads through a {@code @ConfigMapping} member that its application.properties deliberately
     * does not set, each with the source file that declares the member (ServiceConfigTest checks that it still does).
     * VHCS_SECURITY_SIGNING_KEY: vhcs.security.signing-key of the gateway's SecurityConfig, required and without a
     * default, so that a gateway without its private key fails to start; a property line, even
     * {@code ${VHCS_SECURITY_SIGNING_KEY}}, would only invite a default key in the file.
     */
    static final Map<String, Map<String, String>> CONFIG_MAPPING_ONLY = Map.of(
            "gateway", Map.of("VHCS_SECURITY_SIGNING_KEY",
                    "gateway/src/main/java/vn/vhcs/gateway/security/SecurityConfig.java"));

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");
    private static final Map<String, ServiceConfig> CACHE = new HashMap<>();

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern MEMBER = Pattern.compile("(?m)^\\s+[\\w.<>?, \\[\\]]+\\s(\\w+)\\(\\)\\s*;");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");

    private final String service;
    private final Set<String> fromProperties = new HashSet<>();
    private final Set<String> fromCode = new HashSet<>();

    private ServiceConfig(String service) {
        this.service = service;
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(
                    Repo.read(Repo.path(service, "src", "main", "resources", "application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String name = key;
            if (name.startsWith("%")) {
                // Only the prod profile is deployed; %dev and %test keys do not count.
                if (!name.startsWith("%prod.")) {
                    continue;
                }
                name = name.substring("%prod.".length());
            }
            fromProperties.add(envName(name));
            Matcher m = REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                fromProperties.add(m.group(1));
            }
        }
        readCode(Repo.path(service, "src", "main", "java"));
        readCode(Repo.path("service-common", "src", "main", "java"));
    }

    /**
     * What the service's code and service-common's read without a property line: {@code @ConfigProperty(name = …)},
     * and the members of {@code @ConfigMapping} interfaces with their defaults (vhcs.webhooks.rotation-overlap ⇐
     * rotationOverlap() under prefix vhcs.webhooks; nested groups up to three members deep, taken from the same file).
     */
    private void readCode(java.nio.file.Path sources) {
        if (!java.nio.file.Files.isDirectory(sources)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Repo.read(file);
                Matcher property = CONFIG_PROPERTY.matcher(java);
                while (property.find()) {
                    fromCode.add(envName(property.group(1)));
                }
                Matcher mapping = MAPPING.matcher(java);
                if (!mapping.find()) {
                    continue;
                }
                String prefix = mapping.group(1);
                java.util.List<String> members = new java.util.ArrayList<>();
                Matcher member = MEMBER.matcher(java);
                while (member.find()) {
                    members.add(member.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
                }
                for (String a : members) {
                    fromCode.add(envName(prefix + "." + a));
                    for (String b : members) {
                        fromCode.add(envName(prefix + "." + a + "." + b));
                        for (String c : members) {
                            fromCode.add(envName(prefix + "." + a + "." + b + "." + c));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized ServiceConfig of(String service) {
        return CACHE.computeIfAbsent(service, ServiceConfig::new);
    }

    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Whether the service reads this variable; a reason for the failure message if not. */
    boolean knows(String variable) {
        return fromProperties.contains(variable) || fromCode.contains(variable) || STANDARD.contains(variable)
                || CONFIG_MAPPING_ONLY.getOrDefault(service, Map.of()).containsKey(variable);
    }

    String unknownMessage(String variable, String where) {
        return where + ": " + variable + " is read by nothing in " + service
                + " (no property of its application.properties maps to it, and it is not one of "
                + "ServiceConfig.STANDARD/CONFIG_MAPPING_ONLY): a typo, or a property that no longer exists";
    }
}
