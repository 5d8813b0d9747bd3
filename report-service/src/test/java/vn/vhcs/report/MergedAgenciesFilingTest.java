package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.testing.GatewayTokens;

/**
 * Since 1 July 2025 many Sở have merged: a report is taken for every round the agency lived in (one day of the
 * round's period is enough), and the merged Sở's portal files the reports of the Sở it absorbed. The 2022 sơ kết
 * round (14/6/2019–31/3/2022) and a Bình Phước (70) Sở dissolved on 30/6/2025 into an Đồng Nai (75) Sở.
 */
@QuarkusTest
class MergedAgenciesFilingTest {

    private String successor;
    private String dissolved;

    @BeforeEach
    void mergedSo() {
        ReportFixtures.round();
        successor = agency("75", "validFrom", "2025-07-01");
        dissolved = agency("70", "validFrom", "2008-08-01", "validTo", "2025-06-30", "successorCode", successor);
    }

    private static String agency(String province, String... fields) {
        String code = province + ".M" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Sở thử " + code, "kind", "PROVINCIAL_DEPARTMENT",
                "provinceCode", province));
        for (int i = 0; i < fields.length; i += 2) {
            body.put(fields[i], fields[i + 1]);
        }
        given().contentType(ContentType.JSON).body(body).put("/api/v1/agencies/" + code).then().statusCode(201);
        return code;
    }

    private static io.restassured.response.ValidatableResponse submit(String agency, String token) {
        return given().contentType(ContentType.JSON).header("Authorization", GatewayTokens.bearer(token))
                .body(ReportFixtures.report(agency)).post("/api/v1/reports").then();
    }

    @Test
    void aDissolvedAgencyFilesForARoundItLivedIn() {
        submit(dissolved, GatewayTokens.admin("board-admin")).statusCode(201)
                .body("agencyCode", equalTo(dissolved)).body("provinceCode", equalTo("70"));
    }

    @Test
    void anAgencyThatDidNotExistDuringThePeriodCannotFile() {
        // the merged Sở began on 1/7/2025: the 2022 sơ kết is not its round
        submit(successor, GatewayTokens.admin("board-admin")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("agencyCode"))
                .body("errors[0].message", containsString("2019-06-14"));
        // one day inside the period is enough: dissolved on the period's first day
        String oneDay = agency("70", "validFrom", "2008-08-01", "validTo", "2019-06-14");
        submit(oneDay, GatewayTokens.admin("board-admin")).statusCode(201);
    }

    @Test
    void theSuccessorsPortalFilesAndReadsTheAbsorbedAgencysReports() {
        String successorsPortal = GatewayTokens.submitter("portal-dong-nai", List.of(successor), List.of());
        String id = submit(dissolved, successorsPortal).statusCode(201).extract().path("id");
        given().header("Authorization", GatewayTokens.bearer(successorsPortal)).get("/api/v1/reports/" + id)
                .then().statusCode(200).body("agencyCode", equalTo(dissolved));
        given().header("Authorization", GatewayTokens.bearer(successorsPortal))
                .get("/api/v1/reports?agency=" + dissolved).then().statusCode(200).body("items.id", equalTo(List.of(id)));

        // followed transitively: a Sở the absorbed one had itself absorbed earlier
        String older = agency("70", "validFrom", "2008-08-01", "validTo", "2021-12-31", "successorCode", dissolved);
        submit(older, successorsPortal).statusCode(201);

        // a portal of another agency is refused, and does not see them
        String other = agency("75");
        String othersPortal = GatewayTokens.submitter("portal-other", List.of(other), List.of());
        String third = agency("70", "validFrom", "2008-08-01", "validTo", "2025-06-30", "successorCode", successor);
        submit(third, othersPortal).statusCode(403);
        given().header("Authorization", GatewayTokens.bearer(othersPortal)).get("/api/v1/reports/" + id)
                .then().statusCode(404);
        // and the absorbed Sở's portal does not act for its successor
        String absorbedPortal = GatewayTokens.submitter("portal-binh-phuoc", List.of(dissolved), List.of());
        given().header("Authorization", GatewayTokens.bearer(absorbedPortal))
                .get("/api/v1/reports?agency=" + older).then().statusCode(200).body("items.id.size()", equalTo(1));
        submit(third, absorbedPortal).statusCode(403);
    }
}
