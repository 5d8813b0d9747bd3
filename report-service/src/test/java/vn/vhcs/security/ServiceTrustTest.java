package vn.vhcs.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.GatewayTokens;

/** report-service trusts only the gateway's tokens, and checks the scope they carry again. */
@QuarkusTest
class ServiceTrustTest {

    private String mine;
    private String theirs;
    private String theirReport;

    @BeforeEach
    void data() {
        mine = ReportFixtures.roundAndAgency("70");
        theirs = ReportFixtures.agency("26");
        theirReport = given().contentType(ContentType.JSON).body(ReportFixtures.report(theirs)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
    }

    private static String submitter(String agency) {
        return GatewayTokens.bearer(GatewayTokens.submitter("portal-70", List.of(agency), List.of()));
    }

    @Test
    void withoutAValidTokenFromTheGatewayEverythingIs401() {
        for (String auth : new String[] { "", "Bearer " + GatewayTokens.forged(), "Bearer " + GatewayTokens.expired(),
                "Bearer vhcs_abcdefghij_notatoken" }) {
            given().header("Authorization", auth).get("/api/v1/reports").then().statusCode(401)
                    .contentType("application/problem+json");
            given().header("Authorization", auth).get("/api/v1/provinces").then().statusCode(401);
            given().header("Authorization", auth).contentType(ContentType.JSON).body(ReportFixtures.report(mine))
                    .post("/api/v1/reports").then().statusCode(401);
        }
        // probes and Prometheus need no token: they reach the management interface, not the API port
        vn.vhcs.testing.ManagementInterface.given().header("Authorization", "").get("/q/health/ready").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(503)));
        vn.vhcs.testing.ManagementInterface.given().header("Authorization", "").get("/q/metrics").then().statusCode(200);
        given().header("Authorization", "").get("/q/metrics").then().statusCode(org.hamcrest.Matchers.not(200));
    }

    @Test
    void aSubmitterActsForItsAgenciesOnly() {
        given().header("Authorization", submitter(mine)).contentType(ContentType.JSON)
                .body(ReportFixtures.report(mine)).post("/api/v1/reports").then().statusCode(201);
        given().header("Authorization", submitter(mine)).contentType(ContentType.JSON)
                .body(ReportFixtures.report(theirs)).post("/api/v1/reports").then().statusCode(403);
        // another agency's report: not even its existence shows
        given().header("Authorization", submitter(mine)).get("/api/v1/reports/" + theirReport).then().statusCode(404);
        given().header("Authorization", submitter(mine)).get("/api/v1/reports/" + theirReport + "/versions")
                .then().statusCode(404);
        given().header("Authorization", submitter(mine)).header("If-Match", "\"1\"")
                .delete("/api/v1/reports/" + theirReport).then().statusCode(403);
        given().header("Authorization", submitter(mine)).get("/api/v1/reports?size=200").then().statusCode(200)
                .body("items.agencyCode", everyItem(equalTo(mine)));
        given().get("/api/v1/reports/" + theirReport).then().statusCode(200);
    }

    @Test
    void aProvinceSubmitterActsForEveryAgencyOfItsProvince() {
        String token = GatewayTokens.bearer(GatewayTokens.submitter("portal-26", List.of(), List.of("26")));
        given().header("Authorization", token).get("/api/v1/reports/" + theirReport).then().statusCode(200);
        given().header("Authorization", token).header("If-Match", "\"1\"").delete("/api/v1/reports/" + theirReport)
                .then().statusCode(200);
        given().header("Authorization", token).contentType(ContentType.JSON).body(ReportFixtures.report(mine))
                .post("/api/v1/reports").then().statusCode(403);
    }

    @Test
    void readersReadReportsOfTheirProvincesOnlyIfGranted() {
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.reader("board-26", List.of("26"), false)))
                .get("/api/v1/reports").then().statusCode(403);
        String granted = GatewayTokens.bearer(GatewayTokens.reader("board-26", List.of("26"), true));
        given().header("Authorization", granted).get("/api/v1/reports/" + theirReport).then().statusCode(200);
        given().header("Authorization", granted).get("/api/v1/reports?size=200").then()
                .body("items.provinceCode", everyItem(equalTo("26"))).body("items.id", hasItem(theirReport));
        given().header("Authorization", granted).contentType(ContentType.JSON).body(ReportFixtures.report(theirs))
                .post("/api/v1/reports").then().statusCode(403);
        String elsewhere = GatewayTokens.bearer(GatewayTokens.reader("board-70", List.of("70"), true));
        given().header("Authorization", elsewhere).get("/api/v1/reports/" + theirReport).then().statusCode(404);
        given().header("Authorization", elsewhere).get("/api/v1/reports?size=200").then()
                .body("items.id", not(hasItem(theirReport)));
    }

    @Test
    void registryWritesAreForAdminsAndTheActingClientIsRecorded() {
        given().header("Authorization", submitter(mine)).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "OFFICE", "provinceCode", "70"))
                .put("/api/v1/agencies/70.NEW").then().statusCode(403);
        given().header("Authorization", submitter(mine)).get("/api/v1/agencies/" + mine).then().statusCode(200);
        String id = given().header("Authorization", submitter(mine)).contentType(ContentType.JSON)
                .body(ReportFixtures.report(mine)).post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().get("/api/v1/reports/" + id + "/versions").then().body("items[0].actedBy", equalTo("portal-70"));
    }
}
