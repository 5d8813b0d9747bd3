package vn.vhcs.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guides' examples run as written: every fenced block tagged {@code sh} of README.md, docs/portal-guide.md and
 * docs/board-guide.md, in the order of its file, in one bash session per file, from the repository's root, on a
 * system as fresh as {@code ./vhcs up} leaves it (a new one for each file, so that each guide can be followed
 * alone, and its demo data loaded by {@code ./vhcs}'s own {@code load_demo_data}).
 *
 * <p>The convention the guides follow:
 * <ul>
 * <li>Only {@code ```sh} blocks run; {@code ```text} is for what does not (kubectl, docker, outputs).</li>
 * <li>A guide starts with {@code VHCS=${VHCS:-http://localhost:8080}} and
 * {@code ADMIN="Authorization: Bearer $(cat "${VHCS_KEYS:-.vhcs/keys}/admin-key")"}; the test sets {@code VHCS} to
 * the gateway and {@code VHCS_KEYS} to a directory holding {@code admin-key} and the demo keys. Each key lives in
 * its own variable (ADMIN, PORTAL, READER, BOARD, …); ids and ETags are captured into variables, never
 * written as fixed values.</li>
 * <li>The expected answer of a command is the comment line right after it: {@code # 201 {"status":"SUBMITTED",…}},
 * the status code first, then a JSON fragment; every literal {@code "key":value} pair in it (string, number,
 * boolean, null) must appear in the answer, and {@code …} inside a string stands for any text. Lines right
 * after it that start with {@code #} and two spaces continue it. The last {@code curl} call of the command is
 * the one checked (also inside {@code $(…)}); one that writes its body to a file is checked on its status.</li>
 * <li>A command without such a comment must exit 0.</li>
 * </ul>
 * It works by a bash function {@code curl} defined before the guide's lines, which records each call's status and
 * body, and a check inserted after each command; every mismatch is reported with the guide's file and line.
 */
@ExtendWith(RunningSystem.class)
@RunningSystem.TakesFreshSystems
class DocsExamplesTest {

    static final List<String> GUIDES = List.of("README.md", "docs/portal-guide.md", "docs/board-guide.md");
    static final Path ROOT = Path.of(System.getProperty("vhcs.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = Path.of("target", "docs-examples").toAbsolutePath();

    /** The guides leave the demo round with reports in it; other test classes register that round themselves. */
    @AfterAll
    static void leaveNoGuideData() {
        RunningSystem.discard();
    }

    @TestFactory
    Stream<DynamicTest> everyGuideRunsAsWritten() {
        return GUIDES.stream().map(guide -> DynamicTest.dynamicTest(guide, () -> run(guide)));
    }

    private static void run(String guide) throws IOException, InterruptedException {
        List<Example.Command> commands = Example.commands(guide, Files.readAllLines(ROOT.resolve(guide), StandardCharsets.UTF_8));
        assertTrue(!commands.isEmpty(), guide + " has no ```sh block");
        RunningSystem system = RunningSystem.fresh();
        Path dir = Files.createDirectories(WORK.resolve(guide.replace('/', '_')));
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                deleteRecursively(p);
            }
        }
        Path keys = loadDemoData(dir, system.gateway.port);
        Path results = Files.createDirectories(dir.resolve("results"));
        Path script = dir.resolve("guide.sh");
        Files.writeString(script, Example.script(commands, results, "http://localhost:" + system.gateway.port, keys));
        Path log = dir.resolve("guide.log");
        int exit = bash(script, ROOT, log, Duration.ofMinutes(10));
        List<String> mismatches = Example.mismatches(guide, commands, results);
        if (exit != 0) {
            mismatches.add(guide + ": the bash session ended with " + exit);
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " example(s) of " + guide + " did not run as written (session log: " + log + "):\n"
                    + String.join("\n", mismatches) + "\n--- end of the session's output:\n" + tail(log, 40));
        }
    }

    /**
     * Loads the demo data ./vhcs up loads, with ./vhcs's own functions (a copy of the script without its last line,
     * {@code main "$@"}, sourced from a scratch directory so that its state, .vhcs/keys included, lives there).
     * Returns the keys directory: admin-key, submitter-key, reader-key.
     */
    private static Path loadDemoData(Path dir, int gatewayPort) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(Files.readAllLines(ROOT.resolve("vhcs"), StandardCharsets.UTF_8));
        while (lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        assertEquals("main \"$@\"", lines.get(lines.size() - 1), "the script ends by calling main");
        lines.remove(lines.size() - 1);
        Path scratch = Files.createDirectories(dir.resolve("vhcs"));
        Files.write(scratch.resolve("vhcs-functions"), lines, StandardCharsets.UTF_8);
        Path driver = scratch.resolve("load-demo-data.sh");
        Files.writeString(driver, String.join("\n",
                "export VHCS_GATEWAY_PORT=" + gatewayPort + " VHCS_ADMIN_KEY=" + RunningSystem.ADMIN_KEY,
                "source " + scratch.resolve("vhcs-functions"),
                "set -euo pipefail",
                "mkdir -p \"$KEYS\" && chmod 700 \"$KEYS\"",
                "write_secret_file \"$KEYS/admin-key\" \"$VHCS_ADMIN_KEY\"",
                "load_demo_data", ""));
        Path log = scratch.resolve("load-demo-data.log");
        int exit = bash(driver, scratch, log, Duration.ofMinutes(2));
        assertEquals(0, exit, () -> "load_demo_data failed:\n" + tail(log, 40));
        return scratch.resolve(".vhcs/keys");
    }

    private static int bash(Path script, Path workDir, Path log, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", script.toString()).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(script + " did not end within " + limit + ":\n" + tail(log, 40));
        }
        return process.exitValue();
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteRecursively(child);
                }
            }
        }
        Files.delete(path);
    }
}
