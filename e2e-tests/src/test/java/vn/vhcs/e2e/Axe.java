package vn.vhcs.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm, pinned) run inside the page the browser shows: no serious or critical violation of
 * WCAG 2.1 A/AA or axe's best practices. The script is installed once by npm into target/axe (as
 * OpenApiDocumentTest runs Redocly through npx) and injected through WebDriver, which the page's CSP
 * does not govern. Without npm the check is skipped, except on CI (CI set) where it fails.
 */
final class Axe {

    static final String PACKAGE = "axe-core@4.10.3";
    private static final Path DIR = Path.of("target", "axe");
    private static String source;

    private Axe() {
    }

    /** Checks the page as it is now; `state` names it in the failure message. */
    static void check(WebDriver browser, String state) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script() + "\n;window.axe = axe;");
        Duration before = browser.manage().timeouts().getScriptTimeout();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
                        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                        .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                          targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ') }))))
                      .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: '' }]));
                    """);
            assertEquals(List.of(), violations, "axe: serious or critical violations on " + state);
        } finally {
            browser.manage().timeouts().scriptTimeout(before);
        }
    }

    private static synchronized String script() {
        if (source != null) {
            return source;
        }
        Path file = DIR.resolve("node_modules/axe-core/axe.min.js");
        try {
            if (!Files.isRegularFile(file)) {
                install();
            }
            source = Files.readString(file, StandardCharsets.UTF_8);
            return source;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void install() throws IOException {
        Path npm = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "npm")).filter(Files::isExecutable).findFirst().orElse(null);
        if (npm == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail("npm is missing: ./vhcs test installs it (apt-get install -y npm)");
            }
            Assumptions.abort("npm is missing (apt-get install -y npm): the accessibility check is skipped");
        }
        Files.createDirectories(DIR);
        Path log = DIR.resolve("npm-install.log");
        Process p = new ProcessBuilder(npm.toString(), "install", "--prefix", DIR.toString(), "--no-save",
                "--no-audit", "--no-fund", "--ignore-scripts", PACKAGE)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("npm install " + PACKAGE + " did not finish in 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(0, p.exitValue(), "npm install " + PACKAGE + ":\n" + Files.readString(log));
    }
}
