package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.vhcs.report.ReportFixtures;

/** Deactivation, filters and CSV import of agencies. */
@QuarkusTest
class AgencyLifecycleTest {

    @Test
    void aDeactivatedAgencyStaysAndStillReportsForTheRoundsItLivedIn() {
        String code = ReportFixtures.roundAndAgency("58");
        given().delete("/api/v1/agencies/" + code).then().statusCode(200).body("active", equalTo(false));
        given().get("/api/v1/agencies/" + code).then().statusCode(200).body("active", equalTo(false));
        given().get("/api/v1/agencies?province=58&active=false&size=200").then().body("items.code", hasItem(code));
        given().get("/api/v1/agencies?province=58&active=true&size=200").then().body("items.code", not(hasItem(code)));
        // it existed during the 2022 sơ kết: its report is still taken (rounds after today are not its own)
        given().contentType(ContentType.JSON).body(ReportFixtures.report(code)).post("/api/v1/reports")
                .then().statusCode(201).body("agencyCode", equalTo(code));
        given().delete("/api/v1/agencies/58.NOBODY").then().statusCode(404);
        // PUT again reactivates
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Lại hoạt động", "kind", "OFFICE", "provinceCode", "58"))
                .put("/api/v1/agencies/" + code).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void agenciesFilterByKind() {
        String code = "56.LDLD" + System.nanoTime() % 10000;
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Liên đoàn Lao động tỉnh Khánh Hòa", "kind", "MASS_ORGANISATION", "provinceCode", "56"))
                .put("/api/v1/agencies/" + code).then().statusCode(201);
        given().get("/api/v1/agencies?province=56&kind=MASS_ORGANISATION&size=200").then()
                .body("items.code", hasItem(code)).body("items.kind", everyItem(equalTo("MASS_ORGANISATION")));
        given().get("/api/v1/agencies?kind=DEPARTMENT").then().statusCode(400);
    }

    @Test
    void aCsvImportTakesTheGoodLinesAndReportsTheBadOnes() {
        String n = Long.toString(System.nanoTime() % 100000);
        String csv = "code,name,kind,provinceCode,parentCode\n"
                + "52.CHILD" + n + ",Phòng thuộc Sở,PUBLIC_SERVICE_UNIT,52,52.SNV" + n + "\n"
                + "52.SNV" + n + ",\"Sở Nội vụ tỉnh Bình Định, cơ quan chủ quản\",PROVINCIAL_DEPARTMENT,52,\n"
                + "52.BAD" + n + ",Thiếu loại,,52,\n"
                + "52.WRONG" + n + ",Tỉnh sai,OFFICE,03,\n"
                + "x,Mã sai,OFFICE,52,\n";
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/agencies:import").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("rejected", equalTo(3))
                .body("lines.line", equalTo(java.util.List.of(2, 3, 4, 5, 6)))
                .body("lines.outcome", equalTo(java.util.List.of("CREATED", "CREATED", "REJECTED", "REJECTED", "REJECTED")))
                .body("lines[2].errors.field", hasItem("kind"))
                .body("lines[3].errors.field", hasItem("provinceCode"))
                .body("lines[4].errors.field", hasItem("code"));
        given().get("/api/v1/agencies/52.SNV" + n).then().body("name",
                equalTo("Sở Nội vụ tỉnh Bình Định, cơ quan chủ quản"));
        given().get("/api/v1/agencies/52.CHILD" + n).then().body("parentCode", equalTo("52.SNV" + n));
        given().get("/api/v1/agencies/52.BAD" + n).then().statusCode(404);
        // importing again replaces
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("52.SNV" + n + ",Sở Nội vụ,PROVINCIAL_DEPARTMENT,52,\n")
                .post("/api/v1/agencies:import").then().statusCode(200).body("updated", equalTo(1));
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body("").post("/api/v1/agencies:import").then().statusCode(400);
    }

    /** The address reminders are e-mailed to: kept, shown, checked, and taken from an import's column too. */
    @Test
    void anAgencyMayHaveAnEmailAddress() {
        String code = "62.THU" + System.nanoTime() % 10000;
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Tư pháp tỉnh Kon Tum", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", "62", "email", "vanthu.stp@kontum.gov.vn"))
                .put("/api/v1/agencies/" + code).then().statusCode(201).body("email", equalTo("vanthu.stp@kontum.gov.vn"));
        given().get("/api/v1/agencies?province=62&size=200").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.email", equalTo("vanthu.stp@kontum.gov.vn"));
        given().contentType(ContentType.JSON).header("Accept-Language", "vi").body(Map.of("name", "x", "kind", "OFFICE",
                "provinceCode", "62", "email", "không phải địa chỉ")).put("/api/v1/agencies/" + code).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("email"))
                .body("errors[0].message", equalTo("phải là địa chỉ email hợp lệ"));
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,provinceCode,email\n" + code + ",Sở Tư pháp,PROVINCIAL_DEPARTMENT,62,stp@kontum.gov.vn\n")
                .post("/api/v1/agencies:import").then().statusCode(200).body("updated", equalTo(1));
        given().get("/api/v1/agencies/" + code).then().body("email", equalTo("stp@kontum.gov.vn"));
        // a PUT without it: no address any more
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Tư pháp", "kind", "PROVINCIAL_DEPARTMENT",
                "provinceCode", "62")).put("/api/v1/agencies/" + code).then().statusCode(200)
                .body("email", org.hamcrest.Matchers.nullValue());
    }
}
