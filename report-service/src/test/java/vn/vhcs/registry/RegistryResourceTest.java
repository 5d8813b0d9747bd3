package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RegistryResourceTest {

    @Test
    void theMigrationSeedsThe63AndThe34Provinces() {
        given().get("/api/v1/provinces?size=200").then().statusCode(200).body("total", equalTo(97));
        given().get("/api/v1/provinces?on=2025-06-30&size=200").then().body("total", equalTo(63))
                .body("items.successorCode", everyItem(org.hamcrest.Matchers.matchesPattern("\\d{2}")));
        given().get("/api/v1/provinces?on=2025-07-01&size=200").then().body("total", equalTo(34));
        given().get("/api/v1/provinces?size=10&page=9").then().body("items", hasSize(7));
    }

    @Test
    void aReusedCodeMeansTheProvinceValidOnTheDayAsked() {
        given().get("/api/v1/provinces/15?on=2022-03-31").then().statusCode(200)
                .body("name", equalTo("Yên Bái")).body("successorCode", equalTo("15"));
        given().get("/api/v1/provinces/15").then().body("name", equalTo("Lào Cai")).body("validFrom", equalTo("2025-07-01"));
        given().get("/api/v1/provinces/70").then().statusCode(200).body("name", equalTo("Bình Phước"))
                .body("validTo", equalTo("2025-06-30")).body("successorCode", equalTo("75"));
        given().get("/api/v1/provinces/58").then().body("successorCode", equalTo("56"));
        given().get("/api/v1/provinces/26").then().body("successorCode", equalTo("25"));
        given().get("/api/v1/provinces/03").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/provinces/ABC").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void putCreatesThenReplacesAnAgency() {
        String code = "58.SNV-" + System.nanoTime() % 100000;
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Nội vụ tỉnh Ninh Thuận", "kind", "PROVINCIAL_DEPARTMENT", "provinceCode", "58"))
                .put("/api/v1/agencies/" + code).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/agencies/" + code))
                .body("active", equalTo(true));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sở Nội vụ", "kind", "OFFICE", "provinceCode", "58"))
                .put("/api/v1/agencies/" + code).then().statusCode(200).body("kind", equalTo("OFFICE"));
        given().get("/api/v1/agencies/" + code).then().statusCode(200).body("name", equalTo("Sở Nội vụ"));
        given().get("/api/v1/agencies?province=58&size=200").then().statusCode(200)
                .body("items.code", hasItem(code)).body("items.provinceCode", everyItem(equalTo("58")));
    }

    @Test
    void anAgencyMustNameAKnownProvinceAndParent() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "OFFICE", "provinceCode", "03"))
                .put("/api/v1/agencies/03.X").then().statusCode(422).body("errors[0].field", equalTo("provinceCode"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "OFFICE", "provinceCode", "58", "parentCode", "58.NONE"))
                .put("/api/v1/agencies/58.X").then().statusCode(422).body("errors[0].field", equalTo("parentCode"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "DEPARTMENT", "provinceCode", "58"))
                .put("/api/v1/agencies/58.X").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICE", "provinceCode", "58"))
                .put("/api/v1/agencies/58.X").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "X", "kind", "OFFICE", "provinceCode", "58"))
                .put("/api/v1/agencies/x").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().get("/api/v1/agencies/58.X").then().statusCode(404);
    }

    @Test
    void putCreatesThenReplacesARound() {
        String code = "NAM-" + System.nanoTime() % 100000;
        Map<String, Object> round = Map.of("kind", "ANNUAL", "periodStart", "2023-01-01", "periodEnd", "2023-12-31",
                "dueDate", "2024-01-15", "closesOn", "2024-02-15");
        given().contentType(ContentType.JSON).body(round).put("/api/v1/rounds/" + code).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart", "2023-01-01",
                "periodEnd", "2023-12-31", "dueDate", "2024-01-15", "closesOn", "2024-03-01"))
                .put("/api/v1/rounds/" + code).then().statusCode(200).body("closesOn", equalTo("2024-03-01"));
        given().get("/api/v1/rounds?size=200").then().body("items.code", hasItem(code));
        given().get("/api/v1/rounds/" + code).then().body("kind", equalTo("ANNUAL"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart", "2023-01-01",
                "periodEnd", "2022-12-31", "dueDate", "2024-01-15", "closesOn", "2024-03-01"))
                .put("/api/v1/rounds/" + code).then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
        given().contentType(ContentType.JSON).body(round).put("/api/v1/rounds/so-ket").then().statusCode(400);
    }
}
