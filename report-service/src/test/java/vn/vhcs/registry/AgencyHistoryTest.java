package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.contract.rules.Deadlines;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.GatewayTokens;

/**
 * The registry in valid time: a PUT describes the agency from a day on and keeps its earlier states;
 * its history and its state on a day can be read; a report takes the province the agency was in at
 * the end of the round's period. A Bình Phước (70) Sở that moved to Đồng Nai (75) on 1 July 2025.
 */
@QuarkusTest
class AgencyHistoryTest {

    private static Map<String, Object> body(String province, String bloc, int staffing, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Sở Văn hóa, Thể thao và Du lịch", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", province, "blocCode", bloc, "staffing", staffing,
                "validFrom", "2008-08-01"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static void put(String code, Map<String, Object> body, int status) {
        given().contentType(ContentType.JSON).body(body).put("/api/v1/agencies/" + code).then().statusCode(status);
    }

    @Test
    void aChangeTakesEffectFromItsDayAndTheEarlierStatesStay() {
        String code = "70.H" + UUID.randomUUID().toString().substring(0, 8);
        put(code, body("70", "TĐS3", 40), 201);
        put(code, body("75", "TĐS1", 55, "effectiveFrom", "2025-07-01"), 200);

        given().get("/api/v1/agencies/" + code).then().statusCode(200)
                .body("provinceCode", equalTo("75")).body("blocCode", equalTo("TĐS1")).body("staffing", equalTo(55));
        given().get("/api/v1/agencies/" + code + "?on=2022-03-31").then().statusCode(200)
                .body("provinceCode", equalTo("70")).body("blocCode", equalTo("TĐS3")).body("staffing", equalTo(40))
                .body("effectiveFrom", nullValue()).body("effectiveTo", equalTo("2025-06-30"));
        given().get("/api/v1/agencies/" + code + "?on=2025-07-01").then().statusCode(200)
                .body("provinceCode", equalTo("75")).body("effectiveFrom", equalTo("2025-07-01"))
                .body("effectiveTo", nullValue());
        given().get("/api/v1/agencies/" + code + "/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("provinceCode", contains("70", "75"))
                .body("effectiveFrom", contains(null, "2025-07-01"))
                .body("effectiveTo", contains("2025-06-30", null));

        // the same day again replaces that state; a day between adds one, the later one stays
        put(code, body("75", "TĐS2", 55, "effectiveFrom", "2025-07-01"), 200);
        put(code, body("70", "TĐS4", 42, "effectiveFrom", "2024-01-01"), 200);
        given().get("/api/v1/agencies/" + code + "/history").then().statusCode(200)
                .body("blocCode", contains("TĐS3", "TĐS4", "TĐS2"))
                .body("effectiveTo", contains("2023-12-31", "2025-06-30", null));
        // the agency row is the state in force today
        given().get("/api/v1/agencies?province=75&size=200").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.blocCode", equalTo("TĐS2"));
    }

    @Test
    void aDayNotYetComeIsRefusedAndNothingIsStored() {
        String code = "70.H" + UUID.randomUUID().toString().substring(0, 8);
        put(code, body("70", "TĐS3", 40), 201);
        String tomorrow = LocalDate.now(Deadlines.VIETNAM).plusDays(1).toString();
        given().contentType(ContentType.JSON).body(body("75", "TĐS1", 55, "effectiveFrom", tomorrow))
                .put("/api/v1/agencies/" + code).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("effectiveFrom")));
        given().get("/api/v1/agencies/" + code + "/history").then().body("$", hasSize(1));
        given().get("/api/v1/agencies/" + code + "?on=someday").then().statusCode(400);
        given().get("/api/v1/agencies/70.NOBODY/history").then().statusCode(404);
    }

    @Test
    void theCsvImportTakesTheEffectiveDay() {
        String code = "70.H" + UUID.randomUUID().toString().substring(0, 8);
        put(code, body("70", "TĐS3", 40), 201);
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,provinceCode,blocCode,staffing,validFrom,effectiveFrom\n" + code
                        + ",Sở Văn hóa,PROVINCIAL_DEPARTMENT,75,TĐS1,55,2008-08-01,2025-07-01\n")
                .post("/api/v1/agencies:import").then().statusCode(200).body("updated", equalTo(1));
        given().get("/api/v1/agencies/" + code + "/history").then().statusCode(200)
                .body("provinceCode", contains("70", "75"));
    }

    @Test
    void aSoDissolvedWithItsProvinceFilesItsTongKetInTheProvinceThatTookItOver() {
        String round = "TK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("kind", "FINAL_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2025-09-30", "dueDate", "2025-10-31", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(201);
        String code = "70.H" + UUID.randomUUID().toString().substring(0, 8);
        put(code, body("70", "TĐS3", 40, "validTo", "2025-06-30"), 201);
        Map<String, Object> report = new HashMap<>(ReportFixtures.report(code));
        report.put("roundCode", round);
        given().contentType(ContentType.JSON).header("Authorization", GatewayTokens.bearer(GatewayTokens.admin("admin")))
                .body(report).post("/api/v1/reports").then().statusCode(201).body("provinceCode", equalTo("75"));
    }

    @Test
    void aReportTakesTheProvinceTheAgencyWasInAtThePeriodsEnd() {
        ReportFixtures.round(); // SO-KET-2022: 14/6/2019–31/3/2022
        String code = "70.H" + UUID.randomUUID().toString().substring(0, 8);
        put(code, body("70", "TĐS3", 40), 201);
        put(code, body("75", "TĐS1", 55, "effectiveFrom", "2025-07-01"), 200);
        // Đồng Nai's portal, which has the agency now, files its 2022 report: counted in Bình Phước
        given().contentType(ContentType.JSON)
                .header("Authorization", GatewayTokens.bearer(GatewayTokens.submitter("dong-nai-portal", List.of(), List.of("75"))))
                .body(ReportFixtures.report(code)).post("/api/v1/reports").then().statusCode(201)
                .body("provinceCode", equalTo("70"));
    }
}
