package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vhcs.ops.Overlays.apiVersion;
import static vn.vhcs.ops.Overlays.id;
import static vn.vhcs.ops.Overlays.kind;
import static vn.vhcs.ops.Overlays.name;
import static vn.vhcs.ops.Overlays.ofKind;
import static vn.vhcs.ops.Overlays.only;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay renders, and every resource it renders is valid: built-in kinds against the Kubernetes JSON schemas
 * (strict), custom resources by hand (apiVersion, kind, name and the fields their controllers require): the
 * operators' PostgreSQL and Kafka in dev, and in every overlay the Prometheus Operator's ServiceMonitor and the
 * Gateway API's HTTPRoute (KubernetesPolicyTest checks what those two point at).
 */
class KubernetesSchemaTest {

    /**
     * The in-namespace infrastructure of dev, run by operators: CloudNativePG, and Strimzi 1.0 (the releases that run
     * Kafka 4.1.2; they serve only the v1 API, so a v1beta2 resource is unknown here).
     */
    static final Set<String> OPERATOR_RESOURCES = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database",
            "kafka.strimzi.io/v1/Kafka",
            "kafka.strimzi.io/v1/KafkaNodePool",
            "kafka.strimzi.io/v1/KafkaTopic");

    /** Custom resources of every overlay (k8s/components). */
    static final Set<String> COMPONENT_RESOURCES = Set.of(
            "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule",
            "gateway.networking.k8s.io/v1/HTTPRoute");

    /** Custom resources the overlays may contain, by apiVersion/kind. */
    static final Set<String> CUSTOM_RESOURCES = union(OPERATOR_RESOURCES, COMPONENT_RESOURCES);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void builtInResourcesMatchTheKubernetesSchemas(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        KubernetesSchemas schemas = KubernetesSchemas.get();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ObjectNode r : resources) {
            String type = apiVersion(r) + "/" + kind(r);
            if (name(r).isEmpty()) {
                problems.add(type + " without metadata.name");
            }
            if (!ids.add(id(r))) {
                problems.add(id(r) + " twice");
            }
            if (!kind(r).equals("Namespace") && r.path("metadata").path("namespace").asText().isEmpty()) {
                problems.add(id(r) + " has no namespace (the overlay sets it)");
            }
            if (CUSTOM_RESOURCES.contains(type)) {
                continue;
            }
            List<String> errors = schemas.validate(r);
            errors.forEach(e -> problems.add(overlay + " " + type + " " + name(r) + ": " + e));
        }
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @Test
    void everyOverlayUsesTheSameNamespaceThroughout() {
        for (String overlay : Overlays.NAMES) {
            List<ObjectNode> resources = Overlays.render(overlay);
            String ns = name(only(resources, "Namespace", overlay + ": one Namespace"));
            for (ObjectNode r : resources) {
                if (!kind(r).equals("Namespace")) {
                    assertEquals(ns, r.path("metadata").path("namespace").asText(), overlay + " " + id(r));
                }
            }
        }
    }

    /** The schema check is real: a misspelt field, a wrong type and a missing required field are errors. */
    @Test
    void theSchemasRejectBrokenResources() {
        KubernetesSchemas schemas = KubernetesSchemas.get();
        ObjectNode deployment = Overlays.get(Overlays.render("dev"), "Deployment", "gateway").deepCopy();
        assertEquals(List.of(), schemas.validate(deployment));

        ObjectNode typo = deployment.deepCopy();
        ObjectNode container = (ObjectNode) typo.path("spec").path("template").path("spec").path("containers").get(0);
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertFalse(schemas.validate(typo).isEmpty(), "a misspelt field is an error");

        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.path("spec")).put("replicas", "three");
        assertFalse(schemas.validate(wrongType).isEmpty(), "a string for an integer is an error");

        ObjectNode missing = deployment.deepCopy();
        ((ObjectNode) missing.path("spec")).remove("selector");
        assertFalse(schemas.validate(missing).isEmpty(), "a missing required field is an error");

        ObjectNode hpa = Overlays.get(Overlays.render("dev"), "HorizontalPodAutoscaler", "gateway").deepCopy();
        assertEquals(List.of(), schemas.validate(hpa));
        ((ObjectNode) hpa.path("spec")).put("minReplica", 1);
        assertFalse(schemas.validate(hpa).isEmpty(), "autoscaling/v2 is validated too");
    }

    // ---------------------------------------------------------------------------------------------
    // custom resources (dev): CloudNativePG and Strimzi

    @Test
    void onlyKnownCustomResourcesAndNoOperatorsInProd() {
        for (String overlay : Overlays.NAMES) {
            Set<String> components = new HashSet<>();
            for (ObjectNode r : Overlays.render(overlay)) {
                String type = apiVersion(r) + "/" + kind(r);
                boolean custom = CUSTOM_RESOURCES.contains(type);
                if (overlay.equals("prod")) {
                    assertFalse(OPERATOR_RESOURCES.contains(type), "prod runs no in-cluster PostgreSQL or Kafka: " + id(r));
                }
                if (COMPONENT_RESOURCES.contains(type)) {
                    components.add(type);
                }
                assertTrue(custom || KubernetesSchemas.get().knows(apiVersion(r), kind(r)),
                        overlay + ": unknown resource type " + type);
            }
            assertEquals(COMPONENT_RESOURCES, components, overlay + ": the ServiceMonitor, the PrometheusRule and the HTTPRoute");
        }
    }

    /**
     * The ServiceMonitor and the HTTPRoute by hand (their CRDs are not in the Kubernetes schemas): the fields the
     * Prometheus Operator and a Gateway API implementation need, in the types their v1 CRDs give them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theComponentResourcesHaveTheirRequiredFields(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (ObjectNode monitor : ofKind(resources, "ServiceMonitor")) {
            assertEquals("monitoring.coreos.com/v1", apiVersion(monitor));
            JsonNode spec = monitor.path("spec");
            assertTrue(spec.path("selector").isObject(), id(monitor) + ": spec.selector is required");
            assertTrue(spec.path("endpoints").isArray() && !spec.path("endpoints").isEmpty(),
                    id(monitor) + ": spec.endpoints");
            for (JsonNode endpoint : spec.path("endpoints")) {
                assertTrue(endpoint.path("port").isTextual(), id(monitor) + ": endpoints[].port is a port name");
                assertTrue(endpoint.path("path").asText().startsWith("/"), id(monitor) + ": endpoints[].path");
                assertTrue(Set.of("http", "https").contains(endpoint.path("scheme").asText("http")),
                        id(monitor) + ": endpoints[].scheme");
                for (String duration : List.of("interval", "scrapeTimeout")) {
                    assertTrue(endpoint.path(duration).asText("30s").matches("([0-9]+(ms|s|m|h))+"),
                            id(monitor) + ": endpoints[]." + duration + " is a Prometheus duration");
                }
            }
        }
        for (ObjectNode rule : ofKind(resources, "PrometheusRule")) {
            assertEquals("monitoring.coreos.com/v1", apiVersion(rule));
            assertFalse(rule.path("spec").path("groups").isEmpty(), id(rule) + ": spec.groups");
            for (JsonNode group : rule.path("spec").path("groups")) {
                assertFalse(group.path("name").asText().isEmpty(), id(rule) + ": groups[].name");
                assertFalse(group.path("rules").isEmpty(), id(rule) + ": groups[].rules");
                for (JsonNode r : group.path("rules")) {
                    assertTrue(r.path("alert").isTextual() ^ r.path("record").isTextual(),
                            id(rule) + ": a rule is an alert or a recording rule: " + r);
                    assertTrue(r.path("expr").isTextual(), id(rule) + ": rules[].expr is a string: " + r);
                }
            }
        }
        for (ObjectNode route : ofKind(resources, "HTTPRoute")) {
            assertEquals("gateway.networking.k8s.io/v1", apiVersion(route));
            JsonNode spec = route.path("spec");
            assertFalse(spec.path("parentRefs").isEmpty(), id(route) + ": parentRefs name the Gateway");
            for (JsonNode parent : spec.path("parentRefs")) {
                assertFalse(parent.path("name").asText().isEmpty(), id(route) + ": parentRefs[].name");
                assertEquals("Gateway", parent.path("kind").asText("Gateway"), id(route) + ": parentRefs[].kind");
                assertEquals("gateway.networking.k8s.io", parent.path("group").asText("gateway.networking.k8s.io"),
                        id(route) + ": parentRefs[].group");
                assertTrue(parent.path("namespace").asText("ns").matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
                        id(route) + ": parentRefs[].namespace is a namespace name");
            }
            for (JsonNode host : spec.path("hostnames")) {
                assertTrue(host.asText().matches("(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"),
                        id(route) + ": hostname " + host);
            }
            assertFalse(spec.path("rules").isEmpty(), id(route) + ": rules");
            for (JsonNode rule : spec.path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    assertEquals("Service", backend.path("kind").asText("Service"), id(route) + ": backendRefs[].kind");
                    assertTrue(backend.path("port").isInt(), id(route) + ": a Service backend needs its port number");
                }
                for (JsonNode match : rule.path("matches")) {
                    assertTrue(Set.of("Exact", "PathPrefix", "RegularExpression")
                            .contains(match.path("path").path("type").asText("PathPrefix")), id(route) + ": path type");
                }
            }
        }
    }

    @Test
    void postgresClusterCreatesEveryServiceDatabase() {
        List<ObjectNode> dev = Overlays.render("dev");
        ObjectNode cluster = only(dev, "Cluster", "one CloudNativePG Cluster");
        assertEquals("postgresql.cnpg.io/v1", apiVersion(cluster));
        JsonNode spec = cluster.path("spec");
        assertTrue(spec.path("instances").asInt() >= 1, "spec.instances");
        assertFalse(spec.path("storage").path("size").asText().isEmpty(), "spec.storage.size");
        ComposeFileTest.assertPinned("Cluster " + name(cluster), spec.path("imageName").asText("none:latest"));

        // database → owner, from initdb and the Database resources; role → its Secret
        Map<String, String> owners = new HashMap<>();
        Map<String, String> roleSecrets = new HashMap<>();
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        owners.put(initdb.path("database").asText(), initdb.path("owner").asText());
        roleSecrets.put(initdb.path("owner").asText(), initdb.path("secret").path("name").asText());
        for (JsonNode role : spec.path("managed").path("roles")) {
            assertEquals("present", role.path("ensure").asText("present"), "role " + role);
            assertTrue(role.path("login").asBoolean(), "role " + role.path("name") + " can log in");
            roleSecrets.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
        }
        for (ObjectNode db : ofKind(dev, "Database")) {
            assertEquals("postgresql.cnpg.io/v1", apiVersion(db));
            JsonNode s = db.path("spec");
            assertEquals(name(cluster), s.path("cluster").path("name").asText(), id(db) + ": spec.cluster.name");
            assertFalse(s.path("name").asText().isEmpty(), id(db) + ": spec.name");
            assertFalse(s.path("owner").asText().isEmpty(), id(db) + ": spec.owner");
            owners.put(s.path("name").asText(), s.path("owner").asText());
        }
        // every role's Secret exists, is basic-auth and names the role (CloudNativePG requires both)
        roleSecrets.forEach((role, secretName) -> {
            ObjectNode secret = Overlays.get(dev, "Secret", secretName);
            assertEquals("kubernetes.io/basic-auth", secret.path("type").asText(), id(secret));
            assertEquals(role, decode(secret, "username"), id(secret) + ": username is the role");
        });
        // every service's JDBC URL names the cluster's rw Service and a database it creates, owned by the
        // user the service logs in as
        for (String service : Repo.SERVICES) {
            Map<String, String> config = PolicyChecks.containerConfig(dev, service);
            String url = config.get("QUARKUS_DATASOURCE_JDBC_URL");
            String prefix = "jdbc:postgresql://" + name(cluster) + "-rw:5432/";
            assertTrue(url != null && url.startsWith(prefix), service + ": JDBC URL " + url);
            String database = url.substring(prefix.length()).replaceAll("\\?.*", "");
            assertTrue(owners.containsKey(database), service + ": database " + database + " is created");
            String secretName = PolicyChecks.secretRef(dev, service, "QUARKUS_DATASOURCE_USERNAME");
            assertEquals(owners.get(database), decode(Overlays.get(dev, "Secret", secretName), "username"),
                    service + " logs in as the owner of " + database);
            assertEquals(secretName, roleSecrets.get(owners.get(database)),
                    service + ": its password is the role's password");
        }
    }

    @Test
    void kafkaIsAKraftClusterWithTheTwoTopics() {
        List<ObjectNode> dev = Overlays.render("dev");
        ObjectNode kafka = only(dev, "Kafka", "one Strimzi Kafka");
        assertEquals("kafka.strimzi.io/v1", apiVersion(kafka), "Strimzi 1.0 serves only the v1 API");
        // KRaft and node pools are all Strimzi's v1 API knows; its annotations for them are gone.
        JsonNode annotations = kafka.path("metadata").path("annotations");
        assertFalse(annotations.has("strimzi.io/kraft") || annotations.has("strimzi.io/node-pools"),
                "v1beta2-era annotations: " + annotations);
        assertEquals(Repo.kafkaVersion(), kafka.path("spec").path("kafka").path("version").asText(),
                "Strimzi runs the clients' Kafka version (kafka.version in pom.xml)");
        JsonNode listeners = kafka.path("spec").path("kafka").path("listeners");
        assertTrue(listeners.size() > 0, "spec.kafka.listeners");
        Integer plainPort = null;
        for (JsonNode l : listeners) {
            for (String field : List.of("name", "port", "type", "tls")) {
                assertTrue(l.has(field), "listener " + l + " lacks " + field);
            }
            if (!l.path("tls").asBoolean() && l.path("type").asText().equals("internal")) {
                plainPort = l.path("port").asInt();
            }
        }
        assertTrue(kafka.path("spec").path("entityOperator").has("topicOperator"), "the topic operator runs");

        int brokers = 0;
        Set<String> roles = new HashSet<>();
        for (ObjectNode pool : ofKind(dev, "KafkaNodePool")) {
            assertEquals("kafka.strimzi.io/v1", apiVersion(pool));
            assertEquals(name(kafka), pool.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    id(pool) + ": strimzi.io/cluster label");
            JsonNode spec = pool.path("spec");
            assertTrue(spec.path("replicas").asInt() >= 1, id(pool) + ": replicas");
            assertFalse(spec.path("storage").path("type").asText().isEmpty(), id(pool) + ": storage.type");
            List<String> poolRoles = new ArrayList<>();
            spec.path("roles").forEach(r -> poolRoles.add(r.asText()));
            assertTrue(Set.of("controller", "broker").containsAll(poolRoles) && !poolRoles.isEmpty(),
                    id(pool) + ": roles " + poolRoles);
            roles.addAll(poolRoles);
            if (poolRoles.contains("broker")) {
                brokers += spec.path("replicas").asInt();
            }
        }
        assertEquals(Set.of("controller", "broker"), roles, "KRaft needs controllers and brokers");

        Map<String, JsonNode> topics = new HashMap<>();
        for (ObjectNode topic : ofKind(dev, "KafkaTopic")) {
            assertEquals("kafka.strimzi.io/v1", apiVersion(topic));
            assertEquals(name(kafka), topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    id(topic) + ": strimzi.io/cluster label");
            JsonNode spec = topic.path("spec");
            assertTrue(spec.path("replicas").asInt() >= 1 && spec.path("replicas").asInt() <= brokers,
                    id(topic) + ": replicas within the brokers");
            topics.put(spec.path("topicName").asText(name(topic)), spec);
        }
        assertEquals(Set.of("report-events", "registry-events", "statistics-changes"), topics.keySet(), "the three topics");
        assertEquals(6, topics.get("report-events").path("partitions").asInt());
        assertEquals("-1", topics.get("report-events").path("config").path("retention.ms").asText());
        assertEquals(3, topics.get("registry-events").path("partitions").asInt());
        assertEquals("compact", topics.get("registry-events").path("config").path("cleanup.policy").asText());
        assertEquals(1, topics.get("statistics-changes").path("partitions").asInt());
        assertEquals("3600000", topics.get("statistics-changes").path("config").path("retention.ms").asText());

        for (String service : List.of("report-service", "aggregation-service")) {
            assertEquals(name(kafka) + "-kafka-bootstrap:" + plainPort,
                    PolicyChecks.containerConfig(dev, service).get("KAFKA_BOOTSTRAP_SERVERS"),
                    service + ": Strimzi's bootstrap Service");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static String decode(JsonNode secret, String key) {
        if (secret.path("stringData").has(key)) {
            return secret.path("stringData").path(key).asText();
        }
        return new String(Base64.getDecoder().decode(secret.path("data").path(key).asText()),
                StandardCharsets.UTF_8);
    }
}
