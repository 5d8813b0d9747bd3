package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Registry bodies and CSV lines: one answer lists every broken rule, each named by its field (issue 9). */
@QuarkusTest
class RegistryBodyErrorsTest {

    @Test
    void anAgencyBodyListsEveryBrokenRuleAtOnce() {
        String code = "58.E" + System.nanoTime() % 100000;
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "kind", "DEPARTMENT", "provinceCode", 58, "parentCode", code, "city", "Phan Rang"))
                .put("/api/v1/agencies/" + code).then().statusCode(400)
                .body("type", equalTo("urn:vhcs:problem:validation"))
                .body("errors.field", containsInAnyOrder("name", "kind", "provinceCode", "parentCode", "city"))
                .body("errors.find { it.field == 'provinceCode' }.message", equalTo("wrong type: expected a string"))
                .body("errors.find { it.field == 'city' }.message", equalTo("unknown field"));
        given().get("/api/v1/agencies/" + code).then().statusCode(404);
    }

    @Test
    void aRoundBodyListsShapeFieldAndCrossFieldRulesAtOnce() {
        String code = "LOI-" + System.nanoTime() % 100000;
        given().contentType(ContentType.JSON).header("Accept-Language", "vi")
                .body(Map.of("kind", 1, "periodStart", "2023-01-01", "periodEnd", "2023-12-31T00:00:00",
                        "dueDate", "2024-01-15", "closesOn", "2024-01-01"))
                .put("/api/v1/rounds/" + code).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "periodEnd", "closesOn"))
                .body("errors.find { it.field == 'closesOn' }.message", equalTo("không được trước dueDate"))
                .body("errors.find { it.field == 'kind' }.message", containsString("phải là một trong các giá trị"));
        given().get("/api/v1/rounds/" + code).then().statusCode(404);
    }

    @Test
    void aCsvLineListsEveryBrokenRuleWithItsLineNumber() {
        String n = Long.toString(System.nanoTime() % 100000);
        String csv = "code,name,kind,provinceCode,parentCode,validFrom,staffing\n"
                + "52.OK" + n + ",Sở Tư pháp,PROVINCIAL_DEPARTMENT,52,,2008-08-01, 45 \n"
                + "x,,DEPARTMENT,7,a b,,,extra\n"
                + "52.SELF" + n + ",Tự làm cấp trên,OFFICE,520,52.SELF" + n + ",,\n"
                + "52.TEXT" + n + ",Sở Văn hóa,OFFICE,52,,2022-04-25T10:00:00,12.5\n";
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/agencies:import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(3))
                .body("lines[1].line", equalTo(3))
                .body("lines[1].outcome", equalTo("REJECTED"))
                .body("lines[1].errors.field", containsInAnyOrder("columns", "code", "name", "kind", "provinceCode",
                        "parentCode"))
                .body("lines[1].errors.find { it.field == 'kind' }.message", containsString("must be one of"))
                .body("lines[2].line", equalTo(4))
                .body("lines[2].errors.field", containsInAnyOrder("provinceCode", "parentCode"))
                .body("lines[2].errors.find { it.field == 'parentCode' }.message",
                        equalTo("an agency cannot be its own parent"))
                // cells are text: parsed into the types the fields expect, as strictly as JSON values
                .body("lines[3].line", equalTo(5))
                .body("lines[3].errors.field", containsInAnyOrder("validFrom", "staffing"))
                .body("lines[3].errors.find { it.field == 'validFrom' }.message",
                        equalTo("invalid value '2022-04-25T10:00:00' for a date (YYYY-MM-DD)"))
                .body("lines[3].errors.find { it.field == 'staffing' }.message",
                        equalTo("invalid value '12.5' for a whole number"));
        given().get("/api/v1/agencies/52.OK" + n).then().statusCode(200)
                .body("validFrom", equalTo("2008-08-01")).body("staffing", equalTo(45));
        given().get("/api/v1/agencies/52.SELF" + n).then().statusCode(404);
        given().get("/api/v1/agencies/52.TEXT" + n).then().statusCode(404);
    }
}
