package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * The gateway's one OpenAPI document describes exactly the API it serves: every operation the
 * services expose behind it (as their own generated documents say) and the gateway's own client
 * endpoints, no more, no less; with the bearer scheme and problem responses.
 */
@ExtendWith(RunningSystem.class)
class OpenApiDocumentTest {

    static final Set<String> GATEWAY_OWN = Set.of("GET /api/v1/clients", "POST /api/v1/clients",
            "DELETE /api/v1/clients/{id}");

    @Test
    void theGatewayDocumentMatchesTheRoutesItServes() {
        RunningSystem system = RunningSystem.get();
        JsonPath gateway = document(system.gateway);
        Set<String> served = new TreeSet<>(GATEWAY_OWN);
        served.addAll(operations(document(system.reports)));
        served.addAll(operations(document(system.aggregation)));
        Set<String> documented = operations(gateway);
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(served);
        assertEquals(Set.of(), missing, "served but not documented");
        assertEquals(Set.of(), extra, "documented but not served");

        assertEquals("bearer", gateway.getString("components.securitySchemes.apiKey.scheme"));
        Map<String, Object> responses = gateway.getMap("components.responses");
        for (String problem : new String[] { "BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict",
                "PreconditionFailed", "PayloadTooLarge", "Unprocessable", "PreconditionRequired", "TooManyRequests",
                "ServiceUnavailable" }) {
            assertNotNull(responses.get(problem), problem);
        }
        String text = given().accept("application/json").get("/q/openapi").asString();
        assertTrue(text.contains("70.SNGV") && text.contains("Bình Phước"), "examples come from the seeds");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonPath document(ServiceProcess service) {
        return given().baseUri("http://localhost").port(service.port).header("Authorization", "")
                .accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    /** "METHOD /path" for every operation under /api. */
    private static Set<String> operations(JsonPath doc) {
        Set<String> ops = new TreeSet<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.keySet().forEach(method -> {
            if (path.startsWith("/api/") && Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                ops.add(method.toUpperCase() + " " + path);
            }
        }));
        return ops;
    }
}
