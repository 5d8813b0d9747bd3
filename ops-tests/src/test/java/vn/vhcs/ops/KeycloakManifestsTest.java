package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vhcs.ops.KubernetesPolicyTest.KEYCLOAK;
import static vn.vhcs.ops.Overlays.id;
import static vn.vhcs.ops.Overlays.name;
import static vn.vhcs.ops.Overlays.ofKind;
import static vn.vhcs.ops.Overlays.selects;
import static vn.vhcs.ops.PolicyChecks.podLabels;
import static vn.vhcs.ops.PolicyChecks.podSpec;
import static vn.vhcs.ops.PolicyChecks.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keycloak in Kubernetes (k8s/components/keycloak, in both overlays): the release ./vhcs runs, in production mode,
 * importing the one realm file; the issuer in its tokens is the public URL under the Ingress's host, the gateway
 * reaches it inside the namespace; only its public paths are routed, and its traffic is what it needs. The workload
 * policies every Deployment meets (unprivileged, read-only root, requests and limits, disruption budget, graceful
 * shutdown, credentials from Secrets) are KubernetesPolicyTest's, for Keycloak too.
 */
class KeycloakManifestsTest {

    /** Keycloak's HTTP port (container and Service). */
    static final int HTTP_PORT = 8080;

    /** What browsers may reach through the Ingress or HTTPRoute: the realms' pages and static resources, no /admin. */
    static final Set<String> PUBLIC_PATHS = Set.of("/realms", "/resources");

    static final String REALM_FILE = "k8s/components/keycloak/vhcs-realm.json";
    private static final String IMPORT_DIR = "/opt/keycloak/data/import";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keycloakRunsTheReleaseOfVhcsAndImportsTheOneRealmFile(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        ObjectNode deployment = Overlays.get(resources, "Deployment", KEYCLOAK);
        JsonNode container = PolicyChecks.mainContainer(resources, KEYCLOAK);
        String where = overlay + " Deployment/" + KEYCLOAK;

        Matcher version = Pattern.compile("(?m)^KEYCLOAK_VERSION_JAVA21=(\\S+)$").matcher(Repo.read(Repo.path("vhcs")));
        assertTrue(version.find(), "vhcs names the Keycloak release it runs");
        assertEquals("quay.io/keycloak/keycloak:" + version.group(1), container.path("image").asText(),
                where + ": the release ./vhcs and docker-compose run");
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        assertFalse(args.isEmpty(), where + ": args");
        assertEquals("start", args.get(0), where + ": production mode, not start-dev: " + args);
        assertTrue(args.contains("--import-realm"), where + ": the realm is imported at start: " + args);

        String volume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(IMPORT_DIR)) {
                volume = mount.path("name").asText();
                assertTrue(mount.path("readOnly").asBoolean(false), where + ": the import directory read-only");
            }
        }
        assertNotNull(volume, where + ": a volume at " + IMPORT_DIR);
        String configMap = null;
        for (JsonNode v : podSpec(deployment).path("volumes")) {
            if (v.path("name").asText().equals(volume)) {
                configMap = v.path("configMap").path("name").asText(null);
            }
        }
        assertNotNull(configMap, where + ": the import directory is a ConfigMap");
        JsonNode data = Overlays.get(resources, "ConfigMap", configMap).path("data");
        assertEquals(List.of("vhcs-realm.json"), fieldNames(data), where + ": the ConfigMap holds the realm alone");
        assertEquals(Repo.read(Repo.path(REALM_FILE)).strip(), data.path("vhcs-realm.json").asText().strip(),
                where + ": the realm is " + REALM_FILE + " as it is (the one copy)");

        Map<String, String> config = PolicyChecks.containerConfig(resources, KEYCLOAK);
        assertEquals("postgres", config.get("KC_DB"), where + ": KC_DB");
        assertTrue(String.valueOf(config.get("KC_DB_URL")).matches("jdbc:postgresql://[^/]+/vhcs_keycloak([?].*)?"),
                where + ": its own database vhcs_keycloak: " + config.get("KC_DB_URL"));
        assertEquals("true", config.get("KC_HEALTH_ENABLED"), where + ": /health/* for the probes");
        assertEquals("true", config.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"), where + ": the gateway may use the Service");
        for (String variable : List.of("KC_DB_USERNAME", "KC_DB_PASSWORD")) {
            assertTrue(PolicyChecks.secretRef(resources, KEYCLOAK, variable).startsWith("keycloak-db"),
                    where + ": " + variable + " from the Secret keycloak-db");
        }
        assertTrue(PolicyChecks.secretRef(resources, KEYCLOAK, "KC_BOOTSTRAP_ADMIN_PASSWORD").startsWith("keycloak-admin"),
                where + ": the first admin's password from the Secret keycloak-admin");

        Map<String, String> probes = Map.of("startupProbe", "/health/started", "livenessProbe", "/health/live",
                "readinessProbe", "/health/ready");
        probes.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals(path, get.path("path").asText(null), where + ": " + probe);
            assertEquals(Repo.MANAGEMENT_PORT, KubernetesPolicyTest.containerPort(container, get.path("port")),
                    where + ": " + probe + " on the management port");
        });
    }

    /**
     * The root filesystem is read-only, yet `start` rebuilds the server into lib/quarkus: that directory is an
     * emptyDir the init container fills with the image's own files before the server starts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServerBuildsIntoAVolumeTheInitContainerFills(String overlay) {
        ObjectNode deployment = Overlays.get(Overlays.render(overlay), "Deployment", KEYCLOAK);
        String where = overlay + " Deployment/" + KEYCLOAK;
        String lib = "/opt/keycloak/lib/quarkus";
        String volume = mountAt(podSpec(deployment).path("containers").get(0), lib);
        assertNotNull(volume, where + ": a volume at " + lib);
        boolean emptyDir = false;
        for (JsonNode v : podSpec(deployment).path("volumes")) {
            emptyDir |= v.path("name").asText().equals(volume) && v.has("emptyDir");
        }
        assertTrue(emptyDir, where + ": " + lib + " is an emptyDir");
        JsonNode init = podSpec(deployment).path("initContainers").get(0);
        assertNotNull(init, where + ": an init container fills " + lib);
        String target = null;
        for (JsonNode m : init.path("volumeMounts")) {
            if (m.path("name").asText().equals(volume)) {
                target = m.path("mountPath").asText();
            }
        }
        assertNotNull(target, where + ": the init container mounts " + volume);
        assertTrue(init.path("command").toString().contains("cp -R " + lib + "/. " + target),
                where + ": the init container copies the image's " + lib + ": " + init.path("command"));
        assertEquals(podSpec(deployment).path("containers").get(0).path("image"), init.path("image"),
                where + ": from the same image");
        assertNotNull(mountAt(podSpec(deployment).path("containers").get(0), "/opt/keycloak/data"),
                where + ": a writable data directory");
    }

    /**
     * The issuer in every token is Keycloak's public URL, under the Ingress's host (https in prod); the gateway
     * fetches metadata and keys from the Keycloak Service, and tells browsers the public one; the dashboard client's
     * redirect URIs are the gateway's dashboard on the same host.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewaysIssuerIsKeycloak(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        Map<String, String> keycloak = PolicyChecks.containerConfig(resources, KEYCLOAK);
        Map<String, String> gateway = PolicyChecks.containerConfig(resources, Repo.PUBLIC_SERVICE);
        String host = nonEmpty(ofKind(resources, "Ingress").get(0).path("spec").path("rules").get(0).path("host").asText());
        String scheme = overlay.equals("prod") ? "https" : "http";
        String publicUrl = scheme + "://" + host;
        assertEquals(publicUrl, keycloak.get("KC_HOSTNAME"), overlay + ": Keycloak's public URL is the Ingress's host");
        assertEquals(publicUrl + "/dashboard", keycloak.get("VHCS_DASHBOARD_URL"), overlay + ": the dashboard's URL");
        assertEquals(publicUrl + "/realms/vhcs", gateway.get("VHCS_OIDC_PUBLIC_ISSUER"),
                overlay + ": the gateway names the issuer in the tokens");

        ObjectNode service = Overlays.get(resources, "Service", KEYCLOAK);
        int port = -1;
        for (JsonNode p : service.path("spec").path("ports")) {
            assertFalse(p.path("port").asInt() == Repo.MANAGEMENT_PORT, overlay + ": the management port has no Service");
            if (p.path("name").asText().equals("http")) {
                port = p.path("port").asInt();
                JsonNode target = p.has("targetPort") ? p.path("targetPort") : p.path("port");
                assertEquals(HTTP_PORT, KubernetesPolicyTest.containerPort(
                        PolicyChecks.mainContainer(resources, KEYCLOAK), target), overlay + ": Service/keycloak http");
            }
        }
        assertEquals("http://" + KEYCLOAK + ":" + port + "/realms/vhcs", gateway.get("VHCS_OIDC_ISSUER"),
                overlay + ": the gateway reaches the issuer through Service/keycloak");
        JsonNode selector = service.path("spec").path("selector");
        for (ObjectNode workload : workloads(resources)) {
            boolean selected = true;
            for (var e : iterable(selector)) {
                selected &= e.getValue().asText().equals(podLabels(workload).path(e.getKey()).asText(null));
            }
            assertEquals(name(workload).equals(KEYCLOAK), selected, overlay + ": Service/keycloak selects " + id(workload));
        }
    }

    /**
     * Keycloak accepts HTTP (8080) only, from anywhere like the gateway (browsers through the ingress controller);
     * its management port is opened to no one (the kubelet's probes need no rule). It may reach the cluster DNS and
     * its PostgreSQL, nothing else.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keycloaksTrafficIsWhatItNeeds(String overlay) {
        List<ObjectNode> resources = Overlays.render(overlay);
        JsonNode pods = podLabels(Overlays.get(resources, "Deployment", KEYCLOAK));
        List<JsonNode> servicePods = new ArrayList<>();
        KubernetesPolicyTest.serviceWorkloads(resources).forEach(w -> servicePods.add(podLabels(w)));
        int postgresPort = KubernetesPolicyTest.jdbcPort(PolicyChecks.containerConfig(resources, KEYCLOAK).get("KC_DB_URL"));
        JsonNode postgresPods = overlay.equals("dev") ? KubernetesPolicyTest.postgresPodLabels(resources) : null;
        Set<Integer> opened = new TreeSet<>();
        Set<String> reached = new TreeSet<>();
        for (ObjectNode policy : ofKind(resources, "NetworkPolicy")) {
            if (!selects(policy.path("spec").path("podSelector"), pods)) {
                continue;
            }
            String where = overlay + " " + id(policy);
            if (KubernetesPolicyTest.appliesTo(policy, "Ingress")) {
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    assertFalse(rule.path("ports").isEmpty(), where + ": a rule without ports opens every port");
                    rule.path("ports").forEach(p -> opened.add(p.path("port").asInt()));
                }
            }
            if (KubernetesPolicyTest.appliesTo(policy, "Egress")) {
                for (JsonNode rule : policy.path("spec").path("egress")) {
                    assertFalse(rule.path("to").isEmpty(), where + ": a rule without `to` reaches every address");
                    for (JsonNode p : rule.path("ports")) {
                        int port = p.path("port").asInt();
                        String protocol = p.path("protocol").asText("TCP");
                        for (JsonNode peer : rule.path("to")) {
                            String target = where + " to " + peer + " port " + port + "/" + protocol;
                            if (port == 53) {
                                KubernetesPolicyTest.assertDnsPeer(peer, target);
                                reached.add("dns/" + protocol);
                            } else if (port == postgresPort && protocol.equals("TCP")) {
                                KubernetesPolicyTest.assertInfrastructurePeer(peer, postgresPods, servicePods, target);
                                reached.add("postgresql");
                            } else {
                                throw new AssertionError(target + ": not something Keycloak needs");
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(HTTP_PORT), opened, overlay + ": the ports open to Keycloak's pods");
        assertEquals(Set.of("dns/UDP", "dns/TCP", "postgresql"), reached, overlay + ": what Keycloak may reach");
    }

    /** An HTTPRoute rule to Keycloak: only its public paths, only its HTTP port; false for any other rule. */
    static boolean routesToKeycloak(JsonNode rule, String where) {
        boolean keycloak = false;
        for (JsonNode backend : rule.path("backendRefs")) {
            keycloak |= backend.path("name").asText().equals(KEYCLOAK);
        }
        if (!keycloak) {
            return false;
        }
        assertEquals(1, rule.path("backendRefs").size(), where + ": Keycloak's rule leads to Keycloak alone");
        JsonNode backend = rule.path("backendRefs").get(0);
        assertEquals("Service", backend.path("kind").asText("Service"), where + ": backend kind");
        assertFalse(backend.has("namespace"), where + ": a backend in this namespace");
        assertEquals(HTTP_PORT, backend.path("port").asInt(), where + ": only Keycloak's HTTP port is routed");
        assertFalse(rule.path("matches").isEmpty(), where + ": Keycloak's rule matches paths");
        for (JsonNode match : rule.path("matches")) {
            assertEquals("PathPrefix", match.path("path").path("type").asText(), where + ": " + match);
            assertTrue(PUBLIC_PATHS.contains(match.path("path").path("value").asText()),
                    where + ": Keycloak only under its public paths, not " + match);
        }
        return true;
    }

    private static String mountAt(JsonNode container, String path) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("mountPath").asText().equals(path)) {
                return m.path("name").asText();
            }
        }
        return null;
    }

    private static String nonEmpty(String host) {
        assertFalse(host.isEmpty(), "the Ingress names its host");
        return host;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
