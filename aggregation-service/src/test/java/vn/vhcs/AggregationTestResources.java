package vn.vhcs;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.vhcs.testing.GatewayTokens;
import vn.vhcs.testing.KafkaBrokerResource;
import vn.vhcs.testing.PostgresResource;

/** Every test of this module runs against a real Kafka broker and the real PostgreSQL, with gateway tokens. */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GatewayTokens.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "vhcs_aggregation_test"))
public class AggregationTestResources {
}
