package vn.vhcs.gateway.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.vhcs.common.openapi.ProblemResponses;

/**
 * What the gateway adds to every public operation, whichever service's generated document it comes
 * from: the API key (bearer) requirement and the answers the gateway gives itself before
 * forwarding — 401 (no or bad key), 403 (role or scope), 429 (rate limit), 413 (body over 256 KiB),
 * 503 and 504 (the service cannot be reached or is too slow), as the shared problem responses
 * ({@link vn.vhcs.common.openapi.ProblemResponses}) describe them. The scheme itself is declared
 * in META-INF/openapi.yaml.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublicApi implements OASFilter {

    static final String SCHEME = "apiKey";


    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(PublicApi::secure);
            }
        });
    }

    private static void secure(Operation operation) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        ProblemResponses.everyCallMayAnswer(operation);
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "403", ProblemResponses.FORBIDDEN);
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
