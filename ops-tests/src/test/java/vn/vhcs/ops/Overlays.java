package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The kustomize overlays rendered with {@code kubectl kustomize} (kubectl from PATH, or the one the environment
 * variable VHCS_KUBECTL names), once per JVM. The kustomizations are written for kustomize v5 without deprecated
 * fields: kubectl 1.27 or later. An older kubectl (Debian's kubernetes-client is 1.20) counts as missing: it fails
 * the tests under CI and skips them elsewhere.
 */
final class Overlays {

    static final List<String> NAMES = List.of("dev", "prod");

    /** The oldest kubectl whose kustomize (v5.0) renders the overlays; ops-tests ran them with 1.27 to 1.33. */
    static final int MIN_KUBECTL_MINOR = 27;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<ObjectNode>> RENDERED = new HashMap<>();
    private static final Map<String, String> STDERR = new HashMap<>();
    private static Path kubectl;

    private Overlays() {
    }

    /** The resources of k8s/overlays/NAME, in kubectl's order. */
    static synchronized List<ObjectNode> render(String overlay) {
        List<ObjectNode> cached = RENDERED.get(overlay);
        if (cached != null) {
            return cached;
        }
        Path dir = Repo.path("k8s", "overlays", overlay);
        List<String> command = List.of(kubectl().toString(), "kustomize", dir.toString());
        Tools.Result result = Tools.run(Repo.root(), Duration.ofSeconds(120), command);
        assertEquals(0, result.exitCode(), () -> result.describe(command));
        List<ObjectNode> resources = parse(result.stdout());
        assertFalse(resources.isEmpty(), overlay + " renders nothing");
        RENDERED.put(overlay, Collections.unmodifiableList(resources));
        STDERR.put(overlay, result.stderr());
        return RENDERED.get(overlay);
    }

    /** What {@code kubectl kustomize} printed on stderr while rendering the overlay (warnings). */
    static synchronized String renderStderr(String overlay) {
        render(overlay);
        return STDERR.get(overlay);
    }

    /** kubectl, at least 1.{@value #MIN_KUBECTL_MINOR}; fails under CI and skips elsewhere if there is none. */
    static synchronized Path kubectl() {
        if (kubectl == null) {
            Path found = Tools.require("kubectl", "VHCS_KUBECTL",
                    "kubectl 1." + MIN_KUBECTL_MINOR + " or later; Debian's kubernetes-client (1.20) is too old");
            List<String> command = List.of(found.toString(), "version", "--client", "-o", "json");
            Tools.Result result = Tools.run(Repo.root(), Duration.ofSeconds(60), command);
            int minor = -1;
            try {
                String text = JSON.readTree(result.stdout()).path("clientVersion").path("minor").asText("");
                minor = Integer.parseInt(text.replaceAll("[^0-9].*", ""));
            } catch (IOException | NumberFormatException e) {
                // minor stays -1
            }
            if (result.exitCode() != 0 || minor < MIN_KUBECTL_MINOR) {
                Tools.missing(found + " is not kubectl 1." + MIN_KUBECTL_MINOR + " or later (client minor version "
                        + minor + "): the kustomizations need kustomize v5; set VHCS_KUBECTL");
            }
            kubectl = found;
        }
        return kubectl;
    }

    /** Splits multi-document YAML into its documents (empty ones dropped). */
    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!doc.isObject()) {
                    fail("a rendered document is not a mapping: " + doc);
                }
                documents.add((ObjectNode) doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    // ---------------------------------------------------------------------------------------------
    // small accessors shared by the tests

    static String apiVersion(JsonNode r) {
        return r.path("apiVersion").asText();
    }

    static String kind(JsonNode r) {
        return r.path("kind").asText();
    }

    static String name(JsonNode r) {
        return r.path("metadata").path("name").asText();
    }

    static String id(JsonNode r) {
        return kind(r) + "/" + name(r);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(kind(r))).toList();
    }

    /** The one resource of this kind, asserted to be the only one ({@code what}: the overlay, or what it is). */
    static ObjectNode only(List<ObjectNode> resources, String kind, String what) {
        List<ObjectNode> found = ofKind(resources, kind);
        assertEquals(1, found.size(), what);
        return found.get(0);
    }

    static Optional<ObjectNode> find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream().filter(r -> kind.equals(kind(r)) && name.equals(name(r))).findFirst();
    }

    static ObjectNode get(List<ObjectNode> resources, String kind, String name) {
        return find(resources, kind, name).orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    /** Whether a Kubernetes label selector (matchLabels, matchExpressions) selects these labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return false; // a missing selector selects nothing (in a NetworkPolicy peer: not this kind of peer)
        }
        var fields = selector.path("matchLabels").fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            List<String> values = new ArrayList<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            boolean has = labels.has(key);
            String value = labels.path(key).asText(null);
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> has && values.contains(value);
                case "NotIn" -> !has || !values.contains(value);
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> throw new AssertionError("unknown selector operator in " + expr);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
