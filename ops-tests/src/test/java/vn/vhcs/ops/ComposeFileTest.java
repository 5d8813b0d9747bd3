package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml: valid for docker-compose, and the rules of the deployment issue. */
class ComposeFileTest {

    private static final String FILE = "docker-compose.yml";

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() {
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(Repo.read(Repo.path(FILE)));
        services = new LinkedHashMap<>();
        ((Map<String, Object>) compose.get("services"))
                .forEach((name, body) -> services.put(name, (Map<String, Object>) body));
    }

    @Test
    void dockerComposeAcceptsTheFile() {
        Path tool = Tools.require("docker-compose", null, "apt-get install -y docker-compose");
        List<String> command = List.of(tool.toString(), "-f", FILE, "config", "-q");
        Tools.Result result = Tools.run(Repo.root(), Duration.ofSeconds(120), command);
        assertEquals(0, result.exitCode(), () -> result.describe(command));
    }

    @Test
    void theThreeServicesAreBuiltFromTheirDockerfiles() {
        for (String name : Repo.SERVICES) {
            Map<String, Object> service = service(name);
            Map<String, Object> build = map(service.get("build"), name + ".build");
            assertEquals("./" + name, build.get("context"), name + ": build context");
            assertEquals("src/main/docker/Dockerfile.jvm", build.get("dockerfile"), name + ": dockerfile");
            assertTrue(Files.isRegularFile(Repo.path(name, "src", "main", "docker", "Dockerfile.jvm")),
                    name + ": the Dockerfile exists");
            assertEquals("vhcs/" + name + ":1.0.0", service.get("image"), name + ": image name and tag");
        }
    }

    @Test
    void everyImageHasAConcreteTag() {
        services.forEach((name, service) -> {
            Object image = service.get("image");
            assertNotNull(image, name + ": no image");
            assertPinned(name, image.toString());
        });
    }

    /**
     * Every long-running container has a healthcheck. The one exception is a one-shot job (restart "no"), which
     * exits when done: whoever waits for it waits with service_completed_successfully (checked below).
     */
    @Test
    void everyLongRunningContainerHasAHealthcheck() {
        services.forEach((name, service) -> {
            if (isOneShot(service)) {
                return;
            }
            Map<String, Object> healthcheck = map(service.get("healthcheck"), name + ": healthcheck");
            assertNotEquals(Boolean.TRUE, healthcheck.get("disable"), name + ": healthcheck disabled");
            Object test = healthcheck.get("test");
            assertNotNull(test, name + ": healthcheck without test");
            assertFalse(test instanceof List<?> l && !l.isEmpty() && "NONE".equals(l.get(0)),
                    name + ": healthcheck NONE");
        });
    }

    @Test
    void servicesAreHealthyOnlyWhenReady() {
        for (String name : Repo.SERVICES) {
            String test = String.valueOf(map(service(name).get("healthcheck"), name).get("test"));
            assertTrue(test.contains("/q/health/ready"), name + ": the healthcheck asks /q/health/ready: " + test);
            assertTrue(test.contains("/" + Repo.SERVICE_PORTS.get(name)),
                    name + ": the healthcheck asks the service's own port: " + test);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDependencyWaitsForACondition() {
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertTrue(dependsOn instanceof Map, name + ": depends_on must be the long form with a condition");
            ((Map<String, Object>) dependsOn).forEach((target, spec) -> {
                Map<String, Object> dependency = services.get(target);
                assertNotNull(dependency, name + " depends on unknown service " + target);
                Object condition = map(spec, name + ".depends_on." + target).get("condition");
                String expected = isOneShot(dependency) ? "service_completed_successfully" : "service_healthy";
                assertEquals(expected, condition, name + " -> " + target + ": condition");
            });
        });
    }

    @Test
    void oneShotsAreWaitedFor() {
        services.forEach((name, service) -> {
            if (!isOneShot(service)) {
                return;
            }
            boolean waitedFor = services.values().stream().anyMatch(other -> other.get("depends_on") instanceof Map<?, ?> d
                    && d.containsKey(name));
            assertTrue(waitedFor, name + " is a one-shot nobody waits for");
        });
    }

    @Test
    void onlyTheGatewayPublishesAPort() {
        services.forEach((name, service) -> {
            Object ports = service.get("ports");
            if (name.equals(Repo.PUBLIC_SERVICE)) {
                assertEquals(List.of("8080:8080"), ports, "gateway publishes 8080");
            } else {
                assertTrue(ports == null || ports instanceof List<?> l && l.isEmpty(),
                        name + " publishes " + ports + ": only the gateway may");
            }
            assertFalse(service.containsKey("network_mode"), name + ": network_mode bypasses the compose network");
        });
    }

    @Test
    void everyServiceVariableIsReadByTheService() {
        List<String> unknown = new ArrayList<>();
        for (String name : Repo.SERVICES) {
            ServiceConfig config = ServiceConfig.of(name);
            for (String variable : environment(service(name)).keySet()) {
                if (!config.knows(variable)) {
                    unknown.add(config.unknownMessage(variable, FILE + " " + name));
                }
            }
        }
        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }

    @Test
    void servicesGetTheirEndpointsFromTheEnvironment() {
        for (String name : List.of("report-service", "aggregation-service")) {
            Map<String, String> env = environment(service(name));
            assertTrue(env.containsKey("KAFKA_BOOTSTRAP_SERVERS"), name + ": KAFKA_BOOTSTRAP_SERVERS");
            assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"), name + ": the compose broker");
        }
        for (String name : Repo.SERVICES) {
            Map<String, String> env = environment(service(name));
            String db = "vhcs_" + name.replace("-service", "");
            assertEquals("jdbc:postgresql://postgres:5432/" + db, env.get("QUARKUS_DATASOURCE_JDBC_URL"), name);
            assertEquals(db, env.get("QUARKUS_DATASOURCE_USERNAME"), name);
            assertTrue(env.containsKey("QUARKUS_DATASOURCE_PASSWORD"), name + ": password");
            assertEquals(String.valueOf(Repo.SERVICE_PORTS.get(name)), env.get("QUARKUS_HTTP_PORT"), name + ": port");
        }
        Map<String, String> gateway = environment(service("gateway"));
        assertEquals("http://report-service:8081", gateway.get("VHCS_GATEWAY_REPORT_SERVICE_URL"));
        assertEquals("http://aggregation-service:8082", gateway.get("VHCS_GATEWAY_AGGREGATION_SERVICE_URL"));
    }

    /** The init script creates every database the services are pointed at. */
    @Test
    void postgresCreatesOneDatabasePerService() {
        Map<String, Object> postgres = service("postgres");
        String mount = String.valueOf(postgres.get("volumes"));
        assertTrue(mount.contains("./ops/postgres/init-databases.sh:/docker-entrypoint-initdb.d/"),
                "postgres mounts the init script: " + mount);
        String script = Repo.read(Repo.path("ops", "postgres", "init-databases.sh"));
        for (String name : Repo.SERVICES) {
            String db = "vhcs_" + name.replace("-service", "");
            assertTrue(script.contains("create_role_and_database " + db + " " + db + " "),
                    "init-databases.sh creates role and database " + db);
        }
    }

    @Test
    void kafkaRunsInKraftModeAndTheTopicsAreCreated() {
        Map<String, String> kafka = environment(service("kafka"));
        assertEquals("broker,controller", kafka.get("KAFKA_PROCESS_ROLES"));
        assertEquals("false", kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"), "topics come from kafka-init only");
        assertTrue(String.valueOf(service("kafka").get("image")).startsWith("apache/kafka:4.1."));
        Map<String, Object> init = service("kafka-init");
        assertEquals(service("kafka").get("image"), init.get("image"), "kafka-init uses the broker's image");
        String command = String.valueOf(init.get("command")).replaceAll("\\\\\\s*\\n\\s*", " ");
        assertTrue(command.matches("(?s).*--topic report-events\\s+--partitions 6 .*--config retention\\.ms=-1.*"),
                "report-events: 6 partitions, kept for ever: " + command);
        assertTrue(command.matches("(?s).*--topic registry-events\\s+--partitions 3 .*--config cleanup\\.policy=compact.*"),
                "registry-events: 3 partitions, compacted: " + command);
    }

    // -----------------------------------------------------------------------------------------

    static void assertPinned(String where, String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        boolean hasDigest = image.contains("@sha256:");
        boolean hasTag = colon > slash;
        assertTrue(hasTag || hasDigest, where + ": image " + image + " has no tag");
        if (hasTag) {
            String tag = withoutDigest.substring(colon + 1);
            assertFalse(tag.isBlank() || tag.equalsIgnoreCase("latest"), where + ": image " + image + " is not pinned");
        }
    }

    private static boolean isOneShot(Map<String, Object> service) {
        return "no".equals(String.valueOf(service.get("restart")));
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = services.get(name);
        assertNotNull(service, FILE + " has no service " + name);
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map)) {
            fail(what + ": expected a mapping, got " + value);
        }
        return (Map<String, Object>) value;
    }

    /** environment: as a mapping or as a list of NAME=value. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object value = service.get("environment");
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (value instanceof List<?> l) {
            for (Object entry : l) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return env;
    }
}
