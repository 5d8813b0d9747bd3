package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alerting rules of k8s/components/alerts: valid for Prometheus ({@code promtool check rules}), each one fired by
 * some series and kept quiet by others ({@code promtool test rules} on tests/), each with its runbook section in
 * docs/alerts.md. The rules live only in the PrometheusRule manifest; promtool reads plain rule files, so its spec is
 * written to rules.yaml in a temporary directory next to copies of the test files. promtool is Debian's package
 * prometheus (./vhcs test installs it); without it the promtool checks fail under CI and are skipped elsewhere.
 */
class AlertRulesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path component() {
        return Repo.path("k8s", "components", "alerts");
    }

    static JsonNode rule() {
        try {
            return YAML.readTree(component().resolve("prometheus-rule.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every alerting rule of the PrometheusRule, by name. */
    static TreeMap<String, JsonNode> alerts() {
        TreeMap<String, JsonNode> alerts = new TreeMap<>();
        for (JsonNode group : rule().path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                if (r.has("alert")) {
                    assertTrue(alerts.put(r.path("alert").asText(), r) == null, "alert " + r.path("alert") + " twice");
                }
            }
        }
        return alerts;
    }

    static List<Path> testFiles() throws IOException {
        try (Stream<Path> files = Files.list(component().resolve("tests"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-test.yaml")).sorted().toList();
        }
    }

    @Test
    void theRulesArePrometheusRulesAndPromtoolPassesTheirTests(@TempDir Path dir) throws IOException {
        JsonNode rule = rule();
        assertEquals("monitoring.coreos.com/v1", rule.path("apiVersion").asText());
        assertEquals("PrometheusRule", rule.path("kind").asText());
        Path promtool = Tools.require("promtool", "VHCS_PROMTOOL", "Debian: apt-get install prometheus");
        // JSON is YAML: the spec exactly as the manifest has it
        Files.writeString(dir.resolve("rules.yaml"), JSON.writeValueAsString(rule.path("spec")));
        List<String> tests = new ArrayList<>();
        for (Path file : testFiles()) {
            Files.copy(file, dir.resolve(file.getFileName()));
            tests.add(file.getFileName().toString());
        }
        assertFalse(tests.isEmpty(), "no promtool tests in " + component().resolve("tests"));

        List<String> check = List.of(promtool.toString(), "check", "rules", "rules.yaml");
        Tools.Result checked = Tools.run(dir, Duration.ofSeconds(60), check);
        assertEquals(0, checked.exitCode(), () -> checked.describe(check));

        List<String> test = new ArrayList<>(List.of(promtool.toString(), "test", "rules"));
        test.addAll(tests);
        Tools.Result tested = Tools.run(dir, Duration.ofSeconds(120), test);
        assertEquals(0, tested.exitCode(), () -> tested.describe(test));
        // promtool only warns when rule_files match nothing: then it would have tested no rule at all
        assertFalse((tested.stdout() + tested.stderr()).contains("no file match"), () -> tested.describe(test));
    }

    /** Every alert has a test where it fires and one where it stays quiet; the tests name no other alert. */
    @Test
    void everyAlertIsTestedFiringAndQuiet() throws IOException {
        Set<String> fired = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Path file : testFiles()) {
            JsonNode tests = YAML.readTree(file.toFile());
            assertEquals(List.of("rules.yaml"), List.of(tests.path("rule_files").path(0).asText()),
                    file + ": rule_files is the spec AlertRulesTest writes");
            for (JsonNode test : tests.path("tests")) {
                for (JsonNode check : test.path("alert_rule_test")) {
                    String name = check.path("alertname").asText();
                    (check.path("exp_alerts").isEmpty() ? quiet : fired).add(name);
                }
            }
        }
        Set<String> names = alerts().keySet();
        assertEquals(names, fired, "alerts with a test where they fire");
        assertEquals(names, quiet, "alerts with a test where they stay quiet");
    }

    /** annotations.runbook of every alert is docs/alerts.md#<its section>, and the section is there. */
    @Test
    void everyAlertHasItsRunbookSection() {
        Set<String> anchors = new TreeSet<>();
        for (String line : Repo.read(Repo.path("docs", "alerts.md")).lines().toList()) {
            if (line.startsWith("#")) {
                anchors.add(anchor(line.replaceFirst("^#+\\s*", "")));
            }
        }
        List<String> wrong = new ArrayList<>();
        alerts().forEach((name, alert) -> {
            String runbook = alert.path("annotations").path("runbook").asText();
            String expected = "docs/alerts.md#" + anchor(name);
            if (!runbook.equals(expected)) {
                wrong.add(name + ": runbook " + runbook + ", expected " + expected);
            } else if (!anchors.contains(anchor(name))) {
                wrong.add(name + ": docs/alerts.md has no section " + name);
            }
            for (String field : List.of("summary", "description")) {
                if (alert.path("annotations").path(field).asText().isBlank()) {
                    wrong.add(name + ": no annotations." + field);
                }
            }
            if (!Set.of("critical", "warning").contains(alert.path("labels").path("severity").asText())) {
                wrong.add(name + ": labels.severity is critical or warning");
            }
        });
        assertEquals(List.of(), wrong);
    }

    /**
     * Both overlays carry the PrometheusRule with the spec as written (kustomize adds the namespace and labels only),
     * and the dashboard as a ConfigMap labelled for Grafana's sidecar, its JSON the file's, byte for byte, under a
     * name without hash (the sidecar would load two ConfigMaps with one dashboard uid) and small enough for
     * {@code kubectl apply}'s last-applied annotation (256 KiB).
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlaysCarryTheRulesAndTheDashboardAsWritten(String overlay) throws IOException {
        List<ObjectNode> resources = Overlays.render(overlay);
        ObjectNode rendered = Overlays.only(resources, "PrometheusRule", overlay + ": one PrometheusRule");
        assertEquals(rule().path("spec"), rendered.path("spec"), overlay + ": the PrometheusRule's spec");
        assertEquals("vhcs", rendered.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText());

        List<ObjectNode> dashboards = Overlays.ofKind(resources, "ConfigMap").stream()
                .filter(c -> "1".equals(c.path("metadata").path("labels").path("grafana_dashboard").asText(null)))
                .toList();
        assertEquals(1, dashboards.size(), overlay + ": one ConfigMap labelled grafana_dashboard: \"1\"");
        ObjectNode dashboard = dashboards.get(0);
        assertEquals("vhcs-grafana-dashboard", Overlays.name(dashboard), overlay + ": no hash in the name");
        String file = Repo.read(Repo.path("k8s", "components", "grafana-dashboard", "vhcs-dashboard.json"));
        assertEquals(file, dashboard.path("data").path("vhcs-dashboard.json").asText(), overlay + ": the dashboard");
        assertTrue(file.length() < 200_000, "the dashboard fits kubectl apply's annotation: " + file.length());
        JsonNode json = JSON.readTree(file);
        assertFalse(json.path("uid").asText().isEmpty(), "the dashboard has a uid (one dashboard however often loaded)");
        assertFalse(json.path("panels").isEmpty(), "the dashboard has panels");
    }

    /** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
