package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./vhcs script's functions, run by bash from a copy of the script in a temporary directory (its state, .vhcs/,
 * then lives there): nothing is built, started or installed. What docs/operations.md promises about them: the admin key
 * is always in .vhcs/keys/admin-key, a restart appends to the log, each service gets its own management port.
 */
class VhcsScriptTest {

    private static final String SCRIPT = "vhcs";

    @TempDir
    Path dir;

    @Test
    void theScriptParses() {
        Path bash = Tools.require("bash", null, "bash runs ./vhcs");
        List<String> command = List.of(bash.toString(), "-n", SCRIPT);
        Tools.Result result = Tools.run(Repo.root(), Duration.ofSeconds(30), command);
        assertEquals(0, result.exitCode(), () -> result.describe(command));
    }

    /** export AUTH="Authorization: Bearer $(cat .vhcs/keys/admin-key)" works when VHCS_ADMIN_KEY was given too. */
    @Test
    void theAdminKeyFileHoldsTheKeyTheGatewayGets() throws IOException {
        dummyKeyPair();
        String out = run("export VHCS_ADMIN_KEY=admin-key-from-the-environment",
                "ensure_keys; service_env gateway | grep '^VHCS_ADMIN_KEY='");
        Path file = dir.resolve(".vhcs/keys/admin-key");
        assertEquals("admin-key-from-the-environment", Files.readString(file), "the key from VHCS_ADMIN_KEY is written");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file), "admin-key is mode 600");
        assertTrue(out.contains("VHCS_ADMIN_KEY=admin-key-from-the-environment"), "the gateway gets it: " + out);

        out = run("unset VHCS_ADMIN_KEY", "ensure_keys; echo \"key=$VHCS_ADMIN_KEY\"");
        assertTrue(out.contains("key=admin-key-from-the-environment"), "without VHCS_ADMIN_KEY, the file's key: " + out);

        out = run("export VHCS_ADMIN_KEY=another-key", "ensure_keys");
        assertEquals("another-key", Files.readString(file), "a new VHCS_ADMIN_KEY replaces the file's");

        if (Tools.onPath("openssl").isPresent()) {
            Files.delete(file);
            run("unset VHCS_ADMIN_KEY", "ensure_keys");
            assertTrue(Files.readString(file).matches("vhcs-admin-[0-9a-f]{48}"), "a new key is made when there is none");
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(file), "a made admin-key is mode 600");
        }
    }

    /**
     * A (re)start appends to the log, so the log of a crash survives; a readiness line of an earlier run does not
     * count as this start's.
     */
    @Test
    void aRestartAppendsToTheLog() throws IOException {
        Path log = dir.resolve(".vhcs/logs/kafka.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "the crash of the earlier run\nready on localhost:9092 (earlier run)\n");
        String out = run("", String.join("\n",
                "mkdir -p \"$PIDS\"",
                "launch kafka bash -c 'echo this run'",
                "for ((i = 0; i < 100; i++)); do grep -q '^this run' \"$(log_file kafka)\" && break; sleep 0.1; done",
                "log_since_has \"$(log_file kafka)\" \"$LAUNCH_LOG_OFFSET\" 'ready on' && echo old-readiness-counted",
                "log_since_has \"$(log_file kafka)\" \"$LAUNCH_LOG_OFFSET\" 'this run' && echo new-output-seen",
                "true"));
        String text = Files.readString(log);
        assertTrue(text.startsWith("the crash of the earlier run\n"), "the earlier log is kept: " + text);
        assertTrue(text.contains("\nthis run\n"), "the new run's output is appended: " + text);
        assertTrue(out.contains("new-output-seen"), out);
        assertFalse(out.contains("old-readiness-counted"), "an earlier run's 'ready on' counted: " + out);
    }

    /** A process that died on its own is reported by status and up, with the end of its log, once. */
    @Test
    void aDeadProcessIsReportedWithItsLog() throws IOException {
        String out = run("", String.join("\n",
                "mkdir -p \"$PIDS\" \"$LOGS\"",
                "launch kafka bash -c 'echo the last words of the broker; exit 3'",
                "pid=$(<\"$(pid_file kafka)\")",
                "for ((i = 0; i < 100; i++)); do kill -0 \"$pid\" 2>/dev/null || break; sleep 0.1; done",
                "report_if_died kafka 2>&1 && echo reported-once",
                "report_if_died kafka 2>&1 || echo not-again"));
        assertTrue(out.contains("kafka (pid ") && out.contains("has died"), "the death is told: " + out);
        assertTrue(out.contains("| the last words of the broker"), "with the end of its log: " + out);
        assertTrue(out.contains("reported-once") && out.contains("not-again"), out);
    }

    /** Each service gets a management port of its own (9000, 9001, 9002 unless overridden), apart from HTTP's. */
    @Test
    void eachServiceGetsItsOwnManagementPort() throws IOException {
        dummyKeyPair();
        String each = "for s in report-service aggregation-service gateway; do"
                + " printf '%s %s\\n' \"$s\" \"$(service_env \"$s\" | grep '^QUARKUS_MANAGEMENT_PORT=')\"; done";
        assertEquals(Map.of("report-service", "9001", "aggregation-service", "9002", "gateway", "9000"),
                managementPorts(run("unset VHCS_GATEWAY_MANAGEMENT_PORT VHCS_REPORT_MANAGEMENT_PORT"
                        + " VHCS_AGGREGATION_MANAGEMENT_PORT", each)), "the defaults");
        assertEquals(Map.of("report-service", "19001", "aggregation-service", "19002", "gateway", "19000"),
                managementPorts(run("export VHCS_GATEWAY_MANAGEMENT_PORT=19000 VHCS_REPORT_MANAGEMENT_PORT=19001"
                        + " VHCS_AGGREGATION_MANAGEMENT_PORT=19002", each)), "the overrides");
    }

    /** Readiness waits, status and the printed URLs ask /q/health and /q/metrics on the management ports only. */
    @Test
    void healthAndMetricsAreAskedOnManagementPortsOnly() {
        List<String> wrong = new ArrayList<>();
        Pattern url = Pattern.compile("localhost:\\$\\{?([A-Za-z_]+)\\}?/q/(health|metrics)");
        String script = Repo.read(Repo.path(SCRIPT));
        var m = url.matcher(script);
        int found = 0;
        while (m.find()) {
            found++;
            if (!m.group(1).equals("mport") && !m.group(1).endsWith("_MANAGEMENT_PORT")) {
                wrong.add(m.group());
            }
        }
        assertTrue(found >= 4, "readiness, status and the summary ask health on some port: " + found);
        assertEquals(List.of(), wrong, "health or metrics asked on a port other than a management port");
    }

    /**
     * Every service starts with the JVM sizes of SERVICE_JAVA_OPTS and the serial collector (docs/operations.md,
     * "Memory and start-up"), VHCS_JAVA_OPTS last (so it wins), from its quarkus-app directory (the archive names the
     * class path relative to it), and with the class data of its start: on Java 17 its AppCDS archive when the build
     * made one; on JDK 25+ its AOT cache when newer than the jar, which a training run writes. `./vhcs up`'s
     * build lays every class on the JVM's class path (aot-jar) and makes the archives.
     */
    @Test
    void servicesStartWithExplicitJvmSizesAndTheirClassData() throws IOException {
        Path archive = dir.resolve("gateway/target/quarkus-app/app-cds.jsa");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "an archive");
        for (String service : Repo.SERVICES) {
            Files.createDirectories(dir.resolve(service + "/target/quarkus-app"));
            Files.writeString(dir.resolve(service + "/target/quarkus-app/quarkus-run.jar"), "a jar");
        }
        Path cache = dir.resolve("gateway/target/quarkus-app/app.aot");
        Files.writeString(cache, "a cache");
        Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        String out = run("export VHCS_JAVA_OPTS='-Xmx256m -Dextra=1'", "for s in report-service aggregation-service"
                + " gateway; do echo \"$s $(service_java_opts \"$s\" | tr '\\n' ' ')\";"
                + " echo \"25 $s $(service_java_opts \"$s\" 25 | tr '\\n' ' ')\";"
                + " echo \"train $s $(service_java_opts \"$s\" 25 train | tr '\\n' ' ')\"; done");
        JvmOptions vhcs = JvmOptions.ofVhcs();
        assertTrue(vhcs.serialGc(), "SERVICE_JAVA_OPTS chooses the serial collector");
        for (String service : Repo.SERVICES) {
            for (String prefix : List.of(service + " ", "25 " + service + " ", "train " + service + " ")) {
                String line = out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                        .orElseThrow(() -> new AssertionError("no options for " + prefix + ": " + out));
                assertEquals(vhcs, JvmOptions.parse("vhcs " + prefix, line), prefix + ": " + line);
                assertTrue(line.strip().endsWith("-Xmx256m -Dextra=1"), prefix + ": VHCS_JAVA_OPTS comes last: " + line);
                boolean training = prefix.startsWith("train ");
                boolean on25 = training || prefix.startsWith("25 ");
                assertEquals(!on25 && service.equals("gateway"),
                        line.contains("-XX:SharedArchiveFile=" + archive.toRealPath()),
                        prefix + ": the AppCDS archive is used on 17 when it exists, and only then: " + line);
                assertEquals(on25 && service.equals("gateway"), line.contains("-XX:AOTCache=" + cache.toRealPath()),
                        prefix + ": the AOT cache is used on 25 when it is newer than the jar: " + line);
                assertEquals(training && !service.equals("gateway"), line.contains("-XX:AOTCacheOutput="),
                        prefix + ": without a fresh cache a training run on 25 writes one, other starts go without: "
                                + line);
            }
        }
        String script = Repo.read(Repo.path(SCRIPT));
        assertTrue(script.contains("mapfile -t jvm < <(service_java_opts \"$name\" \"$major\" \"$train\")")
                && script.contains("\"$java\" \"${jvm[@]}\" -jar"), "run_service passes service_java_opts to java");
        assertTrue(script.contains("env -C \"$(dirname \"$(service_jar \"$name\")\")\""),
                "a service runs from its quarkus-app directory");
        assertTrue(script.contains("./mvnw -B -q -DskipTests $PACKAGING_OPTS install")
                && script.contains("PACKAGING_OPTS=\"-Dquarkus.package.jar.type=aot-jar"
                        + " -Dquarkus.package.jar.appcds.enabled=true\""),
                "./vhcs up's build lays out aot-jars and makes the AppCDS archives");
    }

    /**
     * `./vhcs infra` leaves each service a .env (read by `./mvnw quarkus:dev` from the module's directory): what
     * `./vhcs up` gives the running service, its ports included, so a service in dev mode stands where up puts it —
     * every name in the dev profile (`_DEV_`), since the module's tests run from the same directory and must keep
     * their own database and broker; keys inside, so mode 600 and never committed.
     */
    @Test
    void infraWritesEachServiceItsDevEnvironment() throws IOException {
        dummyKeyPair();
        for (String service : Repo.SERVICES) {
            Files.createDirectories(dir.resolve(service));
        }
        String out = run("unset VHCS_REPORT_PORT VHCS_REPORT_MANAGEMENT_PORT; export VHCS_ADMIN_KEY=the-admin-key",
                "ensure_keys; write_dev_env; service_env report-service");
        for (String service : Repo.SERVICES) {
            Path env = dir.resolve(service).resolve(".env");
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(env), service + "/.env is mode 600");
            String content = Files.readString(env);
            assertTrue(content.lines().allMatch(l -> l.startsWith("_DEV_")), service + "/.env: dev profile only: " + content);
            assertTrue(content.contains("_DEV_QUARKUS_MANAGEMENT_PORT=")
                    && content.contains("_DEV_QUARKUS_DATASOURCE_JDBC_URL="), service + "/.env: ports, database: " + content);
            assertEquals(service.equals("gateway"), content.contains("_DEV_VHCS_SECURITY_SIGNING_KEY=not-a-key"),
                    service + "/.env: only the gateway gets the signing key");
            assertEquals(!service.equals("gateway"), content.contains("_DEV_VHCS_SECURITY_PUBLIC_KEY=not-a-key"),
                    service + "/.env: the services get the public key");
        }
        assertEquals(out.lines().map(l -> "_DEV_" + l).toList(),
                Files.readAllLines(dir.resolve("report-service/.env")), "report-service/.env is what up passes");
        assertTrue(out.contains("QUARKUS_MANAGEMENT_PORT=9001"), "report-service's management port as under up: " + out);
        String ignored = Repo.read(Repo.path(".gitignore"));
        assertTrue(ignored.lines().anyMatch(".env"::equals), ".env is ignored in every directory");
    }

    /** The demo round closes a year after the day `./vhcs up` loads it: the README's submission never turns 409. */
    @Test
    void theDemoRoundStaysOpen() throws IOException {
        String out = run("", "demo_closes_on");
        java.time.LocalDate closes = java.time.LocalDate.parse(out.strip());
        assertTrue(closes.isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(360)), "closesOn " + closes);
        assertTrue(Repo.read(Repo.path(SCRIPT)).contains("\"closesOn\":\"%s\"}' \"$(demo_closes_on)\""),
                "load_demo_data puts the computed day in the round");
    }

    /** `./vhcs test` builds once with a JDK 25 where one exists: found through VHCS_JDK25_HOME, never a JDK 17. */
    @Test
    void theNewerJdkIsFoundByItsVersion() throws IOException {
        Path jdk25 = fakeJdk("jdk-25", "javac 25.0.1");
        Path jdk17 = fakeJdk("jdk-17", "javac 17.0.15");
        assertEquals(jdk25.toString(), run("export VHCS_JDK25_HOME=" + jdk25, "newer_jdk_home | head -n 1").strip());
        String fromSeventeen = run("export VHCS_JDK25_HOME=" + jdk17, "newer_jdk_home | head -n 1").strip();
        assertTrue(!fromSeventeen.equals(jdk17.toString()), "a JDK 17 is not taken for 25: " + fromSeventeen);
    }

    /**
     * Keycloak 26 needs Java 21+: the JDK for it is found by its version (VHCS_KEYCLOAK_JAVA_HOME first), never a
     * JDK 17; and the gateway is told the issuer of the realm that ./vhcs up makes.
     */
    @Test
    void keycloakGetsAJdkOfAtLeast21AndTheGatewayItsIssuer() throws IOException {
        Path jdk21 = fakeJava("jdk-21", "openjdk version \"21.0.5\" 2024-10-15");
        Path jdk17 = fakeJava("jdk-17", "openjdk version \"17.0.15\" 2025-04-15");
        assertEquals(jdk21.toString(), run("export VHCS_KEYCLOAK_JAVA_HOME=" + jdk21, "jdk_home_at_least 21 | head -n 1").strip());
        String fromSeventeen = run("export VHCS_KEYCLOAK_JAVA_HOME=" + jdk17, "jdk_home_at_least 21 | head -n 1").strip();
        assertTrue(!fromSeventeen.equals(jdk17.toString()), "a JDK 17 is not taken for 21: " + fromSeventeen);
        dummyKeyPair();
        String env = run("export VHCS_KEYCLOAK_PORT=18180", "service_env gateway");
        assertTrue(env.lines().anyMatch("VHCS_OIDC_ISSUER=http://localhost:18180/realms/vhcs"::equals), env);
    }

    private Path fakeJava(String name, String version) throws IOException {
        return fakeJdk(name, "java", version);
    }

    private Path fakeJdk(String name, String version) throws IOException {
        return fakeJdk(name, "javac", version);
    }

    /** A JDK folder whose bin/TOOL prints VERSION as the real one does (on stderr). */
    private Path fakeJdk(String name, String tool, String version) throws IOException {
        Path javac = Files.createDirectories(dir.resolve(name).resolve("bin")).resolve(tool);
        Files.writeString(javac, "#!/bin/sh\necho '" + version + "' >&2\n");
        Files.setPosixFilePermissions(javac, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        return javac.getParent().getParent();
    }

    // ---------------------------------------------------------------------------------------------

    private void dummyKeyPair() throws IOException {
        Path keys = Files.createDirectories(dir.resolve(".vhcs/keys"));
        Files.writeString(keys.resolve("signing.b64"), "not-a-key");
        Files.writeString(keys.resolve("public.b64"), "not-a-key");
    }

    /** Runs PRELUDE, sources the copy of the script (all but its last line, `main "$@"`), runs BODY; stdout. */
    private String run(String prelude, String body) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Repo.path(SCRIPT), StandardCharsets.UTF_8));
        while (lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        assertEquals("main \"$@\"", lines.get(lines.size() - 1), "the script ends by calling main");
        lines.remove(lines.size() - 1);
        Path copy = dir.resolve("vhcs-functions");
        Files.write(copy, lines, StandardCharsets.UTF_8);
        Path driver = dir.resolve("driver.sh");
        Files.writeString(driver, String.join("\n", prelude, "source " + copy, "set -euo pipefail", body, ""));
        Path bash = Tools.require("bash", null, "bash runs ./vhcs");
        List<String> command = List.of(bash.toString(), driver.toString());
        Tools.Result result = Tools.run(dir, Duration.ofSeconds(60), command);
        assertEquals(0, result.exitCode(), () -> result.describe(command));
        return result.stdout();
    }

    private static Map<String, String> managementPorts(String out) {
        Map<String, String> ports = new TreeMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && parts[1].startsWith("QUARKUS_MANAGEMENT_PORT=")) {
                ports.put(parts[0], parts[1].substring("QUARKUS_MANAGEMENT_PORT=".length()));
            }
        }
        return ports;
    }
}
