package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.vhcs.ops.Overlays.id;
import static vn.vhcs.ops.Overlays.name;
import static vn.vhcs.ops.Overlays.ofKind;
import static vn.vhcs.ops.Overlays.only;
import static vn.vhcs.ops.Overlays.selects;
import static vn.vhcs.ops.PolicyChecks.containers;
import static vn.vhcs.ops.PolicyChecks.podLabels;
import static vn.vhcs.ops.PolicyChecks.podSpec;
import static vn.vhcs.ops.PolicyChecks.workloads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workload policy of the deployment issue, for every workload of every overlay. */
class KubernetesPolicyTest {

    /** Where the gateway sends reminders and review decisions (HTTPS), and reminder e-mails (SMTP submission). */
    private static final int WEBHOOK_PORT = 443;
    private static final int SMTP_PORT = 587;

    /** Secrets prod expects in its namespace, created outside git (docs/operations.md, "Prod"); the last two Keycloak's. */
    static final Set<String> PROD_SECRETS = Set.of(
            "report-service-db", "aggregation-service-db", "gateway-db", "gateway-admin-key", "gateway-signing-key",
            "keycloak-db", "keycloak-admin");

    /**
     * Created outside git in every overlay, dev included (docs/operations.md, "The gateway's key pair"): the gateway's
     * key pair. A private key is never committed, not even a dev-only one; the public key must match it, so it comes
     * along.
     */
    static final Set<String> SECRETS_OUTSIDE_GIT = Set.of("gateway-signing-key");
    static final Set<String> CONFIG_MAPS_OUTSIDE_GIT = Set.of("gateway-public-key");

    /** Variable names that hold credentials: only ever from a Secret, through secretKeyRef. */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE|(^|_)KEY($|_)).*");

    /**
     * The one name SECRET_NAME matches that is no secret: the gateway's public key, which report-service and
     * aggregation-service verify tokens with. It comes from a ConfigMap through configMapKeyRef, never as a literal.
     */
    static final Set<String> NOT_SECRET = Set.of("VHCS_SECURITY_PUBLIC_KEY");

    private static final Map<String, String> PROBE_PATHS = Map.of(
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready",
            "startupProbe", "/q/health/started");

    /** The three services and Keycloak (components/keycloak; KeycloakManifestsTest), nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayDeploysExactlyTheThreeServicesAndKeycloak(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        Set<String> deployed = new TreeSet<>();
        workloads(resources).forEach(w -> deployed.add(id(w)));
        Set<String> expected = new TreeSet<>();
        Repo.SERVICES.forEach(s -> expected.add("Deployment/" + s));
        expected.add("Deployment/" + KEYCLOAK);
        assertEquals(expected, deployed, overlay + ": workloads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containersRunUnprivileged(String overlay) {
        eachContainer(overlay, (workload, c) -> {
            String where = overlay + " " + id(workload) + " container " + c.path("name").asText();
            JsonNode pod = podSpec(workload).path("securityContext");
            JsonNode sc = c.path("securityContext");
            assertTrue(effective(sc, pod, "runAsNonRoot").asBoolean(false), where + ": runAsNonRoot true");
            JsonNode user = effective(sc, pod, "runAsUser");
            assertTrue(user.isMissingNode() || user.asLong() > 0, where + ": runAsUser must not be 0");
            assertTrue(sc.path("readOnlyRootFilesystem").asBoolean(false), where + ": readOnlyRootFilesystem true");
            assertTrue(sc.has("allowPrivilegeEscalation") && !sc.path("allowPrivilegeEscalation").asBoolean(),
                    where + ": allowPrivilegeEscalation false");
            assertFalse(sc.path("privileged").asBoolean(false), where + ": privileged");
            Set<String> drop = new HashSet<>();
            sc.path("capabilities").path("drop").forEach(d -> drop.add(d.asText()));
            assertTrue(drop.contains("ALL"), where + ": capabilities drop ALL");
            assertTrue(sc.path("capabilities").path("add").isEmpty(), where + ": no capability added");
            assertEquals("RuntimeDefault",
                    effective(sc.path("seccompProfile"), pod.path("seccompProfile"), "type").asText(),
                    where + ": seccompProfile RuntimeDefault");
            assertFalse(podSpec(workload).path("hostNetwork").asBoolean(false), where + ": hostNetwork");
            assertFalse(podSpec(workload).path("hostPID").asBoolean(false), where + ": hostPID");
            // a read-only root filesystem needs a writable /tmp
            boolean tmp = false;
            for (JsonNode m : c.path("volumeMounts")) {
                if (m.path("mountPath").asText().equals("/tmp")) {
                    String volume = m.path("name").asText();
                    for (JsonNode v : podSpec(workload).path("volumes")) {
                        tmp |= v.path("name").asText().equals(volume) && v.has("emptyDir");
                    }
                }
            }
            assertTrue(tmp, where + ": an emptyDir at /tmp");
        });
    }

    /**
     * Startup, liveness and readiness probes ask /q/health/* on the management port (9000, the container port named
     * "management"), the port the service is told to serve its management interface on: the HTTP port no longer
     * serves /q/health.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containersHaveTheHealthProbesOnTheManagementPort(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (String service : Repo.SERVICES) {
            JsonNode c = PolicyChecks.mainContainer(resources, service);
            String where = overlay + " Deployment/" + service + " container " + c.path("name").asText();
            assertEquals(Repo.MANAGEMENT_PORT, containerPort(c, TextNode.valueOf(Repo.MANAGEMENT_PORT_NAME)),
                    where + ": a container port named " + Repo.MANAGEMENT_PORT_NAME + ", " + Repo.MANAGEMENT_PORT);
            assertEquals(Repo.SERVICE_PORTS.get(service), containerPort(c, TextNode.valueOf("http")),
                    where + ": a container port named http, the service's HTTP port");
            assertEquals(String.valueOf(Repo.MANAGEMENT_PORT),
                    PolicyChecks.containerConfig(resources, service).get("QUARKUS_MANAGEMENT_PORT"),
                    where + ": QUARKUS_MANAGEMENT_PORT is the port the probes ask");
            PROBE_PATHS.forEach((probe, path) -> {
                JsonNode get = c.path(probe).path("httpGet");
                assertEquals(path, get.path("path").asText(null), where + ": " + probe + " path");
                assertEquals(Repo.MANAGEMENT_PORT, containerPort(c, get.path("port")),
                        where + ": " + probe + " asks the management port, not " + get.path("port"));
            });
        }
    }

    /** Annotation-based scraping, where it is declared, asks /q/metrics on the management port too. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void prometheusAnnotationsPointAtTheManagementPort(String overlay) {
        for (ObjectNode workload : workloads(Overlays.render(overlay))) {
            JsonNode annotations = PolicyChecks.podTemplate(workload).path("metadata").path("annotations");
            if (!annotations.path("prometheus.io/scrape").asText().equals("true")) {
                continue;
            }
            assertEquals(String.valueOf(Repo.MANAGEMENT_PORT), annotations.path("prometheus.io/port").asText(),
                    overlay + " " + id(workload) + ": prometheus.io/port");
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(),
                    overlay + " " + id(workload) + ": prometheus.io/path");
        }
    }

    /**
     * One ServiceMonitor selects the Services of the three services and scrapes /q/metrics on their port named
     * "management", which each Service exposes (9000) and sends to the container's management port.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServiceMonitorScrapesEveryServiceOnItsManagementPort(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        ObjectNode monitor = only(resources, "ServiceMonitor", overlay + ": one ServiceMonitor");
        String where = overlay + " " + id(monitor);
        assertEquals("monitoring.coreos.com/v1", monitor.path("apiVersion").asText(), where);
        JsonNode namespaces = monitor.path("spec").path("namespaceSelector");
        assertFalse(namespaces.path("any").asBoolean(false), where + ": not every namespace");
        if (namespaces.has("matchNames")) {
            Set<String> names = new TreeSet<>();
            namespaces.path("matchNames").forEach(n -> names.add(n.asText()));
            assertEquals(Set.of(monitor.path("metadata").path("namespace").asText()), names, where + ": its namespace");
        }
        JsonNode endpoints = monitor.path("spec").path("endpoints");
        assertFalse(endpoints.isEmpty(), where + ": endpoints");
        for (JsonNode endpoint : endpoints) {
            assertEquals(Repo.MANAGEMENT_PORT_NAME, endpoint.path("port").asText(), where + ": endpoints[].port");
            assertEquals("/q/metrics", endpoint.path("path").asText(), where + ": endpoints[].path");
            assertFalse(endpoint.has("targetPort"), where + ": the port by its name only");
        }
        Set<String> scraped = new TreeSet<>();
        for (ObjectNode service : ofKind(resources, "Service")) {
            if (selects(monitor.path("spec").path("selector"), service.path("metadata").path("labels"))) {
                scraped.add(name(service));
            }
        }
        assertEquals(new TreeSet<>(Repo.SERVICES), scraped, where + ": the Services it selects");
        for (String name : Repo.SERVICES) {
            ObjectNode service = Overlays.get(resources, "Service", name);
            JsonNode port = null;
            for (JsonNode p : service.path("spec").path("ports")) {
                if (p.path("name").asText().equals(Repo.MANAGEMENT_PORT_NAME)) {
                    port = p;
                }
            }
            assertTrue(port != null, overlay + " Service/" + name + ": a port named " + Repo.MANAGEMENT_PORT_NAME);
            assertEquals(Repo.MANAGEMENT_PORT, port.path("port").asInt(), overlay + " Service/" + name + ": its number");
            JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
            assertEquals(Repo.MANAGEMENT_PORT, containerPort(PolicyChecks.mainContainer(resources, name), target),
                    overlay + " Service/" + name + ": it leads to the container's management port");
            assertTrue(selects(wrapMatchLabels(service.path("spec").path("selector")),
                    podLabels(Overlays.get(resources, "Deployment", name))),
                    overlay + " Service/" + name + " selects the pods of Deployment/" + name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containersHaveRequestsAndLimits(String overlay) {
        eachContainer(overlay, (workload, c) -> {
            String where = overlay + " " + id(workload) + " container " + c.path("name").asText();
            for (String resource : List.of("cpu", "memory")) {
                JsonNode request = c.path("resources").path("requests").path(resource);
                JsonNode limit = c.path("resources").path("limits").path(resource);
                assertFalse(request.isMissingNode(), where + ": requests." + resource);
                assertFalse(limit.isMissingNode(), where + ": limits." + resource);
                assertTrue(quantity(request.asText()).compareTo(quantity(limit.asText())) <= 0,
                        where + ": requests." + resource + " <= limits." + resource);
            }
        });
    }

    /**
     * Every service's JVM has the sizes ./vhcs gives (JAVA_OPTS) and the serial collector (GC_CONTAINER_OPTIONS, which
     * replaces the image's ParallelGC); its memory limit holds heap, metaspace and the room beside them, and its
     * request at least the heap and that room.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasExplicitJvmSizesWithinItsMemory(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (String service : Repo.SERVICES) {
            String where = overlay + " Deployment/" + service;
            Map<String, String> config = PolicyChecks.containerConfig(resources, service);
            JvmOptions jvm = JvmOptions.parse(where + " JAVA_OPTS", String.valueOf(config.get("JAVA_OPTS")));
            assertEquals(JvmOptions.SERIAL_GC, config.get("GC_CONTAINER_OPTIONS"), where + ": the collector");
            assertEquals(JvmOptions.mallocArenaMaxOfVhcs(), config.get("MALLOC_ARENA_MAX"), where + ": malloc arenas");
            JsonNode memory = PolicyChecks.mainContainer(resources, service).path("resources");
            jvm.assertLikeVhcsAndFits(where, quantity(memory.path("limits").path("memory").asText("0")).longValue());
            assertTrue(quantity(memory.path("requests").path("memory").asText("0")).longValue()
                    >= jvm.heap() + JvmOptions.NON_HEAP_ROOM, where + ": the memory request holds the heap and room");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesArePinned(String overlay) {
        eachContainer(overlay, (workload, c) -> ComposeFileTest.assertPinned(
                overlay + " " + id(workload) + " container " + c.path("name").asText(), c.path("image").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void credentialsComeOnlyFromSecretsThroughSecretKeyRef(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        Set<String> referenced = new TreeSet<>();
        Set<String> referencedConfigMaps = new TreeSet<>();
        eachContainer(overlay, (workload, c) -> {
            String where = overlay + " " + id(workload) + " container " + c.path("name").asText();
            for (JsonNode from : c.path("envFrom")) {
                assertFalse(from.has("secretRef"), where + ": envFrom secretRef; name each secret with secretKeyRef");
                String cm = from.path("configMapRef").path("name").asText();
                ObjectNode configMap = Overlays.get(resources, "ConfigMap", cm);
                configMap.path("data").fieldNames().forEachRemaining(key -> assertFalse(
                        SECRET_NAME.matcher(key).matches(), where + ": ConfigMap " + cm + " holds " + key));
            }
            for (JsonNode env : c.path("env")) {
                String name = env.path("name").asText();
                JsonNode secretKeyRef = env.path("valueFrom").path("secretKeyRef");
                JsonNode configMapKeyRef = env.path("valueFrom").path("configMapKeyRef");
                if (NOT_SECRET.contains(name)) {
                    assertFalse(configMapKeyRef.isMissingNode(), where + ": " + name + " must come from configMapKeyRef");
                } else if (SECRET_NAME.matcher(name).matches()) {
                    assertFalse(env.has("value"), where + ": " + name + " has a literal value");
                    assertFalse(secretKeyRef.isMissingNode(), where + ": " + name + " must come from secretKeyRef");
                }
                if (!secretKeyRef.isMissingNode()) {
                    assertFalse(secretKeyRef.path("key").asText().isEmpty(), where + ": " + name + " secret key");
                    assertFalse(secretKeyRef.path("optional").asBoolean(false), where + ": " + name + " optional");
                    referenced.add(secretKeyRef.path("name").asText());
                }
                if (!configMapKeyRef.isMissingNode()) {
                    assertFalse(configMapKeyRef.path("key").asText().isEmpty(), where + ": " + name + " ConfigMap key");
                    assertFalse(configMapKeyRef.path("optional").asBoolean(false), where + ": " + name + " optional");
                    referencedConfigMaps.add(configMapKeyRef.path("name").asText());
                }
            }
        });
        Set<String> rendered = new TreeSet<>();
        ofKind(resources, "Secret").forEach(s -> rendered.add(name(s)));
        for (String outside : SECRETS_OUTSIDE_GIT) {
            assertFalse(rendered.contains(outside), overlay + ": Secret " + outside + " is created outside git");
        }
        if (overlay.equals("prod")) {
            assertEquals(Set.of(), rendered, "prod commits no Secret");
            assertEquals(new TreeSet<>(PROD_SECRETS), referenced, "the Secrets prod documents");
        } else {
            Set<String> missing = new TreeSet<>(referenced);
            missing.removeAll(rendered);
            assertEquals(SECRETS_OUTSIDE_GIT, missing, overlay + ": every referenced Secret is generated, but those"
                    + " created outside git: " + referenced + " of " + rendered);
        }
        for (String cm : referencedConfigMaps) {
            boolean outside = CONFIG_MAPS_OUTSIDE_GIT.contains(cm);
            assertEquals(!outside, Overlays.find(resources, "ConfigMap", cm).isPresent(), overlay + ": ConfigMap "
                    + cm + (outside ? " is created outside git, with its Secret" : " is not rendered"));
        }
    }

    /**
     * The gateway's key pair reaches the right containers, from the Secret and ConfigMap docs/operations.md creates:
     * without VHCS_SECURITY_SIGNING_KEY the gateway does not start; without VHCS_SECURITY_PUBLIC_KEY the services
     * answer 401 to everything.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewaysKeyPairReachesItsReaders(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (String service : Repo.SERVICES) {
            Map<String, JsonNode> env = new TreeMap<>();
            PolicyChecks.mainContainer(resources, service).path("env")
                    .forEach(e -> env.put(e.path("name").asText(), e.path("valueFrom")));
            String where = overlay + " Deployment/" + service;
            if (service.equals(Repo.PUBLIC_SERVICE)) {
                assertKeyRef(resources, env, "VHCS_SECURITY_SIGNING_KEY", "secretKeyRef", "gateway-signing-key", "signing-key", where);
                assertKeyRef(resources, env, "VHCS_ADMIN_KEY", "secretKeyRef", "gateway-admin-key", "admin-key", where);
                assertFalse(env.containsKey("VHCS_SECURITY_PUBLIC_KEY"), where + ": the gateway verifies no token");
            } else {
                assertKeyRef(resources, env, "VHCS_SECURITY_PUBLIC_KEY", "configMapKeyRef", "gateway-public-key", "public-key", where);
                assertFalse(env.containsKey("VHCS_SECURITY_SIGNING_KEY"), where + ": only the gateway holds the private key");
            }
        }
    }

    /** variable comes from kind (secretKeyRef, configMapKeyRef) name/key; or from name-HASH, if kustomize made it. */
    private static void assertKeyRef(List<ObjectNode> resources, Map<String, JsonNode> env, String variable, String kind,
            String name, String key, String where) {
        JsonNode ref = env.getOrDefault(variable, MissingNode.getInstance()).path(kind);
        assertFalse(ref.isMissingNode(), where + ": " + variable + " from " + kind + " " + name);
        String actual = ref.path("name").asText();
        String resourceKind = kind.equals("secretKeyRef") ? "Secret" : "ConfigMap";
        assertTrue(actual.equals(name) || actual.matches(Pattern.quote(name) + "-[a-z0-9]{10}")
                && Overlays.find(resources, resourceKind, actual).isPresent(),
                where + ": " + variable + " from " + resourceKind + " " + name + ", not " + actual);
        assertEquals(key, ref.path("key").asText(), where + ": " + variable + " " + kind + " key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableIsReadByTheService(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        List<String> unknown = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            JsonNode container = PolicyChecks.mainContainer(resources, service);
            Set<String> variables = new TreeSet<>(PolicyChecks.containerConfig(resources, service).keySet());
            container.path("env").forEach(e -> variables.add(e.path("name").asText()));
            for (String variable : variables) {
                if (!config.knows(variable)) {
                    unknown.add(config.unknownMessage(variable, overlay + " Deployment/" + service));
                }
            }
            Map<String, String> plain = PolicyChecks.containerConfig(resources, service);
            assertEquals(String.valueOf(Repo.SERVICE_PORTS.get(service)), plain.get("QUARKUS_HTTP_PORT"),
                    overlay + " " + service + ": QUARKUS_HTTP_PORT");
            assertEquals(String.valueOf(Repo.MANAGEMENT_PORT), plain.get("QUARKUS_MANAGEMENT_PORT"),
                    overlay + " " + service + ": QUARKUS_MANAGEMENT_PORT");
            assertTrue(plain.containsKey("QUARKUS_DATASOURCE_JDBC_URL"), overlay + " " + service + ": JDBC URL");
            if (!service.equals("gateway")) {
                assertTrue(plain.containsKey("KAFKA_BOOTSTRAP_SERVERS"), overlay + " " + service + ": Kafka");
            }
        }
        assertTrue(unknown.isEmpty(), String.join("\n", unknown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsShutDownGracefully(String overlay) {
        for (ObjectNode workload : workloads(Overlays.render(overlay))) {
            String where = overlay + " " + id(workload);
            assertTrue(podSpec(workload).path("terminationGracePeriodSeconds").asInt(30) >= 30,
                    where + ": terminationGracePeriodSeconds");
            for (JsonNode c : podSpec(workload).path("containers")) {
                assertFalse(c.path("lifecycle").path("preStop").isMissingNode(),
                        where + ": a preStop hook lets the endpoints drain");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasADisruptionBudget(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            List<ObjectNode> budgets = ofKind(resources, "PodDisruptionBudget").stream()
                    .filter(p -> selects(p.path("spec").path("selector"), podLabels(deployment))).toList();
            assertEquals(1, budgets.size(), overlay + " " + id(deployment) + ": one PodDisruptionBudget");
            JsonNode spec = budgets.get(0).path("spec");
            int replicas = deployment.path("spec").path("replicas").asInt(1);
            if (spec.has("minAvailable")) {
                assertTrue(spec.path("minAvailable").isTextual() || spec.path("minAvailable").asInt() < replicas,
                        overlay + " " + id(deployment) + ": minAvailable >= replicas blocks every drain");
            } else {
                assertTrue(spec.has("maxUnavailable"), overlay + " " + id(budgets.get(0)) + ": no budget");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceAutoscales(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (String service : Repo.SERVICES) {
            List<ObjectNode> hpas = ofKind(resources, "HorizontalPodAutoscaler").stream()
                    .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(service))
                    .toList();
            assertEquals(1, hpas.size(), overlay + " " + service + ": one HorizontalPodAutoscaler");
            ObjectNode hpa = hpas.get(0);
            assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
            JsonNode spec = hpa.path("spec");
            assertEquals("Deployment", spec.path("scaleTargetRef").path("kind").asText());
            int min = spec.path("minReplicas").asInt(1);
            int replicas = Overlays.get(resources, "Deployment", service).path("spec").path("replicas").asInt(1);
            assertTrue(min >= replicas, overlay + " " + service + ": minReplicas >= the Deployment's replicas");
            assertTrue(spec.path("maxReplicas").asInt() > min, overlay + " " + service + ": room to scale");
            assertTrue(spec.path("metrics").size() > 0, overlay + " " + service + ": metrics");
            if (service.equals("aggregation-service")) {
                assertTrue(spec.path("maxReplicas").asInt() <= 6,
                        overlay + ": no more aggregation-service replicas than report-events has partitions");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void replicasAndSpreadSuitTheEnvironment(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Overlays.get(resources, "Deployment", service);
            int replicas = deployment.path("spec").path("replicas").asInt(1);
            if (overlay.equals("dev")) {
                assertEquals(1, replicas, "dev " + service + ": one replica");
                continue;
            }
            assertTrue(replicas >= (service.equals("gateway") ? 3 : 2), "prod " + service + ": replicas " + replicas);
            JsonNode preferred = podSpec(deployment).path("affinity").path("podAntiAffinity")
                    .path("preferredDuringSchedulingIgnoredDuringExecution");
            boolean spread = false;
            for (JsonNode term : preferred) {
                JsonNode t = term.path("podAffinityTerm");
                spread |= t.path("topologyKey").asText().equals("kubernetes.io/hostname")
                        && selects(t.path("labelSelector"), podLabels(deployment));
            }
            assertTrue(spread, "prod " + service + ": preferred anti-affinity by hostname on its own pods");
        }
    }

    /**
     * Ingress is denied in the namespace unless allowed; the gateway accepts HTTP from anywhere, and
     * report-service and aggregation-service only from the gateway's pods, only on their HTTP port. The management
     * port of every service accepts only the monitoring namespace (Prometheus), and Prometheus may reach it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayReachesTheServicesAndOnlyPrometheusTheirManagementPorts(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        List<ObjectNode> policies = ofKind(resources, "NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> isEmptySelector(p.path("spec").path("podSelector"))
                && appliesToIngress(p) && p.path("spec").path("ingress").isEmpty()),
                overlay + ": a default-deny ingress NetworkPolicy for the whole namespace");

        JsonNode gatewayPods = podLabels(Overlays.get(resources, "Deployment", Repo.PUBLIC_SERVICE));
        List<JsonNode> otherPods = new ArrayList<>();
        workloads(resources).stream().filter(w -> !name(w).equals(Repo.PUBLIC_SERVICE))
                .forEach(w -> otherPods.add(podLabels(w)));

        for (ObjectNode workload : serviceWorkloads(resources)) {
            String service = name(workload);
            int port = Repo.SERVICE_PORTS.get(service);
            JsonNode container = PolicyChecks.mainContainer(resources, service);
            JsonNode labels = podLabels(workload);
            boolean fromGateway = false;
            boolean fromAnywhere = false;
            boolean fromPrometheus = false;
            for (ObjectNode policy : policies) {
                if (!appliesToIngress(policy) || !selects(policy.path("spec").path("podSelector"), labels)) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    String where = overlay + " " + id(policy) + " -> " + service;
                    assertTrue(rule.path("ports").size() > 0, where + ": a rule without ports opens every port");
                    Set<Integer> rulePorts = new TreeSet<>();
                    for (JsonNode p : rule.path("ports")) {
                        assertFalse(p.has("endPort"), where + ": no port ranges: " + p);
                        int number = containerPort(container, p.path("port"));
                        assertTrue(number == port || number == Repo.MANAGEMENT_PORT, where + ": port " + p);
                        rulePorts.add(number);
                    }
                    if (rulePorts.contains(Repo.MANAGEMENT_PORT)) {
                        assertEquals(Set.of(Repo.MANAGEMENT_PORT), rulePorts,
                                where + ": the management port in a rule of its own, not with " + rulePorts);
                        assertFalse(rule.path("from").isEmpty(), where + ": the management port open to anywhere");
                        for (JsonNode peer : rule.path("from")) {
                            assertFalse(peer.has("ipBlock"), where + ": management port open to addresses " + peer);
                            JsonNode namespaces = peer.path("namespaceSelector");
                            assertTrue(selects(namespaces, namespaceLabels(MONITORING_NAMESPACE)),
                                    where + ": management port for the namespace " + MONITORING_NAMESPACE + ": " + peer);
                            for (String other : List.of(namespaceOf(workload), "default", "kube-system", "vhcs-other")) {
                                assertFalse(selects(namespaces, namespaceLabels(other)),
                                        where + ": management port open to the namespace " + other + ": " + peer);
                            }
                        }
                        fromPrometheus = true;
                        continue;
                    }
                    if (rule.path("from").isEmpty()) {
                        fromAnywhere = true;
                        continue;
                    }
                    for (JsonNode peer : rule.path("from")) {
                        if (service.equals(Repo.PUBLIC_SERVICE)) {
                            continue; // the gateway may accept from more, it accepts from anywhere anyway
                        }
                        assertFalse(peer.has("namespaceSelector") || peer.has("ipBlock"),
                                where + ": only pods of this namespace may be allowed, not " + peer);
                        JsonNode selector = peer.path("podSelector");
                        assertTrue(selects(selector, gatewayPods), where + ": peer " + peer + " is not the gateway");
                        for (JsonNode other : otherPods) {
                            assertFalse(selects(selector, other), where + ": peer " + peer + " also selects " + other);
                        }
                        fromGateway = true;
                    }
                }
            }
            if (service.equals(Repo.PUBLIC_SERVICE)) {
                assertTrue(fromAnywhere, overlay + ": the gateway accepts HTTP from anywhere");
            } else {
                assertFalse(fromAnywhere, overlay + ": " + service + " accepts traffic from anywhere");
                assertTrue(fromGateway, overlay + ": the gateway may reach " + service);
            }
            assertTrue(fromPrometheus, overlay + ": Prometheus (namespace " + MONITORING_NAMESPACE
                    + ") may scrape the management port of " + service);
        }
    }

    /**
     * Egress is denied in the namespace unless allowed, and each service may reach only what it needs: the cluster
     * DNS (53, UDP and TCP, kube-dns in kube-system), its PostgreSQL (the port of its JDBC URL), Kafka
     * (report-service, aggregation-service: the port of the bootstrap servers), and, for the gateway, the HTTP ports
     * of report-service and aggregation-service and, by address, the portals' webhooks (443) and the SMTP relay (587).
     * dev's PostgreSQL and Kafka are the operators' pods in the namespace
     * (CloudNativePG instances, Strimzi brokers); prod's are outside the cluster, allowed by address (ipBlock).
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void egressIsDeniedButForWhatEachServiceNeeds(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        List<ObjectNode> policies = ofKind(resources, "NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> isEmptySelector(p.path("spec").path("podSelector"))
                && appliesTo(p, "Egress") && p.path("spec").path("egress").isEmpty()),
                overlay + ": a default-deny egress NetworkPolicy for the whole namespace");

        boolean inCluster = overlay.equals("dev");
        JsonNode postgresPods = inCluster ? postgresPodLabels(resources) : null;
        JsonNode kafkaPods = inCluster ? kafkaBrokerPodLabels(resources) : null;
        List<JsonNode> servicePods = new ArrayList<>();
        workloads(resources).forEach(w -> servicePods.add(podLabels(w)));

        JsonNode keycloakPods = Overlays.find(resources, "Deployment", KEYCLOAK).map(PolicyChecks::podLabels).orElse(null);
        for (ObjectNode workload : serviceWorkloads(resources)) {
            String service = name(workload);
            Map<String, String> config = PolicyChecks.containerConfig(resources, service);
            int postgresPort = jdbcPort(config.get("QUARKUS_DATASOURCE_JDBC_URL"));
            boolean usesKafka = config.containsKey("KAFKA_BOOTSTRAP_SERVERS");
            Set<Integer> kafkaPorts = usesKafka ? bootstrapPorts(config.get("KAFKA_BOOTSTRAP_SERVERS")) : Set.of();
            Set<String> reached = new TreeSet<>();
            for (ObjectNode policy : policies) {
                if (!appliesTo(policy, "Egress") || !selects(policy.path("spec").path("podSelector"), podLabels(workload))) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("egress")) {
                    String where = overlay + " " + id(policy) + ", egress of " + service;
                    assertFalse(rule.path("to").isEmpty(), where + ": a rule without `to` reaches every address");
                    assertFalse(rule.path("ports").isEmpty(), where + ": a rule without ports opens every port");
                    for (JsonNode p : rule.path("ports")) {
                        assertTrue(p.path("port").isInt(), where + ": egress ports by number: " + p);
                        assertFalse(p.has("endPort"), where + ": no port ranges: " + p);
                        int port = p.path("port").asInt();
                        String protocol = p.path("protocol").asText("TCP");
                        for (JsonNode peer : rule.path("to")) {
                            String target = where + " to " + peer + " port " + port + "/" + protocol;
                            if (port == 53) {
                                assertDnsPeer(peer, target);
                                reached.add("dns/" + protocol);
                            } else if (port == postgresPort && protocol.equals("TCP")) {
                                assertInfrastructurePeer(peer, postgresPods, servicePods, target);
                                reached.add("postgresql");
                            } else if (kafkaPorts.contains(port) && protocol.equals("TCP")) {
                                assertInfrastructurePeer(peer, kafkaPods, servicePods, target);
                                reached.add("kafka");
                            } else if (service.equals(Repo.PUBLIC_SERVICE) && Repo.SERVICE_PORTS.containsValue(port)
                                    && port != Repo.SERVICE_PORTS.get(service) && protocol.equals("TCP")) {
                                String callee = Repo.SERVICES.stream()
                                        .filter(s -> Repo.SERVICE_PORTS.get(s) == port).findFirst().orElseThrow();
                                assertFalse(peer.has("ipBlock") || peer.has("namespaceSelector"),
                                        target + ": only pods of this namespace");
                                for (ObjectNode other : workloads(resources)) {
                                    assertEquals(name(other).equals(callee),
                                            selects(peer.path("podSelector"), podLabels(other)),
                                            target + ": the pods of " + callee + " and no others (" + id(other) + ")");
                                }
                                reached.add(callee);
                            } else if (service.equals(Repo.PUBLIC_SERVICE) && keycloakPods != null
                                    && port == KeycloakManifestsTest.HTTP_PORT && protocol.equals("TCP")) {
                                // the issuer's metadata and keys
                                assertFalse(peer.has("ipBlock") || peer.has("namespaceSelector"),
                                        target + ": only pods of this namespace");
                                for (ObjectNode other : workloads(resources)) {
                                    assertEquals(name(other).equals(KEYCLOAK),
                                            selects(peer.path("podSelector"), podLabels(other)),
                                            target + ": Keycloak's pods and no others (" + id(other) + ")");
                                }
                                reached.add(KEYCLOAK);
                            } else if (service.equals(Repo.PUBLIC_SERVICE) && (port == WEBHOOK_PORT || port == SMTP_PORT)
                                    && protocol.equals("TCP")) {
                                // the portals' webhooks and the mail relay are outside the cluster
                                assertInfrastructurePeer(peer, null, servicePods, target);
                                reached.add(port == WEBHOOK_PORT ? "webhooks" : "smtp");
                            } else {
                                fail(target + ": not something " + service + " needs");
                            }
                        }
                    }
                }
            }
            Set<String> expected = new TreeSet<>(Set.of("dns/UDP", "dns/TCP", "postgresql"));
            if (usesKafka) {
                expected.add("kafka");
            }
            if (service.equals(Repo.PUBLIC_SERVICE)) {
                Repo.SERVICES.stream().filter(s -> !s.equals(service)).forEach(expected::add);
                expected.add("webhooks");
                expected.add("smtp");
                if (keycloakPods != null) {
                    expected.add(KEYCLOAK);
                }
            }
            assertEquals(expected, reached, overlay + ": what " + service + " may reach");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressLeadsOnlyToTheGateway(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        List<ObjectNode> ingresses = ofKind(resources, "Ingress");
        assertEquals(1, ingresses.size(), overlay + ": one Ingress");
        Set<String> backends = new TreeSet<>();
        for (ObjectNode ingress : ingresses) {
            JsonNode spec = ingress.path("spec");
            if (spec.has("defaultBackend")) {
                backends.add(spec.path("defaultBackend").path("service").path("name").asText("(not a service)"));
            }
            for (JsonNode rule : spec.path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    backends.add(path.path("backend").path("service").path("name").asText("(not a service)"));
                }
            }
        }
        assertEquals(Set.of(Repo.PUBLIC_SERVICE, KEYCLOAK), backends, overlay + ": Ingress backends");
        for (ObjectNode ingress : ingresses) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode port = path.path("backend").path("service").path("port");
                    if (path.path("backend").path("service").path("name").asText().equals(KEYCLOAK)) {
                        assertTrue(KeycloakManifestsTest.PUBLIC_PATHS.contains(path.path("path").asText()),
                                overlay + " " + id(ingress) + ": Keycloak only under its public paths, not "
                                        + path.path("path"));
                        assertTrue(port.path("name").asText().equals("http")
                                || port.path("number").asInt() == KeycloakManifestsTest.HTTP_PORT,
                                overlay + " " + id(ingress) + ": only Keycloak's HTTP port is routed, not " + port);
                        continue;
                    }
                    assertTrue(port.path("name").asText().equals("http")
                            || port.path("number").asInt() == Repo.SERVICE_PORTS.get(Repo.PUBLIC_SERVICE),
                            overlay + " " + id(ingress) + ": only the gateway's HTTP port is routed, not " + port);
                }
            }
        }
        ObjectNode service = Overlays.get(resources, "Service", Repo.PUBLIC_SERVICE);
        assertTrue(selects(service.path("spec").path("selector").isEmpty() ? null
                : wrapMatchLabels(service.path("spec").path("selector")),
                podLabels(Overlays.get(resources, "Deployment", Repo.PUBLIC_SERVICE))),
                overlay + ": the gateway Service selects the gateway's pods");
        for (ObjectNode s : ofKind(resources, "Service")) {
            assertFalse(Set.of("NodePort", "LoadBalancer").contains(s.path("spec").path("type").asText()),
                    overlay + " " + id(s) + ": exposed outside the cluster other than through the Ingress");
        }
    }

    /**
     * The Gateway API route leads only to the gateway's HTTP port (never its management port), for the same host as
     * the Ingress.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theHttpRouteLeadsOnlyToTheGatewaysHttpPort(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        ObjectNode route = only(resources, "HTTPRoute", overlay + ": one HTTPRoute");
        String where = overlay + " " + id(route);
        assertEquals("gateway.networking.k8s.io/v1", route.path("apiVersion").asText(), where);
        assertFalse(route.path("spec").path("parentRefs").isEmpty(), where + ": parentRefs name the Gateway");
        int httpPort = -1;
        for (JsonNode p : Overlays.get(resources, "Service", Repo.PUBLIC_SERVICE).path("spec").path("ports")) {
            if (p.path("name").asText().equals("http")) {
                httpPort = p.path("port").asInt();
            }
        }
        assertEquals((int) Repo.SERVICE_PORTS.get(Repo.PUBLIC_SERVICE), httpPort, overlay + ": the gateway Service's http port");
        int backends = 0;
        for (JsonNode rule : route.path("spec").path("rules")) {
            assertFalse(rule.path("backendRefs").isEmpty(), where + ": a rule without backends");
            if (KeycloakManifestsTest.routesToKeycloak(rule, where)) {
                continue;
            }
            for (JsonNode backend : rule.path("backendRefs")) {
                assertEquals("Service", backend.path("kind").asText("Service"), where + ": backend kind");
                assertEquals(Repo.PUBLIC_SERVICE, backend.path("name").asText(), where + ": backend");
                assertFalse(backend.has("namespace"), where + ": a backend in this namespace");
                assertEquals(httpPort, backend.path("port").asInt(), where + ": only the gateway's HTTP port is routed");
                backends++;
            }
        }
        assertTrue(backends > 0, where + ": routes somewhere");
        Set<String> ingressHosts = new TreeSet<>();
        ofKind(resources, "Ingress").forEach(i -> i.path("spec").path("rules")
                .forEach(r -> ingressHosts.add(r.path("host").asText())));
        Set<String> routeHosts = new TreeSet<>();
        route.path("spec").path("hostnames").forEach(h -> routeHosts.add(h.asText()));
        assertEquals(ingressHosts, routeHosts, where + ": the same host as the Ingress");
    }

    // ---------------------------------------------------------------------------------------------

    /** The identity provider's Deployment and Service (components/keycloak). */
    static final String KEYCLOAK = "keycloak";

    /** The workloads of the three services (not Keycloak's, whose traffic KeycloakManifestsTest checks). */
    static List<ObjectNode> serviceWorkloads(List<ObjectNode> resources) {
        return workloads(resources).stream().filter(w -> Repo.SERVICES.contains(name(w))).toList();
    }

    /** The namespace Prometheus runs in (k8s/base/network-policies.yaml). */
    static final String MONITORING_NAMESPACE = "monitoring";

    /** The container port a probe, Service or NetworkPolicy port means: a number, or a container port's name. */
    static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError("container " + container.path("name").asText() + " has no port named " + port);
    }

    /** The labels Kubernetes gives every namespace. */
    private static JsonNode namespaceLabels(String namespace) {
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    private static String namespaceOf(JsonNode resource) {
        return resource.path("metadata").path("namespace").asText();
    }

    /** DNS: CoreDNS's pods in kube-system, not an address or another namespace. */
    static void assertDnsPeer(JsonNode peer, String where) {
        assertFalse(peer.has("ipBlock"), where + ": DNS by address");
        assertTrue(selects(peer.path("namespaceSelector"), namespaceLabels("kube-system")), where + ": kube-system");
        assertFalse(selects(peer.path("namespaceSelector"), namespaceLabels("default")), where + ": only kube-system");
        ObjectNode coreDns = JsonNodeFactory.instance.objectNode();
        coreDns.put("k8s-app", "kube-dns");
        assertTrue(peer.has("podSelector") && selects(peer.path("podSelector"), coreDns),
                where + ": CoreDNS's pods (k8s-app: kube-dns)");
        ObjectNode other = JsonNodeFactory.instance.objectNode();
        other.put("k8s-app", "metrics-server");
        assertFalse(selects(peer.path("podSelector"), other), where + ": only CoreDNS's pods");
    }

    /**
     * PostgreSQL or Kafka: in dev the operator's pods of this namespace with these labels (and no pod of vhcs), in
     * prod (pods == null) external addresses, never every address.
     */
    static void assertInfrastructurePeer(JsonNode peer, JsonNode pods, List<JsonNode> servicePods, String where) {
        if (pods == null) {
            assertTrue(peer.has("ipBlock") && peer.size() == 1, where + ": outside the cluster, by address");
            String cidr = peer.path("ipBlock").path("cidr").asText();
            assertTrue(cidr.matches("[0-9.]+/[0-9]+|[0-9a-fA-F:]+/[0-9]+"), where + ": a CIDR: " + cidr);
            assertFalse(cidr.endsWith("/0"), where + ": every address: " + cidr);
            return;
        }
        assertFalse(peer.has("ipBlock") || peer.has("namespaceSelector"), where + ": the pods of this namespace");
        assertTrue(selects(peer.path("podSelector"), pods), where + ": the operator's pods " + pods);
        for (JsonNode service : servicePods) {
            assertFalse(selects(peer.path("podSelector"), service), where + ": also selects " + service);
        }
    }

    /** The labels CloudNativePG gives the instances of the dev Cluster. */
    static JsonNode postgresPodLabels(List<ObjectNode> resources) {
        ObjectNode cluster = only(resources, "Cluster", "one CloudNativePG Cluster");
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        labels.put("cnpg.io/cluster", name(cluster));
        labels.put("cnpg.io/podRole", "instance");
        labels.put("cnpg.io/instanceRole", "primary");
        labels.put("role", "primary");
        return labels;
    }

    /** The labels Strimzi gives the brokers of the dev Kafka (the pool with the broker role). */
    private static JsonNode kafkaBrokerPodLabels(List<ObjectNode> resources) {
        String cluster = name(only(resources, "Kafka", "one Strimzi Kafka"));
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        labels.put("strimzi.io/cluster", cluster);
        labels.put("strimzi.io/kind", "Kafka");
        labels.put("strimzi.io/name", cluster + "-kafka");
        labels.put("strimzi.io/broker-role", "true");
        for (ObjectNode pool : ofKind(resources, "KafkaNodePool")) {
            List<String> roles = new ArrayList<>();
            pool.path("spec").path("roles").forEach(r -> roles.add(r.asText()));
            if (roles.contains("broker")) {
                labels.put("strimzi.io/pool-name", name(pool));
                labels.put("strimzi.io/controller-role", String.valueOf(roles.contains("controller")));
            }
        }
        return labels;
    }

    static int jdbcPort(String url) {
        Matcher m = Pattern.compile("jdbc:postgresql://[^/:]+(?::(\\d+))?/.*").matcher(String.valueOf(url));
        assertTrue(m.matches(), "a PostgreSQL JDBC URL: " + url);
        return m.group(1) == null ? 5432 : Integer.parseInt(m.group(1));
    }

    static Set<Integer> bootstrapPorts(String servers) {
        Set<Integer> ports = new TreeSet<>();
        for (String server : servers.split(",")) {
            Matcher m = Pattern.compile("[^:]+:(\\d+)").matcher(server.trim());
            assertTrue(m.matches(), "host:port in KAFKA_BOOTSTRAP_SERVERS: " + servers);
            ports.add(Integer.parseInt(m.group(1)));
        }
        return ports;
    }

    private static void eachContainer(String overlay, BiConsumer<ObjectNode, JsonNode> check) {
        for (ObjectNode workload : workloads(Overlays.render(overlay))) {
            for (JsonNode c : containers(workload)) {
                check.accept(workload, c);
            }
        }
    }

    /** A container setting, else the pod's. */
    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }

    private static boolean isEmptySelector(JsonNode selector) {
        return selector.isObject() && selector.path("matchLabels").isEmpty()
                && selector.path("matchExpressions").isEmpty();
    }

    private static boolean appliesToIngress(JsonNode policy) {
        return appliesTo(policy, "Ingress");
    }

    /** Whether the policy governs that direction: its policyTypes, else Ingress always and Egress with egress rules. */
    static boolean appliesTo(JsonNode policy, String direction) {
        JsonNode types = policy.path("spec").path("policyTypes");
        if (types.isMissingNode() || types.isEmpty()) {
            return direction.equals("Ingress") || policy.path("spec").has("egress");
        }
        for (JsonNode t : types) {
            if (t.asText().equals(direction)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode wrapMatchLabels(JsonNode labels) {
        ObjectNode selector = JsonNodeFactory.instance.objectNode();
        selector.set("matchLabels", labels);
        return selector;
    }

    /** A Kubernetes quantity in base units (cores, bytes), enough to compare requests with limits. */
    static BigDecimal quantity(String q) {
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
            {"m", "0.001"}, {"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}, {"T", "1000000000000"}};
        for (String[] s : suffixes) {
            if (q.endsWith(s[0])) {
                return new BigDecimal(q.substring(0, q.length() - s[0].length())).multiply(new BigDecimal(s[1]));
            }
        }
        return new BigDecimal(q);
    }
}
