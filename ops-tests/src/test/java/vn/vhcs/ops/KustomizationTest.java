package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vhcs.ops.Overlays.id;
import static vn.vhcs.ops.Overlays.ofKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The kustomizations under k8s/ use no deprecated field, so that {@code kubectl kustomize} renders them without a
 * warning, and the move from commonLabels to labels changed no selector (a Deployment's selector is immutable: a
 * changed one breaks {@code kubectl apply} on a running cluster).
 */
class KustomizationTest {

    /** Fields kustomize v5 deprecates, with what replaces them. */
    static final Map<String, String> DEPRECATED = Map.of(
            "bases", "resources",
            "patchesStrategicMerge", "patches",
            "patchesJson6902", "patches",
            "commonLabels", "labels",
            "vars", "replacements",
            "imageTags", "images");

    /** Every kustomization.yaml under k8s/ (overlays, base, components). */
    static List<Path> kustomizations() throws IOException {
        try (Stream<Path> walk = Files.walk(Repo.path("k8s"))) {
            return walk.filter(p -> p.getFileName().toString().matches("[Kk]ustomization\\.ya?ml")).sorted().toList();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noKustomizationUsesADeprecatedField() throws IOException {
        List<Path> files = kustomizations();
        assertTrue(files.size() >= 5, "base, two overlays and the components: " + files);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> kustomization = new Yaml(new LoaderOptions()).load(Repo.read(file));
            for (String field : kustomization.keySet()) {
                if (DEPRECATED.containsKey(field)) {
                    found.add(Repo.root().relativize(file) + ": " + field + " (use " + DEPRECATED.get(field) + ")");
                }
            }
            String kind = String.valueOf(kustomization.get("kind"));
            boolean component = file.startsWith(Repo.path("k8s", "components"));
            assertEquals(component ? "Component" : "Kustomization", kind, Repo.root().relativize(file) + ": kind");
        }
        assertEquals(List.of(), found, "deprecated kustomize fields");
    }

    /** kubectl's kustomize says nothing on stderr: no deprecation warning, nothing else either. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersWithoutWarnings(String overlay) {
        String stderr = Overlays.renderStderr(overlay);
        assertEquals("", stderr.strip(), overlay + ": kubectl kustomize printed on stderr");
    }

    /**
     * app.kubernetes.io/part-of: vhcs stays in every selector it was in while the base used commonLabels (the
     * Deployments', PodDisruptionBudgets', Services'): labels with includeSelectors: true, as the base has it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theSelectorsKeepThePartOfLabel(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        List<String> wrong = new ArrayList<>();
        for (String kind : List.of("Deployment", "PodDisruptionBudget")) {
            for (ObjectNode r : ofKind(resources, kind)) {
                JsonNode labels = r.path("spec").path("selector").path("matchLabels");
                if (!"vhcs".equals(labels.path("app.kubernetes.io/part-of").asText(null))) {
                    wrong.add(id(r) + " selector " + labels);
                }
            }
        }
        for (ObjectNode service : ofKind(resources, "Service")) {
            if (!"vhcs".equals(service.path("spec").path("selector").path("app.kubernetes.io/part-of").asText(null))) {
                wrong.add(id(service) + " selector " + service.path("spec").path("selector"));
            }
        }
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            if (!"vhcs".equals(PolicyChecks.podLabels(deployment).path("app.kubernetes.io/part-of").asText(null))) {
                wrong.add(id(deployment) + " pod labels " + PolicyChecks.podLabels(deployment));
            }
        }
        assertEquals(List.of(), wrong, overlay + ": selectors or pod labels without app.kubernetes.io/part-of: vhcs");
    }

    /** Both overlays take the components; a component's directory holds what its kustomization lists. */
    @Test
    @SuppressWarnings("unchecked")
    void theOverlaysUseTheComponents() throws IOException {
        Set<String> components = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Repo.path("k8s", "components"))) {
            dirs.filter(Files::isDirectory).forEach(d -> components.add("../../components/" + d.getFileName()));
        }
        assertEquals(Set.of("../../components/service-monitor", "../../components/http-route",
                "../../components/alerts", "../../components/grafana-dashboard", "../../components/keycloak"), components);
        for (String overlay : Overlays.NAMES) {
            Map<String, Object> kustomization = new Yaml(new LoaderOptions())
                    .load(Repo.read(Repo.path("k8s", "overlays", overlay, "kustomization.yaml")));
            Object listed = kustomization.get("components");
            assertTrue(listed instanceof List<?>, overlay + ": components");
            assertEquals(components, new TreeSet<>((List<String>) listed), overlay + ": components");
            assertFalse(kustomization.containsKey("bases"), overlay + ": the base is among the resources");
            assertTrue(((List<String>) kustomization.get("resources")).contains("../../base"),
                    overlay + ": resources include ../../base");
        }
    }
}
