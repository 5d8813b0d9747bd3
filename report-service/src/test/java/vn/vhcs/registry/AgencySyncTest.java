package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A portal keeping a copy of the registry asks which agencies changed since the latest change it holds. */
@QuarkusTest
class AgencySyncTest {

    @Test
    void onlyAgenciesChangedSinceComeInTheOrderTheyChanged() {
        String first = put(code(), "Sở Nội vụ tỉnh Cao Bằng");
        String second = put(code(), "Sở Tư pháp tỉnh Cao Bằng");
        String third = put(code(), "Sở Y tế tỉnh Cao Bằng");
        String since = given().get("/api/v1/agencies/" + second).then().statusCode(200).extract().path("updatedAt");

        assertEquals(List.of(second, third), changedSince(since), "the first changed before: left out");

        put(first, "Sở Nội vụ tỉnh Cao Bằng (đổi tên)");
        assertEquals(List.of(second, third, first), changedSince(since), "a replacement moves it to the end");

        given().delete("/api/v1/agencies/" + second).then().statusCode(200).body("active", equalTo(false));
        assertEquals(List.of(third, first, second), changedSince(since), "so does a deactivation");

        List<String> byCode = given().get("/api/v1/agencies?province=04&size=200").then().statusCode(200)
                .extract().path("items.code");
        assertTrue(byCode.indexOf(first) < byCode.indexOf(second) && byCode.indexOf(second) < byCode.indexOf(third),
                "without updatedSince: by code " + byCode);
    }

    @Test
    void aMalformedUpdatedSinceIsA400NamingIt() {
        given().queryParam("updatedSince", "2026-12-01 00:00").get("/api/v1/agencies").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("updatedSince"));
    }

    /** Codes in the order they are made, so that the order by code differs from the order of change below. */
    private static String code() {
        return "04.S" + System.nanoTime() + UUID.randomUUID().toString().substring(0, 4);
    }

    private static String put(String code, String name) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT", "provinceCode", "04"))
                .put("/api/v1/agencies/" + code).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return code;
    }

    private static List<String> changedSince(String since) {
        return given().queryParam("updatedSince", since).queryParam("size", 200).get("/api/v1/agencies").then()
                .statusCode(200).extract().path("items.code");
    }
}
