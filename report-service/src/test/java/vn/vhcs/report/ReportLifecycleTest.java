package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.vhcs.report.ReportFixtures.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.vhcs.testing.GatewayTokens;
import io.restassured.http.ContentType;

/** Revisions, withdrawals, re-submissions and the audit trail. */
@QuarkusTest
class ReportLifecycleTest {

    private String agency;
    private String id;

    @BeforeEach
    void submitted() {
        agency = ReportFixtures.roundAndAgency("70");
        id = given().contentType(ContentType.JSON).header("Authorization", GatewayTokens.bearer(GatewayTokens.admin("portal-a")))
                .body(ReportFixtures.report(agency)).post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> revised() {
        return with(ReportFixtures.report(agency), "workforce.total", 25);
    }

    @Test
    void aRevisionWithTheCurrentETagMakesANewVersion() {
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Authorization", GatewayTokens.bearer(GatewayTokens.admin("portal-b")))
                .body(revised()).put("/api/v1/reports/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("status", equalTo("REVISED"))
                .body("workforce.total", equalTo(25));
        given().get("/api/v1/reports/" + id).then().header("ETag", "\"2\"").body("workforce.total", equalTo(25));
    }

    @Test
    void aStaleETagIs412AndAMissingOneIs428() {
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(revised()).put("/api/v1/reports/" + id)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(revised()).put("/api/v1/reports/" + id)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", "\"2\"");
        given().contentType(ContentType.JSON).body(revised()).put("/api/v1/reports/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"1\"").delete("/api/v1/reports/" + id).then().statusCode(412);
        given().delete("/api/v1/reports/" + id).then().statusCode(428);
        given().get("/api/v1/reports/" + id).then().body("version", equalTo(2));
    }

    @Test
    void agencyAndRoundCannotChange() {
        String other = ReportFixtures.agency("70");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(with(revised(), "agencyCode", other)).put("/api/v1/reports/" + id)
                .then().statusCode(422).body("errors.field", hasItem("agencyCode"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(with(revised(), "roundCode", "TONG-KET-2025")).put("/api/v1/reports/" + id)
                .then().statusCode(422).body("errors.field", hasItem("roundCode"));
        given().get("/api/v1/reports/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aRevisionIsValidatedLikeASubmission() {
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(with(revised(), "workforce.participating", 26)).put("/api/v1/reports/" + id)
                .then().statusCode(400).body("errors.field", hasItem("workforce.participating"));
        given().get("/api/v1/reports/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aWithdrawalKeepsTheReportAndItsHistoryAndItCanBeSubmittedAgain() {
        given().header("If-Match", "\"1\"").header("Authorization", GatewayTokens.bearer(GatewayTokens.admin("portal-c"))).delete("/api/v1/reports/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("WITHDRAWN")).body("version", equalTo(2));
        given().get("/api/v1/reports/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().get("/api/v1/reports?agency=" + agency + "&status=WITHDRAWN").then().body("total", equalTo(1));
        given().header("If-Match", "\"2\"").delete("/api/v1/reports/" + id).then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(revised()).put("/api/v1/reports/" + id)
                .then().statusCode(409);

        given().contentType(ContentType.JSON).body(revised()).post("/api/v1/reports")
                .then().statusCode(201).header("Location", endsWith("/api/v1/reports/" + id))
                .header("ETag", "\"3\"")
                .body("id", equalTo(id)).body("version", equalTo(3)).body("status", equalTo("SUBMITTED"))
                .body("workforce.total", equalTo(25));

        given().get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.version", equalTo(List.of(1, 2, 3)))
                .body("items.status", equalTo(List.of("SUBMITTED", "WITHDRAWN", "SUBMITTED")))
                .body("items.actedBy", equalTo(List.of("portal-a", "portal-c", "test-admin")))
                .body("items[0].at", notNullValue())
                .body("items[1].changedFields", equalTo(List.of("status")))
                .body("items[2].changedFields", equalTo(List.of("status", "workforce")));
    }

    @Test
    void theAuditTrailNamesTheTopLevelFieldsARevisionChanged() {
        Map<String, Object> changed = with(with(revised(), "narrative.lessons", "Bài học mới"), "models", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put("/api/v1/reports/" + id)
                .then().statusCode(200);
        given().get("/api/v1/reports/" + id + "/versions").then()
                .body("items", hasSize(2))
                .body("items[0].changedFields", hasItem("agencyCode"))
                .body("items[1].changedFields", equalTo(List.of("models", "narrative", "workforce")));
        given().get("/api/v1/reports/00000000-0000-4000-8000-000000000000/versions").then().statusCode(404);
    }
}
