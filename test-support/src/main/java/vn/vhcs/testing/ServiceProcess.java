package vn.vhcs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged part of vhcs started as its own process, as ./vhcs up does: a service from its Quarkus app, or the
 * local Kafka broker. Its output is appended to {@code <logDir>/<name>.log}, so a process restarted by a test keeps
 * the log of its earlier life. Tests stop it gracefully ({@link #close()}, SIGTERM) or kill it ({@link #kill()},
 * SIGKILL).
 */
public final class ServiceProcess implements AutoCloseable {

    public final String name;
    public final int port;
    /** The management interface: health, metrics and (but for the gateway) the service's OpenAPI document; -1 for Kafka. */
    public final int managementPort;
    public final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} on {@code port} (0 for any free port) and a
     * free management port.
     */
    public static ServiceProcess start(Path root, Path logDir, String name, Map<String, String> env, int port) {
        return start(root, logDir, name, env, port, List.of("-Xmx256m"));
    }

    /**
     * The same, with these JVM options instead of the tests' roomy heap: e.g. the production options of ./vhcs
     * ({@code SERVICE_JAVA_OPTS}), to show that something fits in the heap the service really has.
     */
    public static ServiceProcess start(Path root, Path logDir, String name, Map<String, String> env, int port,
            List<String> jvmOptions) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        int chosen = port == 0 ? freePort() : port;
        int management = freePort();
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(chosen));
        all.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        List<String> args = new ArrayList<>(jvmOptions);
        args.addAll(List.of("-jar", jar.toString()));
        return launch(logDir, name, chosen, management, args, all);
    }

    /**
     * Starts the local Kafka broker ({@code local-kafka}'s {@code LocalKafkaBroker} main, as ./vhcs up runs it) on
     * {@code port} with its log in {@code dataDir}; the same port and directory bring the same broker back after a
     * kill. Ready when {@link #logHas} {@code "ready on"}.
     */
    public static ServiceProcess kafka(Path root, Path logDir, int port, Path dataDir) {
        Path kafka = root.resolve("local-kafka/target");
        if (!Files.exists(kafka.resolve("local-kafka.jar"))) {
            throw new IllegalStateException(kafka.resolve("local-kafka.jar") + " is missing: package local-kafka first");
        }
        String classpath = kafka.resolve("local-kafka.jar") + java.io.File.pathSeparator + kafka.resolve("lib") + "/*";
        return launch(logDir, "kafka", port, -1, List.of("-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", classpath,
                "vn.vhcs.kafka.LocalKafkaBroker", "--port", Integer.toString(port), "--data-dir", dataDir.toString()),
                Map.of());
    }

    private static ServiceProcess launch(Path logDir, String name, int port, int management, List<String> javaArgs,
            Map<String, String> env) {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            Files.writeString(log, "\n===== " + name + " started at " + java.time.Instant.now() + " =====\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            List<String> command = new ArrayList<>(List.of(javaBin()));
            command.addAll(javaArgs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            return new ServiceProcess(name, port, management, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Whether the log holds {@code text} since this process started (earlier lives' lines do not count). */
    public boolean logHas(String text) {
        try {
            String all = Files.readString(log);
            int start = all.lastIndexOf("===== " + name + " started at ");
            return all.indexOf(text, Math.max(0, start)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly(); // SIGKILL on Unix
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + pid() + ") survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: graceful shutdown
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Ports this JVM has handed out: never twice, even before the service it was for has bound it. */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port no one listens on, for a service about to start. Taken below Linux's ephemeral range (32768–60999):
     * a port bind(0) hands out is in that range, and any outgoing connection (a Kafka client, a JDBC pool) may take
     * it as its local port before the service binds it ("Address already in use"); below it, ports are only ever
     * bound on purpose.
     */
    public static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int tries = 0; tries < 500; tries++) {
            int candidate = 20_000 + random.nextInt(12_000);
            if (!GIVEN.add(candidate)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(candidate)) {
                return candidate;
            } catch (IOException inUse) {
                // listened on by someone else: another one
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
