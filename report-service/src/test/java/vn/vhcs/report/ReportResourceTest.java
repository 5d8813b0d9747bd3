package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ReportResourceTest {

    @BeforeEach
    void registry() {
        ReportFixtures.round();
    }

    @Test
    void aValidReportIsStoredWithWhatTheServerSets() {
        String agency = ReportFixtures.agency("70");
        Response created = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency))
                .post("/api/v1/reports");
        created.then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("X-Request-Id", notNullValue())
                .body("id", notNullValue())
                .body("version", equalTo(1))
                .body("status", equalTo("SUBMITTED"))
                .body("provinceCode", equalTo("70"))
                .body("submittedAt", notNullValue())
                .body("onTime", equalTo(false))
                .body("workforce.participating", equalTo(20))
                .body("models", hasSize(3))
                .body("indicators.citizenSatisfactionPercent", equalTo(92.5f))
                .body("narrative.advantages", equalTo("Thuận lợi.\nNhiều mặt."));
        String id = created.path("id");
        String location = created.header("Location");
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/api/v1/reports/" + id));

        given().get(location).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("agencyCode", equalTo(agency))
                .body("document.signerName", equalTo("Phạm Thị Anh Thư"))
                .body("commendations[0].note", equalTo("Biểu dương Trưởng các phòng"));
    }

    @Test
    void aSecondReportForTheSameAgencyAndRoundIsA409PointingAtTheFirst() {
        String agency = ReportFixtures.agency("70");
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(409).contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/reports/" + id));
        given().get("/api/v1/reports?agency=" + agency).then().body("total", equalTo(1));
    }

    @Test
    void anUnknownOrMalformedIdIsA404Problem() {
        given().get("/api/v1/reports/6f1b2c3d-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/api/v1/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsArePagedFilteredAndInAStableOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String agency = ReportFixtures.agency("26");
            ids.add(given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                    .then().statusCode(201).extract().path("id"));
        }
        int total = given().get("/api/v1/reports?province=26&round=SO-KET-2022&size=200").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(200)).extract().path("total");
        List<String> all = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            all.addAll(given().get("/api/v1/reports?province=26&round=SO-KET-2022&size=2&page=" + page).then()
                    .statusCode(200).body("size", equalTo(2)).body("page", equalTo(page)).body("total", equalTo(total))
                    .extract().<List<String>>path("items.id"));
        }
        assertEquals(total, all.size(), "pages cover every report exactly once");
        assertEquals(total, all.stream().distinct().count());
        assertEquals(ids, all.subList(all.size() - 3, all.size()), "oldest first, newest last");
        assertNotEquals(0, total);
        given().get("/api/v1/reports?province=26&agency=nobody").then().body("items", hasSize(0)).body("total", equalTo(0));
        given().get("/api/v1/reports").then().body("size", equalTo(20)).body("page", equalTo(0));
    }

    @Test
    void badPagingOrFiltersAre400s() {
        given().get("/api/v1/reports?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/api/v1/reports?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/api/v1/reports?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/api/v1/reports?province=7").then().statusCode(400).body("errors[0].field", equalTo("province"));
    }

    @Test
    void absentOptionalPartsStayAbsent() {
        String agency = ReportFixtures.agency("70");
        var report = ReportFixtures.report(agency);
        report.remove("memberUnits");
        report.remove("indicators");
        report.remove("models");
        report.remove("narrative");
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(201)
                .body("memberUnits", nullValue())
                .body("models", hasSize(0));
    }
}
