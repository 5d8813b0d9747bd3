package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * The check every end-to-end test runs under fails a test on a mismatch, both ways: a request the document does not
 * allow, and an answer the document does not describe — the answer issue 23 found, a count alone written back as a
 * bare number where a schema says object, checked against the served document with that one schema put back.
 */
@ExtendWith(RunningSystem.class)
class WireCheckTest {

    private static final String ROUND = "WIRE-2022";

    @Test
    void aRequestTheDocumentDoesNotAllowFailsTheTest() {
        AssertionError refused = assertThrows(AssertionError.class, () -> given().accept("application/xml")
                .get("/api/v1/statistics/rounds/" + ROUND + "/national"));
        assertTrue(refused.getMessage().contains("validation.request.accept"), refused.getMessage());
    }

    @Test
    void anAnswerTheDocumentDoesNotDescribeFailsTheTest() throws Exception {
        RunningSystem.openAnnualRound(ROUND);
        given().contentType(ContentType.JSON).body(Map.of("name", "Cơ quan thử WireCheck", "kind", "OFFICE",
                "provinceCode", "19")).put("/api/v1/agencies/19.WIRE").then().statusCode(201);
        String id = given().contentType(ContentType.JSON).body(Map.of("agencyCode", "19.WIRE", "roundCode", ROUND,
                "workforce", Map.of("total", 10, "participating", 9))).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");

        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        ((ObjectNode) document.at("/components/schemas/Workforce/properties")).set("participating",
                json.valueToTree(Map.of("$ref", "#/components/schemas/Figure")));
        WireCheck objectsOnly = new WireCheck(document.toString(), Set::of);

        given().get("/api/v1/reports/" + id).then().statusCode(200); // the served document describes it
        AssertionError refused = assertThrows(AssertionError.class,
                () -> given().filter(objectsOnly).get("/api/v1/reports/" + id));
        assertTrue(refused.getMessage().contains("/workforce/participating"), refused.getMessage());
        for (String expected : List.of("integer found, object expected", "GET /api/v1/reports/" + id + " → 200")) {
            assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        }
    }
}
