package vn.vhcs.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the repository is, and what the tests know about its three services. */
final class Repo {

    /** The services that have a Dockerfile, a compose service and a Deployment, with their HTTP port. */
    static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "report-service", 8081,
            "aggregation-service", 8082,
            "gateway", 8080);

    static final List<String> SERVICES = List.of("report-service", "aggregation-service", "gateway");

    /** The only service reachable from outside (published port, Ingress, HTTPRoute, NetworkPolicy). */
    static final String PUBLIC_SERVICE = "gateway";

    /**
     * Quarkus' management interface in containers (Compose, Kubernetes), the same for every service: /q/health/*
     * and /q/metrics are served there only, never on the HTTP port.
     */
    static final int MANAGEMENT_PORT = 9000;

    /** The name of that port on the containers and the Services (probes, ServiceMonitor). */
    static final String MANAGEMENT_PORT_NAME = "management";

    private static Path root;

    private Repo() {
    }

    /** The repository root: the nearest ancestor of the working directory whose pom.xml lists this module. */
    static synchronized Path root() {
        if (root == null) {
            Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
            for (Path d = dir; d != null; d = d.getParent()) {
                Path pom = d.resolve("pom.xml");
                if (Files.isRegularFile(pom) && read(pom).contains("<module>ops-tests</module>")) {
                    root = d;
                    break;
                }
            }
            if (root == null) {
                throw new IllegalStateException("no vhcs-parent pom.xml above " + dir);
            }
        }
        return root;
    }

    static Path path(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }

    /** The Kafka version of the clients: the property kafka.version of the parent pom.xml. */
    static String kafkaVersion() {
        Matcher m = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>").matcher(read(path("pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("the parent pom.xml has no kafka.version property");
        }
        return m.group(1).trim();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
