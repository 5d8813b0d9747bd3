package vn.vhcs.testing;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the management interface of the service under test (health, metrics), which is not
 * the public HTTP port: {@code quarkus.management.test-port} of the service's test profile (a fixed
 * port per module, away from the ports ./vhcs up uses).
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }
}
