package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Closing days, reopening, and provinces' own deadlines. */
@QuarkusTest
class RoundDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.now(vn.vhcs.contract.rules.Deadlines.VIETNAM);

    private static void round(String code, LocalDate dueDate, LocalDate closesOn) {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", dueDate.toString(), "closesOn", closesOn.toString()))
                .put("/api/v1/rounds/" + code).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    private static Map<String, Object> report(String agency, String round) {
        return ReportFixtures.with(ReportFixtures.with(ReportFixtures.report(agency), "roundCode", round),
                "document.issuedOn", "2022-04-25");
    }

    @Test
    void aClosedRoundRefusesEverythingUntilReopened() {
        String code = "CLOSING-" + System.nanoTime() % 100000;
        round(code, LocalDate.of(2022, 4, 30), TODAY.plusDays(1));
        String agency = ReportFixtures.agency("70");
        String id = given().contentType(ContentType.JSON).body(report(agency, code)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        round(code, LocalDate.of(2022, 4, 30), LocalDate.of(2022, 6, 30)); // closed since 2022
        String other = ReportFixtures.agency("70");
        given().contentType(ContentType.JSON).body(report(other, code)).post("/api/v1/reports")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:vhcs:problem:round-closed"))
                .body("detail", containsString(code))
                .body("errors.field", hasItem("roundCode"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report(agency, code))
                .put("/api/v1/reports/" + id).then().statusCode(409).body("type", equalTo("urn:vhcs:problem:round-closed"));
        given().header("If-Match", "\"1\"").delete("/api/v1/reports/" + id)
                .then().statusCode(409).body("type", equalTo("urn:vhcs:problem:round-closed"));

        round(code, LocalDate.of(2022, 4, 30), TODAY.plusDays(30)); // an admin reopens it
        given().contentType(ContentType.JSON).body(report(other, code)).post("/api/v1/reports").then().statusCode(201);
        given().header("If-Match", "\"1\"").delete("/api/v1/reports/" + id).then().statusCode(200);
    }

    @Test
    void onTimeFollowsTheProvincesOwnDeadline() {
        String code = "DEADLINE-" + System.nanoTime() % 100000;
        round(code, TODAY.minusDays(1), TODAY.plusDays(10));
        String late = ReportFixtures.agency("70");
        String id = given().contentType(ContentType.JSON).body(report(late, code)).post("/api/v1/reports")
                .then().statusCode(201).body("onTime", equalTo(false)).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("dueDate", TODAY.plusDays(5).toString()))
                .put("/api/v1/rounds/" + code + "/provinces/70").then().statusCode(201)
                .body("provinceCode", equalTo("70"));
        given().get("/api/v1/reports/" + id).then().body("onTime", equalTo(true));
        given().get("/api/v1/rounds/" + code + "/provinces").then().body("items[0].dueDate",
                equalTo(TODAY.plusDays(5).toString()));
        // another province keeps the round's deadline
        String elsewhere = ReportFixtures.agency("26");
        given().contentType(ContentType.JSON).body(report(elsewhere, code)).post("/api/v1/reports")
                .then().statusCode(201).body("onTime", equalTo(false));

        given().contentType(ContentType.JSON).body(Map.of("dueDate", TODAY.plusDays(6).toString()))
                .put("/api/v1/rounds/" + code + "/provinces/70").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2019-01-01"))
                .put("/api/v1/rounds/" + code + "/provinces/70").then().statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        given().contentType(ContentType.JSON).body(Map.of("dueDate", TODAY.toString()))
                .put("/api/v1/rounds/" + code + "/provinces/03").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("dueDate", TODAY.toString()))
                .put("/api/v1/rounds/NO-ROUND/provinces/70").then().statusCode(404);
    }
}
