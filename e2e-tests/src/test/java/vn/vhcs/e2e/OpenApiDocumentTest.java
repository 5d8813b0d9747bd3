package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.vhcs.testing.ServiceProcess;

/**
 * The gateway's one OpenAPI document is what the services generate from their code, merged, plus
 * the gateway's own client endpoints and what only the gateway adds (the API key, its own answers):
 * the same operations, and for each the same parameters, request body and responses, and the same
 * schemas, so a field added to a record cannot be missing from the public document. The document
 * also passes Redocly's linter, with every example valid against its schema (redocly.yaml).
 */
@ExtendWith(RunningSystem.class)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GATEWAY_OWN = Set.of("GET /api/v1/clients", "POST /api/v1/clients",
            "GET /api/v1/clients/me",
            "DELETE /api/v1/clients/{id}", "GET /api/v1/clients/{id}/deliveries",
            "POST /api/v1/clients/{id}/deliveries/{deliveryId}/redeliver", "POST /api/v1/clients/{id}/webhook-secret",
            "GET /api/v1/clients/me/deliveries", "POST /api/v1/clients/me/deliveries/{deliveryId}/redeliver",
            "POST /api/v1/rounds/{round}/provinces/{province}/reminders");
    /** Pinned: the linter's rules change between versions. */
    private static final String REDOCLY = "@redocly/cli@2.77.0";

    @Test
    void theGatewayDocumentIsTheServicesDocumentsPlusItsOwnOperations() {
        RunningSystem system = RunningSystem.get();
        JsonNode gateway = publicDocument();
        Map<String, JsonNode> services = Map.of("report-service", serviceDocument(system.reports),
                "aggregation-service", serviceDocument(system.aggregation));

        Set<String> served = new TreeSet<>(GATEWAY_OWN);
        services.values().forEach(doc -> served.addAll(operations(doc).keySet()));
        Set<String> documented = operations(gateway).keySet();
        assertEquals(served, documented, "the gateway documents exactly the operations served behind it");

        List<String> drift = new ArrayList<>();
        services.forEach((service, doc) -> {
            Map<String, JsonNode> theirs = operations(doc);
            Map<String, JsonNode> ours = operations(gateway);
            theirs.forEach((op, operation) -> {
                JsonNode published = ours.get(op);
                for (String part : new String[] { "parameters", "requestBody", "summary", "tags" }) {
                    if (!operation.path(part).equals(published.path(part))) {
                        drift.add(service + " " + op + ": " + part);
                    }
                }
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (!response.getValue().equals(published.path("responses").path(response.getKey()))) {
                        drift.add(service + " " + op + ": response " + response.getKey());
                    }
                });
            });
            for (String section : new String[] { "schemas", "responses" }) {
                doc.path("components").path(section).fields().forEachRemaining(component -> {
                    if (!component.getValue().equals(gateway.path("components").path(section).path(component.getKey()))) {
                        drift.add(service + " components." + section + "." + component.getKey());
                    }
                });
            }
        });
        assertEquals(List.of(), drift, "published differently from what the services generate");
    }

    @Test
    void everyOperationNeedsTheApiKeyAndListsTheGatewaysOwnAnswers() {
        JsonNode gateway = publicDocument();
        assertEquals("bearer", gateway.path("components").path("securitySchemes").path("apiKey").path("scheme").asText());
        operations(gateway).forEach((op, operation) -> {
            assertEquals("[{\"apiKey\":[]}]", operation.path("security").toString(), op + ": security");
            for (String status : new String[] { "401", "403", "429", "503", "504" }) {
                assertFalse(operation.path("responses").path(status).isMissingNode(), op + ": " + status);
            }
            if (!operation.path("requestBody").isMissingNode()) {
                assertFalse(operation.path("responses").path("413").isMissingNode(), op + ": 413");
            }
        });
        for (String component : new String[] { "Unauthorized", "Forbidden", "TooManyRequests", "PayloadTooLarge",
                "ServiceUnavailable", "GatewayTimeout" }) {
            assertFalse(gateway.path("components").path("responses").path(component).isMissingNode(), component);
        }
        String text = gateway.toString();
        assertTrue(text.contains("70.SNGV") && text.contains("Bình Phước"), "examples come from the seeds");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void thePublicDocumentPassesTheLinter() throws Exception {
        Path npx = onPath("npx");
        if (npx == null) {
            if (onCi()) {
                fail("npx (npm) is missing: ./vhcs test installs it (apt-get install -y npm)");
            }
            Assumptions.abort("npx (npm) is missing: apt-get install -y npm");
        }
        Path dir = Files.createDirectories(Path.of("target", "openapi"));
        Path doc = dir.resolve("vhcs-api.json");
        Files.writeString(doc, given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString(), StandardCharsets.UTF_8);
        Path log = dir.resolve("redocly-lint.log");
        Process lint = new ProcessBuilder(npx.toString(), "--yes", REDOCLY, "lint", "--config", "redocly.yaml",
                doc.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!lint.waitFor(5, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("redocly lint did not finish in 5 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, lint.exitValue(), "redocly lint found errors:\n" + output);
    }

    private static JsonNode publicDocument() {
        return read(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
    }

    /** A service's own generated document, from its management interface. */
    private static JsonNode serviceDocument(ServiceProcess service) {
        return read(given().baseUri("http://localhost").port(service.managementPort).header("Authorization", "")
                .accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    /** "METHOD /path" → operation, for every operation under /api. */
    private static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> ops = new TreeMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (path.getKey().startsWith("/api/") && Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                ops.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return ops;
    }

    private static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
            if (candidate != null && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
