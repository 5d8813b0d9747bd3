package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.GatewayTokens;

/**
 * Ministries and central agencies (QĐ 733 covers them) have no province: codes {@code TW.<…>}, kinds
 * {@code MINISTRY} and {@code CENTRAL_AGENCY}. They register and report like any agency.
 */
@QuarkusTest
class CentralBodiesTest {

    private static Map<String, Object> body(String kind, String province) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Bộ Nội vụ", "kind", kind));
        if (province != null) {
            body.put("provinceCode", province);
        }
        return body;
    }

    private static String code() {
        return "TW.BNV" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aMinistryRegistersWithoutAProvinceAndReports() {
        String ministry = code();
        given().contentType(ContentType.JSON).body(body("MINISTRY", null)).put("/api/v1/agencies/" + ministry)
                .then().statusCode(201).body("kind", equalTo("MINISTRY")).body("provinceCode", nullValue());
        ReportFixtures.round();
        given().contentType(ContentType.JSON).header("Authorization", GatewayTokens.bearer(
                GatewayTokens.submitter("bo-noi-vu-portal", List.of(ministry), List.of())))
                .body(ReportFixtures.report(ministry)).post("/api/v1/reports").then().statusCode(201)
                .body("agencyCode", equalTo(ministry)).body("provinceCode", nullValue());
        // a province's portal does not act for it
        given().contentType(ContentType.JSON).header("Authorization", GatewayTokens.bearer(
                GatewayTokens.submitter("province-portal", List.of(), List.of("70"))))
                .body(ReportFixtures.report(ministry)).post("/api/v1/reports").then().statusCode(403);
    }

    @Test
    void theRulesBetweenKindProvinceAndCodeAreListedAtOnce() {
        given().contentType(ContentType.JSON).body(body("CENTRAL_AGENCY", "70")).put("/api/v1/agencies/70.BHXH")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("provinceCode")).body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON).body(body("PROVINCIAL_DEPARTMENT", null))
                .put("/api/v1/agencies/70.X" + UUID.randomUUID().toString().substring(0, 6)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("provinceCode")));
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,provinceCode\n" + code() + ",Bảo hiểm xã hội Việt Nam,CENTRAL_AGENCY,\n")
                .post("/api/v1/agencies:import").then().statusCode(200).body("created", equalTo(1));
    }
}
