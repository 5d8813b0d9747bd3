package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The Link headers of paged lists reach the client: from the services, and on the gateway's own lists. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class PageLinksThroughGatewayTest {

    @Test
    void aServicesLinkHeaderReachesTheClientWithItsOwnHost() {
        given().get("/api/v1/reports/paged").then().statusCode(200)
                .header("Link", startsWith("<http://localhost:"))
                .header("Link", containsString("/api/v1/reports/paged?page=1>; rel=\"next\""));
    }

    @Test
    void aBrowserMayReadLink() {
        given().header("Origin", "https://dashboard.example.invalid").get("/api/v1/reports/paged").then()
                .statusCode(200).header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void theGatewaysOwnListsLinkToo() {
        GatewaySecurityTest.client("Cổng thử Link 1", "READER", List.of(), List.of("70"), null);
        GatewaySecurityTest.client("Cổng thử Link 2", "READER", List.of(), List.of("70"), null);
        given().get("/api/v1/clients?size=1").then().statusCode(200).body("page", equalTo(0))
                .header("Link", containsString("size=1&page=1>; rel=\"next\""))
                .header("Link", not(containsString("rel=\"prev\"")));
        given().get("/api/v1/clients?size=1&page=1").then().statusCode(200)
                .header("Link", containsString("size=1&page=0>; rel=\"prev\""));
    }
}
