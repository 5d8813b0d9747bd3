package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The external programs the checks use (docker-compose, kubectl, npm). A missing one fails the test
 * under CI (the environment variable CI is set: ./vhcs test installs them there) and skips it
 * elsewhere, with the install command in the message.
 */
final class Tools {

    private Tools() {
    }

    static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** An executable of that name on PATH. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The tool, from the environment variable {@code overrideVariable} if it is set (a path), else from PATH; fails
     * under CI and skips otherwise when there is none.
     */
    static Path require(String name, String overrideVariable, String installHint) {
        String override = overrideVariable == null ? null : System.getenv(overrideVariable);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isExecutable(p)) {
                fail(overrideVariable + "=" + override + " is not an executable");
            }
            return p;
        }
        Optional<Path> found = onPath(name);
        if (found.isPresent()) {
            return found.get();
        }
        missing(name + " is not on PATH (" + installHint + ")");
        return null; // not reached
    }

    /** Fails under CI, skips elsewhere. */
    static void missing(String message) {
        if (onCi()) {
            fail(message + "; CI is set, so this is an error");
        }
        Assumptions.abort(message + "; skipped outside CI");
    }

    record Result(int exitCode, String stdout, String stderr) {
        String describe(List<String> command) {
            return String.join(" ", command) + " exited " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n"
                    + stderr;
        }
    }

    /** Runs a command to completion (stdout and stderr through files, so neither pipe can fill up). */
    static Result run(Path dir, Duration timeout, List<String> command) {
        try {
            Path out = Files.createTempFile("vhcs-ops-", ".out");
            Path err = Files.createTempFile("vhcs-ops-", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    fail(String.join(" ", command) + " did not finish within " + timeout + "\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
