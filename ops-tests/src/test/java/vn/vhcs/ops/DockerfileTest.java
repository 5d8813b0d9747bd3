package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** src/main/docker/Dockerfile.jvm of each service. */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile(
            "registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:([^\\s@]+)(@sha256:[0-9a-f]{64})?");

    /** The fast-jar layers, in the order Quarkus copies them (least often changing first). */
    private static final List<String> LAYERS = List.of(
            "target/quarkus-app/lib/ /deployments/lib/",
            "target/quarkus-app/*.jar /deployments/",
            "target/quarkus-app/app/ /deployments/app/",
            "target/quarkus-app/quarkus/ /deployments/quarkus/");

    @ParameterizedTest
    @ValueSource(strings = {"report-service", "aggregation-service", "gateway"})
    void followsTheImageRules(String service) {
        List<String> lines = instructions(Repo.read(Repo.path(service, "src", "main", "docker", "Dockerfile.jvm")));

        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(1, from.size(), service + ": one FROM");
        Matcher m = FROM.matcher(from.get(0).substring(5).trim());
        assertTrue(m.matches(), service + ": based on ubi9/openjdk-17-runtime: " + from.get(0));
        assertTrue(!m.group(1).equalsIgnoreCase("latest"), service + ": base image tag must not be latest");

        List<String> copies = lines.stream().filter(l -> l.startsWith("COPY ")).toList();
        assertEquals(LAYERS.size(), copies.size(), service + ": COPY instructions " + copies);
        for (int i = 0; i < LAYERS.size(); i++) {
            assertEquals("COPY --chown=185 " + LAYERS.get(i), copies.get(i), service + ": layer " + (i + 1));
        }

        int user = indexOf(lines, "USER ");
        assertEquals("USER 185", lines.get(user), service + ": runs as user 185");
        assertTrue(user > lines.indexOf(copies.get(copies.size() - 1)), service + ": USER after the COPYs");
        assertTrue(user < indexOf(lines, "ENTRYPOINT "), service + ": USER before the ENTRYPOINT");

        // the API port and the management interface (health, metrics)
        assertTrue(lines.contains("EXPOSE " + Repo.SERVICE_PORTS.get(service) + " 9000"),
                service + ": EXPOSE " + Repo.SERVICE_PORTS.get(service) + " 9000");

        String javaOpts = lines.stream().filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst().orElse("");
        for (String flag : List.of("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")) {
            assertTrue(javaOpts.contains(flag), service + ": JAVA_OPTS_APPEND has " + flag + ": " + javaOpts);
        }
        assertTrue(lines.contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]"),
                service + ": started by the image's run-java.sh");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix.trim() + " instruction");
    }

    /** Instructions without comments, continuation lines joined, whitespace collapsed. */
    private static List<String> instructions(String dockerfile) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : dockerfile.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            result.add(current.toString().replaceAll("\\s+", " ").trim());
            current.setLength(0);
        }
        return result;
    }
}
