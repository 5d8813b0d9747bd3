package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The one Dockerfile at the repository's root, which builds any of the three services from a fresh clone (a build
 * stage with Maven, then the runtime image); docker-compose.yml names the service with a build argument.
 */
class DockerfileTest {

    private static final Pattern BUILDER = Pattern.compile(
            "FROM docker\\.io/library/maven:(3\\.9\\.\\d+)-eclipse-temurin-17(@sha256:[0-9a-f]{64})? AS build");
    private static final Pattern RUNTIME = Pattern.compile(
            "FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:([^\\s@]+)(@sha256:[0-9a-f]{64})?");

    /** The fast-jar layers, in the order Quarkus copies them (least often changing first). */
    private static final List<String> LAYERS = List.of(
            "target/quarkus-app/lib/ /deployments/lib/",
            "target/quarkus-app/*.jar /deployments/",
            "target/quarkus-app/app/ /deployments/app/",
            "target/quarkus-app/quarkus/ /deployments/quarkus/");

    @Test
    void buildsTheServiceItIsAskedForFromSources() {
        List<String> lines = instructions(Repo.read(Repo.path("Dockerfile")));
        List<String> from = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(2, from.size(), "a build stage and the runtime image: " + from);
        assertTrue(BUILDER.matcher(from.get(0)).matches(), "the build stage is Maven 3.9 on a JDK 17: " + from.get(0));
        Matcher runtime = RUNTIME.matcher(from.get(1));
        assertTrue(runtime.matches(), "based on ubi9/openjdk-17-runtime: " + from.get(1));
        assertTrue(!runtime.group(1).equalsIgnoreCase("latest"), "the base image tag must not be latest");

        List<String> build = lines.subList(0, lines.indexOf(from.get(1)));
        assertTrue(build.contains("ARG SERVICE"), "the build stage takes SERVICE");
        assertTrue(build.stream().anyMatch(l -> l.startsWith("RUN --mount=type=cache,target=/root/.m2 ")
                && l.contains("mvn -B -q -DskipTests -pl \"$SERVICE\" -am package")),
                "builds the service and what it needs, with a cached Maven repository: " + build);

        List<String> runtimeStage = lines.subList(lines.indexOf(from.get(1)), lines.size());
        List<String> copies = runtimeStage.stream().filter(l -> l.startsWith("COPY ")).toList();
        assertEquals(LAYERS.size(), copies.size(), "COPY instructions " + copies);
        for (int i = 0; i < LAYERS.size(); i++) {
            assertEquals("COPY --from=build --chown=185 /build/${SERVICE}/" + LAYERS.get(i), copies.get(i),
                    "layer " + (i + 1));
        }

        int user = indexOf(lines, "USER ");
        assertEquals("USER 185", lines.get(user), "runs as user 185");
        assertTrue(user > lines.indexOf(copies.get(copies.size() - 1)), "USER after the COPYs");
        assertTrue(user < indexOf(lines, "ENTRYPOINT "), "USER before the ENTRYPOINT");

        // the API port and the management interface (health, metrics)
        assertTrue(lines.contains("EXPOSE ${PORT} " + Repo.MANAGEMENT_PORT), "EXPOSE ${PORT} " + Repo.MANAGEMENT_PORT);

        String javaOpts = lines.stream().filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst().orElse("");
        for (String flag : List.of("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")) {
            assertTrue(javaOpts.contains(flag), "JAVA_OPTS_APPEND has " + flag + ": " + javaOpts);
        }
        assertTrue(lines.contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]"),
                "started by the image's run-java.sh");
    }

    /** What the build stage copies: sources, never build output, local state (keys, .env) or git. */
    @Test
    void theBuildContextLeavesOutOutputStateAndSecrets() {
        List<String> ignored = Repo.read(Repo.path(".dockerignore")).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String entry : List.of("**/target/", ".vhcs/", "**/.env", ".git/")) {
            assertTrue(ignored.contains(entry), ".dockerignore has " + entry + ": " + ignored);
        }
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
