package vn.vhcs.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reading workloads out of rendered resources. */
final class PolicyChecks {

    /** The kinds that carry a pod template (or are a pod). */
    static final Set<String> WORKLOAD_KINDS = Set.of(
            "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod");

    private PolicyChecks() {
    }

    static List<ObjectNode> workloads(List<ObjectNode> resources) {
        return resources.stream().filter(r -> WORKLOAD_KINDS.contains(Overlays.kind(r))).toList();
    }

    /** The pod template's metadata+spec holder: {metadata, spec} of the pod. */
    static JsonNode podTemplate(JsonNode workload) {
        return switch (Overlays.kind(workload)) {
            case "Pod" -> workload;
            case "CronJob" -> workload.path("spec").path("jobTemplate").path("spec").path("template");
            default -> workload.path("spec").path("template");
        };
    }

    static JsonNode podSpec(JsonNode workload) {
        return podTemplate(workload).path("spec");
    }

    static JsonNode podLabels(JsonNode workload) {
        return podTemplate(workload).path("metadata").path("labels");
    }

    /** Every container, init containers included. */
    static List<JsonNode> containers(JsonNode workload) {
        List<JsonNode> all = new java.util.ArrayList<>();
        podSpec(workload).path("initContainers").forEach(all::add);
        podSpec(workload).path("containers").forEach(all::add);
        return all;
    }

    static JsonNode mainContainer(List<ObjectNode> resources, String service) {
        ObjectNode deployment = Overlays.get(resources, "Deployment", service);
        for (JsonNode c : podSpec(deployment).path("containers")) {
            if (c.path("name").asText().equals(service)) {
                return c;
            }
        }
        throw new AssertionError("Deployment/" + service + " has no container " + service);
    }

    /**
     * The plain configuration the service's container gets: its ConfigMaps (envFrom) overlaid by its literal env
     * values (what Kubernetes does). Secret references are left out.
     */
    static Map<String, String> containerConfig(List<ObjectNode> resources, String service) {
        Map<String, String> config = new LinkedHashMap<>();
        JsonNode container = mainContainer(resources, service);
        for (JsonNode from : container.path("envFrom")) {
            String cm = from.path("configMapRef").path("name").asText(null);
            if (cm != null) {
                Overlays.get(resources, "ConfigMap", cm).path("data").fields()
                        .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode env : container.path("env")) {
            if (env.has("value")) {
                config.put(env.path("name").asText(), env.path("value").asText());
            }
        }
        return config;
    }

    /** The name of the Secret a variable of the service's container is read from. */
    static String secretRef(List<ObjectNode> resources, String service, String variable) {
        for (JsonNode env : mainContainer(resources, service).path("env")) {
            if (env.path("name").asText().equals(variable)) {
                String name = env.path("valueFrom").path("secretKeyRef").path("name").asText(null);
                if (name != null) {
                    return name;
                }
            }
        }
        throw new AssertionError(service + ": " + variable + " is not read from a Secret");
    }
}
