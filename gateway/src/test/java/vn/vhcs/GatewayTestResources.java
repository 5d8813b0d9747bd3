package vn.vhcs;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import vn.vhcs.testing.GatewayTokens;
import vn.vhcs.testing.KafkaBrokerResource;
import vn.vhcs.testing.PostgresResource;

/**
 * The gateway's tests run against the real PostgreSQL and a real Kafka broker (review webhooks come
 * from report-events), with a signing key made for the run and a
 * bootstrap admin key that REST Assured sends when a test sends no key of its own.
 */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "vhcs_gateway_test"))
@QuarkusTestResource(GatewayTestResources.Keys.class)
@QuarkusTestResource(KafkaBrokerResource.class)
public class GatewayTestResources {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";

    public static class Keys implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Filter admin = (request, response, ctx) -> {
                if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                    request.header("Authorization", "Bearer " + ADMIN_KEY);
                }
                return ctx.next(request, response);
            };
            RestAssured.filters(admin);
            return Map.of("vhcs.security.signing-key", GatewayTokens.privateKeyPem(), "vhcs.security.admin-key", ADMIN_KEY);
        }

        @Override
        public void stop() {
            RestAssured.replaceFiltersWith(List.of());
        }
    }
}
