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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml: valid for docker-compose, and the rules of the deployment issue. */
class ComposeFileTest {

    private static final String FILE = "docker-compose.yml";

    /** The healthcheck's request: a TCP connection to a port of the container itself (bash's /dev/tcp). */
    private static final Pattern HEALTHCHECK_PORT = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+)");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() {
        compose = new Yaml(new LoaderOptions()).load(Repo.read(Repo.path(FILE)));
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

    /** The Compose Specification ignores a top-level version (and `docker compose` warns that it is obsolete). */
    @Test
    void hasNoObsoleteVersionKey() {
        assertFalse(compose.containsKey("version"), FILE + ": the top-level `version` key is obsolete: "
                + compose.get("version"));
    }

    /** From this clone, with the repository's Dockerfile (no host build first): its arguments name the service. */
    @Test
    void theThreeServicesAreBuiltFromTheDockerfile() {
        assertTrue(Files.isRegularFile(Repo.path("Dockerfile")), "the Dockerfile exists");
        for (String name : Repo.SERVICES) {
            Map<String, Object> service = service(name);
            Map<String, Object> build = map(service.get("build"), name + ".build");
            assertEquals(".", build.get("context"), name + ": build context is the repository");
            assertFalse(build.containsKey("dockerfile"), name + ": the Dockerfile at the root, by its default name");
            Map<String, Object> args = map(build.get("args"), name + ".build.args");
            assertEquals(name, args.get("SERVICE"), name + ": SERVICE");
            assertEquals(String.valueOf(Repo.SERVICE_PORTS.get(name)), String.valueOf(args.get("PORT")), name + ": PORT");
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

    /**
     * A service is healthy only when ready, asked on its management port: /q/health/* is not served on the HTTP
     * port. The port is the one the service is told to serve it on (QUARKUS_MANAGEMENT_PORT), and never published.
     */
    @Test
    void servicesAreHealthyOnlyWhenReady() {
        for (String name : Repo.SERVICES) {
            String test = String.valueOf(map(service(name).get("healthcheck"), name).get("test"));
            assertTrue(test.contains("GET /q/health/ready "), name + ": the healthcheck asks /q/health/ready: " + test);
            Matcher port = HEALTHCHECK_PORT.matcher(test);
            assertTrue(port.find(), name + ": the healthcheck connects to a port of the container: " + test);
            assertEquals(String.valueOf(Repo.MANAGEMENT_PORT), port.group(1),
                    name + ": the healthcheck asks the management port, not the HTTP port "
                            + Repo.SERVICE_PORTS.get(name) + ": " + test);
            assertFalse(port.find(), name + ": the healthcheck connects to one port only: " + test);
            assertEquals(String.valueOf(Repo.MANAGEMENT_PORT), environment(service(name)).get("QUARKUS_MANAGEMENT_PORT"),
                    name + ": QUARKUS_MANAGEMENT_PORT is the port the healthcheck asks");
            assertFalse(String.valueOf(service(name).get("ports")).contains(String.valueOf(Repo.MANAGEMENT_PORT)),
                    name + ": the management port is not published");
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

    /** The gateway's API and Keycloak's HTTP port, where the browser signs officers in; nothing else. */
    @Test
    void onlyTheGatewayAndKeycloakPublishAPort() {
        services.forEach((name, service) -> {
            Object ports = service.get("ports");
            if (name.equals(Repo.PUBLIC_SERVICE)) {
                assertEquals(List.of("8080:8080"), ports, "gateway publishes 8080");
            } else if (name.equals(KEYCLOAK)) {
                assertEquals(List.of(KEYCLOAK_PUBLISHED + ":" + KEYCLOAK_HTTP_PORT), ports,
                        "keycloak publishes its HTTP port only, not its management port");
            } else {
                assertTrue(ports == null || ports instanceof List<?> l && l.isEmpty(),
                        name + " publishes " + ports + ": only the gateway and keycloak may");
            }
            assertFalse(service.containsKey("network_mode"), name + ": network_mode bypasses the compose network");
        });
    }

    @Test
    void everyServiceVariableIsReadByTheService() {
        List<String> unknown = new ArrayList<>();
        for (String name : Repo.SERVICES) {
            ServiceConfig config = ServiceConfig.of(name);
            List<String> variables = new ArrayList<>(environment(service(name)).keySet());
            variables.addAll(keyFiles(service(name)).keySet());
            for (String variable : variables) {
                if (!config.knows(variable)) {
                    unknown.add(config.unknownMessage(variable, FILE + " " + name));
                }
            }
        }
        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }

    /**
     * A fixed heap and metaspace cap (JAVA_OPTS), the serial collector instead of the image's ParallelGC
     * (GC_CONTAINER_OPTIONS, both read by run-java.sh), the sizes ./vhcs uses, and a mem_limit with room beside them.
     */
    @Test
    void everyServiceHasExplicitJvmSizes() {
        for (String name : Repo.SERVICES) {
            Map<String, Object> service = service(name);
            Map<String, String> env = environment(service);
            JvmOptions jvm = JvmOptions.parse(FILE + " " + name + " JAVA_OPTS", String.valueOf(env.get("JAVA_OPTS")));
            assertEquals(JvmOptions.SERIAL_GC, env.get("GC_CONTAINER_OPTIONS"), FILE + " " + name + ": the collector");
            assertEquals(JvmOptions.mallocArenaMaxOfVhcs(), env.get("MALLOC_ARENA_MAX"), FILE + " " + name + ": malloc arenas");
            assertNotNull(service.get("mem_limit"), FILE + " " + name + ": mem_limit");
            jvm.assertLikeVhcsAndFits(FILE + " " + name, JvmOptions.bytes(service.get("mem_limit").toString()));
        }
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

    /**
     * A service whose entrypoint compose overrides (to read its key from a file first) still ends in the image's own
     * launcher, the Dockerfile's ENTRYPOINT, exec'd so that it gets the stop signal; and it has no command, which
     * would be handed to the shell rather than to the launcher.
     */
    @Test
    void servicesStartWithTheImagesLauncher() {
        for (String name : Repo.SERVICES) {
            Map<String, Object> service = service(name);
            String entrypoint = entrypoint(service);
            if (entrypoint == null) {
                continue;
            }
            String dockerfile = Repo.read(Repo.path("Dockerfile"));
            Matcher launcher = Pattern.compile("(?m)^ENTRYPOINT \\[ \"([^\"]+)\" ]").matcher(dockerfile);
            assertTrue(launcher.find(), name + ": the Dockerfile has an exec-form ENTRYPOINT");
            Object shell = service.get("entrypoint");
            assertTrue(shell instanceof List<?> l && l.size() == 3 && "-c".equals(l.get(1))
                    && String.valueOf(l.get(0)).matches("/bin/(ba)?sh"),
                    name + ": entrypoint is [/bin/sh, -c, script]: " + shell);
            assertTrue(entrypoint.contains("exec " + launcher.group(1)),
                    name + ": the entrypoint execs " + launcher.group(1) + ": " + entrypoint);
            assertFalse(service.containsKey("command"), name + ": a command would go to the shell, not the launcher");
        }
    }

    /**
     * The gateway's key pair: made by the one-shot keygen when missing, the private key read only by the gateway
     * from the volume gateway-keys, the public key by report-service and aggregation-service from a volume that
     * holds nothing else; both mounted read-only, neither ever written into this file.
     */
    @Test
    void theGatewaysKeyPairComesFromKeygen() {
        Map<String, Object> keygen = service(KEYGEN);
        assertTrue(isOneShot(keygen), "keygen is a one-shot (restart \"no\")");
        String script = entrypoint(keygen) + "\n" + String.join("\n", commandOf(keygen));
        for (String step : List.of("genpkey", "-algorithm RSA", "rsa_keygen_bits:2048",
                "pkcs8 -topk8 -nocrypt -outform DER", "-pubout -outform DER", "base64 -A")) {
            assertTrue(script.contains(step), "keygen: " + step + " (RSA 2048, PKCS#8 and X.509 DER, base64 on one line)");
        }
        Map<String, Mount> keygenMounts = mounts(keygen);
        Mount keys = keygenMounts.get(PRIVATE_VOLUME);
        assertNotNull(keys, "keygen writes into the volume " + PRIVATE_VOLUME + ": " + keygenMounts);
        assertTrue(script.contains("[ -s " + keys.target() + "/signing.b64 ]"),
                "keygen makes a pair only when there is none: " + script);
        assertTrue(writes(script, keys.target() + "/signing.b64"), "keygen writes signing.b64 to " + PRIVATE_VOLUME);
        assertTrue(script.matches("(?s).*chown 185(:185)? " + Pattern.quote(keys.target() + "/signing.b64") + "\\s.*")
                && script.contains("chmod 0400 " + keys.target() + "/signing.b64"),
                "keygen: the private key readable by the images' user 185 only");

        for (String name : Repo.SERVICES) {
            Map<String, Object> service = service(name);
            Object condition = map(map(service.get("depends_on"), name + ".depends_on").get(KEYGEN),
                    name + " depends on keygen").get("condition");
            assertEquals("service_completed_successfully", condition, name + " waits for keygen");
            Map<String, String> env = environment(service);
            env.keySet().forEach(v -> assertFalse(v.startsWith("VHCS_SECURITY_") && v.endsWith("_KEY"),
                    name + ": " + v + " in the compose file; keys come from the keygen volumes"));

            boolean gateway = name.equals(Repo.PUBLIC_SERVICE);
            String variable = gateway ? "VHCS_SECURITY_SIGNING_KEY" : "VHCS_SECURITY_PUBLIC_KEY";
            String fileName = gateway ? "signing.b64" : "public.b64";
            Map<String, String> files = keyFiles(service);
            assertEquals(List.of(variable), List.copyOf(files.keySet()), name + ": the key variables it reads");
            String file = files.get(variable);
            Map<String, Mount> serviceMounts = mounts(service);
            Mount from = serviceMounts.values().stream().filter(m -> file.equals(m.target() + "/" + fileName))
                    .findFirst().orElseThrow(() -> new AssertionError(name + ": " + file + " is on no volume"));
            assertTrue(from.readOnly(), name + ": " + from.volume() + " mounted read-only");
            Mount written = keygenMounts.get(from.volume());
            assertNotNull(written, name + ": keygen does not write " + from.volume());
            assertTrue(writes(script, written.target() + "/" + fileName),
                    "keygen writes " + fileName + " into " + from.volume() + ", which " + name + " reads");
            assertEquals(gateway, serviceMounts.containsKey(PRIVATE_VOLUME),
                    name + ": only the gateway mounts " + PRIVATE_VOLUME + ", which holds the private key");
        }
        services.forEach((name, service) -> assertTrue(
                name.equals(KEYGEN) || name.equals(Repo.PUBLIC_SERVICE) || !mounts(service).containsKey(PRIVATE_VOLUME),
                name + " mounts " + PRIVATE_VOLUME));
    }

    /** The init script creates every database the services and Keycloak are pointed at, with the passwords they use. */
    @Test
    void postgresCreatesOneDatabasePerService() {
        Map<String, Object> postgres = service("postgres");
        String mount = String.valueOf(postgres.get("volumes"));
        assertTrue(mount.contains("./ops/postgres/init-databases.sh:/docker-entrypoint-initdb.d/"),
                "postgres mounts the init script: " + mount);
        String script = Repo.read(Repo.path("ops", "postgres", "init-databases.sh"));
        List<String> databases = new ArrayList<>();
        Repo.SERVICES.forEach(name -> databases.add("vhcs_" + name.replace("-service", "")));
        databases.add(KEYCLOAK_DB);
        for (String db : databases) {
            assertTrue(script.contains("create_role_and_database " + db + " " + db + " "),
                    "init-databases.sh creates role and database " + db);
        }
        Matcher variable = Pattern.compile("create_role_and_database vhcs_keycloak vhcs_keycloak \"\\$\\{(\\w+):\\?")
                .matcher(script);
        assertTrue(variable.find(), "init-databases.sh takes vhcs_keycloak's password from a variable");
        assertEquals(environment(service(KEYCLOAK)).get("KC_DB_PASSWORD"),
                environment(postgres).get(variable.group(1)),
                "postgres creates vhcs_keycloak with the password keycloak signs in with");
    }

    /**
     * Keycloak: the release ./vhcs runs, in production mode (start, not start-dev) on the compose PostgreSQL, the
     * realm imported from the one realm file, healthy only when ready (asked on its management port), and the issuer
     * in its tokens the URL the browser uses: the published port. The gateway reaches it on the compose network,
     * names both addresses, and waits until it is healthy.
     */
    @Test
    void keycloakImportsTheRealmAndIsTheGatewaysIssuer() {
        Map<String, Object> keycloak = service(KEYCLOAK);
        String vhcs = Repo.read(Repo.path("vhcs"));
        Matcher version = Pattern.compile("(?m)^KEYCLOAK_VERSION_JAVA21=(\\S+)$").matcher(vhcs);
        assertTrue(version.find(), "vhcs names the Keycloak release it runs");
        assertEquals("quay.io/keycloak/keycloak:" + version.group(1), keycloak.get("image"),
                "compose runs the Keycloak ./vhcs runs");
        List<String> command = commandOf(keycloak);
        assertEquals("start", command.get(0), "production mode, not start-dev: " + command);
        assertTrue(command.contains("--import-realm"), "the realm is imported at start: " + command);

        String realm = "k8s/components/keycloak/vhcs-realm.json";
        assertTrue(Files.isRegularFile(Repo.path(realm)), realm);
        assertTrue(String.valueOf(keycloak.get("volumes"))
                .contains("./" + realm + ":/opt/keycloak/data/import/vhcs-realm.json:ro"),
                "keycloak mounts the one realm file read-only into its import directory: " + keycloak.get("volumes"));

        Map<String, String> env = environment(keycloak);
        assertEquals("postgres", env.get("KC_DB"));
        assertEquals("jdbc:postgresql://postgres:5432/" + KEYCLOAK_DB, env.get("KC_DB_URL"));
        assertEquals(KEYCLOAK_DB, env.get("KC_DB_USERNAME"));
        assertTrue(String.valueOf(env.get("KC_DB_PASSWORD")).startsWith("${VHCS_KEYCLOAK_DB_PASSWORD:-"),
                "the database password from a variable with a dev-only default: " + env.get("KC_DB_PASSWORD"));
        assertTrue(String.valueOf(env.get("KC_BOOTSTRAP_ADMIN_PASSWORD")).startsWith("${VHCS_KEYCLOAK_ADMIN_PASSWORD:-"),
                "the bootstrap admin's password from a variable with a dev-only default");
        String published = "http://localhost:" + KEYCLOAK_PUBLISHED;
        assertEquals(published, env.get("KC_HOSTNAME"), "tokens name the issuer the browser uses");
        assertEquals("true", env.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"), "the gateway may use the internal address");
        assertEquals("true", env.get("KC_HEALTH_ENABLED"), "/health/ready for the healthcheck");
        assertEquals("http://localhost:8080/dashboard", env.get("VHCS_DASHBOARD_URL"),
                "the dashboard client's redirect URIs: the gateway's published port");
        assertTrue(Repo.read(Repo.path(realm)).contains("${VHCS_DASHBOARD_URL}"),
                "the realm file takes the dashboard's URL from Keycloak's environment");

        String test = String.valueOf(map(keycloak.get("healthcheck"), "keycloak.healthcheck").get("test"));
        assertTrue(test.contains("GET /health/ready "), "keycloak is healthy only when ready: " + test);
        Matcher port = HEALTHCHECK_PORT.matcher(test);
        assertTrue(port.find() && port.group(1).equals(String.valueOf(Repo.MANAGEMENT_PORT)),
                "keycloak's healthcheck asks its management port: " + test);
        Map<String, Object> waits = map(keycloak.get("depends_on"), "keycloak.depends_on");
        assertTrue(waits.containsKey("postgres"), "keycloak waits for PostgreSQL");

        Map<String, String> gateway = environment(service(Repo.PUBLIC_SERVICE));
        assertEquals("http://" + KEYCLOAK + ":" + KEYCLOAK_HTTP_PORT + "/realms/vhcs", gateway.get("VHCS_OIDC_ISSUER"),
                "the gateway reaches the issuer on the compose network");
        assertEquals(published + "/realms/vhcs", gateway.get("VHCS_OIDC_PUBLIC_ISSUER"),
                "the issuer as the browser sees it, the one in the tokens");
        Object condition = map(map(service(Repo.PUBLIC_SERVICE).get("depends_on"), "gateway.depends_on").get(KEYCLOAK),
                "gateway depends on keycloak").get("condition");
        assertEquals("service_healthy", condition, "the gateway starts once Keycloak answers");
    }

    @Test
    void kafkaRunsInKraftModeAndTheTopicsAreCreated() {
        Map<String, String> kafka = environment(service("kafka"));
        assertEquals("broker,controller", kafka.get("KAFKA_PROCESS_ROLES"));
        assertEquals("false", kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"), "topics come from kafka-init only");
        assertEquals("apache/kafka:" + Repo.kafkaVersion(), service("kafka").get("image"),
                "the broker runs the clients' Kafka version (kafka.version in pom.xml)");
        Map<String, Object> init = service("kafka-init");
        assertEquals(service("kafka").get("image"), init.get("image"), "kafka-init uses the broker's image");
        String command = String.valueOf(init.get("command")).replaceAll("\\\\\\s*\\n\\s*", " ");
        assertTrue(command.matches("(?s).*--topic report-events\\s+--partitions 6 .*--config retention\\.ms=-1.*"),
                "report-events: 6 partitions, kept for ever: " + command);
        assertTrue(command.matches("(?s).*--topic registry-events\\s+--partitions 3 .*--config cleanup\\.policy=compact.*"),
                "registry-events: 3 partitions, compacted: " + command);
        assertTrue(command.matches("(?s).*--topic statistics-changes\\s+--partitions 1 .*--config retention\\.ms=3600000.*"),
                "statistics-changes: 1 partition, kept an hour: " + command);
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

    /** Keycloak: its service, its port inside the compose network and on the host, and its database. */
    private static final String KEYCLOAK = "keycloak";
    private static final int KEYCLOAK_HTTP_PORT = 8080;
    private static final int KEYCLOAK_PUBLISHED = 8180;
    private static final String KEYCLOAK_DB = "vhcs_keycloak";

    /** The one-shot that makes the gateway's key pair, and the volume with its private key. */
    private static final String KEYGEN = "keygen";
    private static final String PRIVATE_VOLUME = "gateway-keys";

    /** NAME="$$(cat FILE)" in an entrypoint ($$: compose's escaped $): the variables it reads from files. */
    private static final Pattern KEY_FROM_FILE = Pattern.compile("([A-Z][A-Z0-9_]*)=\"\\$\\$\\(cat ([^)\"\\s]+)\\)\"");

    record Mount(String volume, String target, boolean readOnly) {
    }

    /** The named volumes a service mounts, by volume name (short "name:/target[:ro]" or long syntax). */
    @SuppressWarnings("unchecked")
    private static Map<String, Mount> mounts(Map<String, Object> service) {
        Map<String, Mount> mounts = new LinkedHashMap<>();
        Object volumes = service.get("volumes");
        if (!(volumes instanceof List<?> list)) {
            return mounts;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> m) {
                Map<String, Object> v = (Map<String, Object>) m;
                if ("volume".equals(v.get("type"))) {
                    mounts.put(String.valueOf(v.get("source")), new Mount(String.valueOf(v.get("source")),
                            String.valueOf(v.get("target")), Boolean.TRUE.equals(v.get("read_only"))));
                }
                continue;
            }
            String[] parts = String.valueOf(entry).split(":");
            if (parts.length >= 2 && !parts[0].startsWith(".") && !parts[0].startsWith("/")) {
                mounts.put(parts[0], new Mount(parts[0], parts[1], parts.length > 2 && parts[2].contains("ro")));
            }
        }
        return mounts;
    }

    /** The variables an entrypoint reads from files and exports, with the file. */
    private static Map<String, String> keyFiles(Map<String, Object> service) {
        Map<String, String> files = new LinkedHashMap<>();
        String entrypoint = entrypoint(service);
        if (entrypoint != null) {
            Matcher m = KEY_FROM_FILE.matcher(entrypoint);
            while (m.find()) {
                assertTrue(entrypoint.contains("export " + m.group(1)), "the entrypoint exports " + m.group(1));
                files.put(m.group(1), m.group(2));
            }
        }
        return files;
    }

    /** Whether a shell script writes this path: redirects to it, or moves or copies something onto it. */
    private static boolean writes(String script, String path) {
        return Pattern.compile("(?:>|\\bmv\\s+\\S+|\\bcp\\s+\\S+)\\s*" + Pattern.quote(path) + "(?:\\s|$)",
                Pattern.MULTILINE).matcher(script).find();
    }

    /** The entrypoint, its list form joined by spaces; null if the image's own is used. */
    private static String entrypoint(Map<String, Object> service) {
        Object entrypoint = service.get("entrypoint");
        if (entrypoint == null) {
            return null;
        }
        return entrypoint instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList())
                : String.valueOf(entrypoint);
    }

    private static List<String> commandOf(Map<String, Object> service) {
        Object command = service.get("command");
        if (command == null) {
            return List.of();
        }
        return command instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(command));
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
