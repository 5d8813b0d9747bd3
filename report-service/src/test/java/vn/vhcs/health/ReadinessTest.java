package vn.vhcs.health;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.testing.ReadinessChecks;

/** Readiness of this service follows its database and Kafka. */
@QuarkusTest
class ReadinessTest extends ReadinessChecks {
}
