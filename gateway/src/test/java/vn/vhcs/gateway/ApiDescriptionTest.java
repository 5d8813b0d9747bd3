package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.common.security.Role;

/** The served document's description names every role a key can have, so a portal reads what each may do. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class ApiDescriptionTest {

    @Test
    void everyRoleIsDescribed() {
        String description = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("info.description");
        for (Role role : Role.values()) {
            assertTrue(description.contains("- `" + role + "`"), role + " is described under Roles and scopes");
        }
    }
}
