package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vhcs.ops.Overlays.apiVersion;
import static vn.vhcs.ops.Overlays.id;
import static vn.vhcs.ops.Overlays.kind;
import static vn.vhcs.ops.Overlays.name;
import static vn.vhcs.ops.Overlays.ofKind;

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
 * (strict), the operators' custom resources by hand (apiVersion, kind, name and the fields their operators require).
 */
class KubernetesSchemaTest {

    /** Custom resources the overlays may contain, by apiVersion/kind. */
    static final Set<String> CUSTOM_RESOURCES = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database",
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic");

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
            List<ObjectNode> namespaces = ofKind(resources, "Namespace");
            assertEquals(1, namespaces.size(), overlay + ": one Namespace");
            String ns = name(namespaces.get(0));
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
    void devHasOnlyKnownCustomResourcesAndProdNone() {
        for (String overlay : Overlays.NAMES) {
            for (ObjectNode r : Overlays.render(overlay)) {
                String type = apiVersion(r) + "/" + kind(r);
                boolean custom = CUSTOM_RESOURCES.contains(type);
                if (overlay.equals("prod")) {
                    assertFalse(custom, "prod runs no in-cluster PostgreSQL or Kafka: " + id(r));
                }
                assertTrue(custom || KubernetesSchemas.get().knows(apiVersion(r), kind(r)),
                        overlay + ": unknown resource type " + type);
            }
        }
    }

    @Test
    void postgresClusterCreatesEveryServiceDatabase() {
        List<ObjectNode> dev = Overlays.render("dev");
        List<ObjectNode> clusters = ofKind(dev, "Cluster");
        assertEquals(1, clusters.size(), "one CloudNativePG Cluster");
        ObjectNode cluster = clusters.get(0);
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
        List<ObjectNode> kafkas = ofKind(dev, "Kafka");
        assertEquals(1, kafkas.size(), "one Strimzi Kafka");
        ObjectNode kafka = kafkas.get(0);
        assertEquals("kafka.strimzi.io/v1beta2", apiVersion(kafka));
        JsonNode annotations = kafka.path("metadata").path("annotations");
        assertEquals("enabled", annotations.path("strimzi.io/kraft").asText(), "KRaft");
        assertEquals("enabled", annotations.path("strimzi.io/node-pools").asText(), "node pools");
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
            assertEquals("kafka.strimzi.io/v1beta2", apiVersion(pool));
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
            assertEquals("kafka.strimzi.io/v1beta2", apiVersion(topic));
            assertEquals(name(kafka), topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                    id(topic) + ": strimzi.io/cluster label");
            JsonNode spec = topic.path("spec");
            assertTrue(spec.path("replicas").asInt() >= 1 && spec.path("replicas").asInt() <= brokers,
                    id(topic) + ": replicas within the brokers");
            topics.put(spec.path("topicName").asText(name(topic)), spec);
        }
        assertEquals(Set.of("report-events", "registry-events"), topics.keySet(), "the two topics");
        assertEquals(6, topics.get("report-events").path("partitions").asInt());
        assertEquals("-1", topics.get("report-events").path("config").path("retention.ms").asText());
        assertEquals(3, topics.get("registry-events").path("partitions").asInt());
        assertEquals("compact", topics.get("registry-events").path("config").path("cleanup.policy").asText());

        for (String service : List.of("report-service", "aggregation-service")) {
            assertEquals(name(kafka) + "-kafka-bootstrap:" + plainPort,
                    PolicyChecks.containerConfig(dev, service).get("KAFKA_BOOTSTRAP_SERVERS"),
                    service + ": Strimzi's bootstrap Service");
        }
    }

    static String decode(JsonNode secret, String key) {
        if (secret.path("stringData").has(key)) {
            return secret.path("stringData").path(key).asText();
        }
        return new String(Base64.getDecoder().decode(secret.path("data").path(key).asText()),
                StandardCharsets.UTF_8);
    }
}
