package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A portal keeping a copy of its reports asks what changed since the latest change it holds
 * ({@code updatedSince}) and follows the {@code Link} headers from page to page.
 */
@QuarkusTest
class ReportSyncTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    @BeforeEach
    void registry() {
        ReportFixtures.round();
    }

    @Test
    void onlyReportsChangedSinceComeInTheOrderTheyChanged() {
        String first = submit(ReportFixtures.agency("04"));
        String second = submit(ReportFixtures.agency("04"));
        String third = submit(ReportFixtures.agency("04"));
        // the stored instant, as a portal holds it: a report changed at exactly that instant is included
        String since = given().get("/api/v1/reports/" + second).then().statusCode(200).extract().path("updatedAt");

        assertEquals(List.of(second, third), changedSince(since), "the first changed before: left out");

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(ReportFixtures.with(ReportFixtures.report(agencyOf(first)), "document.number", "46/BC-SNgV"))
                .put("/api/v1/reports/" + first).then().statusCode(200);
        assertEquals(List.of(second, third, first), changedSince(since), "a revision moves a report to the end");

        // the same instant written with Vietnam's offset (+ encoded in the URL) asks the same
        String vietnam = OffsetDateTime.parse(since).withOffsetSameInstant(ZoneOffset.ofHours(7)).toString();
        List<String> same = given().urlEncodingEnabled(false)
                .get("/api/v1/reports?size=200&updatedSince=" + vietnam.replace("+", "%2B")).then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of(second, third, first), same);
    }

    @Test
    void withoutUpdatedSinceTheOrderIsTheOldestSubmissionFirst() {
        String first = submit(ReportFixtures.agency("04"));
        String second = submit(ReportFixtures.agency("04"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(ReportFixtures.with(ReportFixtures.report(agencyOf(first)), "document.number", "46/BC-SNgV"))
                .put("/api/v1/reports/" + first).then().statusCode(200);
        List<String> ids = given().get("/api/v1/reports?province=04&size=200").then().statusCode(200)
                .extract().path("items.id");
        assertTrue(ids.indexOf(first) < ids.indexOf(second), "a revision does not move it: " + ids);
    }

    @Test
    void aMalformedUpdatedSinceIsA400NamingIt() {
        for (String bad : new String[] { "yesterday", "2026-12-01", "2026-12-01T00:00:00", "2026-12-01T00:00:00 07:00" }) {
            given().queryParam("updatedSince", bad).get("/api/v1/reports").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("updatedSince"));
        }
        given().queryParam("updatedSince", "2026-13-01T00:00:00Z")
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/reports").then().statusCode(400);
    }

    @Test
    void pagesLinkToTheirNeighboursKeepingTheQuery() {
        String first = submit(ReportFixtures.agency("04"));
        String second = submit(ReportFixtures.agency("04"));
        String third = submit(ReportFixtures.agency("04"));
        String since = given().get("/api/v1/reports/" + first).then().extract().path("updatedAt");
        String query = "/api/v1/reports?province=04&size=1&updatedSince="
                + OffsetDateTime.parse(since).withOffsetSameInstant(ZoneOffset.ofHours(7)).toString().replace("+", "%2B");

        Response page0 = given().urlEncodingEnabled(false).get(query);
        page0.then().statusCode(200).body("items[0].id", equalTo(first)).body("total", equalTo(3));
        Map<String, String> links = links(page0);
        assertEquals(List.of("first", "next", "last"), List.copyOf(links.keySet()), "first page: no prev");
        for (String uri : links.values()) {
            assertTrue(uri.startsWith("http://") && uri.contains("/api/v1/reports?"), uri);
            assertTrue(uri.contains("province=04") && uri.contains("size=1") && uri.contains("%2B07:00"),
                    "the query is kept: " + uri);
        }
        assertTrue(links.get("first").endsWith("page=0") || links.get("first").contains("page=0&"), links.get("first"));
        assertTrue(links.get("last").contains("page=2"), links.get("last"));

        Response page1 = given().urlEncodingEnabled(false).get(links.get("next"));
        page1.then().statusCode(200).body("page", equalTo(1)).body("items[0].id", equalTo(second));
        Map<String, String> middle = links(page1);
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(middle.keySet()), "a middle page: both");
        assertTrue(middle.get("prev").contains("page=0"), middle.get("prev"));

        Response page2 = given().urlEncodingEnabled(false).get(middle.get("next"));
        page2.then().statusCode(200).body("page", equalTo(2)).body("items[0].id", equalTo(third));
        Map<String, String> last = links(page2);
        assertEquals(List.of("first", "prev", "last"), List.copyOf(last.keySet()), "the last page: no next");
        assertTrue(last.get("prev").contains("page=1"), last.get("prev"));
        assertFalse(last.get("prev").contains("page=0"), "page is replaced, not added: " + last.get("prev"));
    }

    @Test
    void everyPagedListLinks() {
        Map<String, String> provinces = links(given().get("/api/v1/provinces?size=10&page=1"));
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(provinces.keySet()));
        Map<String, String> agencies = links(given().get("/api/v1/agencies?size=1"));
        assertTrue(agencies.containsKey("next"), agencies.toString());

        // 34 provinces since 1 July 2025, 10 a page: past the end, prev leads back to the last page (3)
        Map<String, String> beyond = links(given().get("/api/v1/provinces?on=2025-07-01&size=10&page=9"));
        assertEquals(List.of("first", "prev", "last"), List.copyOf(beyond.keySet()));
        assertTrue(beyond.get("prev").endsWith("page=3") && beyond.get("last").endsWith("page=3")
                && beyond.get("prev").contains("on=2025-07-01"), beyond.toString());
    }

    private static String submit(String agency) {
        return given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
    }

    private static String agencyOf(String id) {
        return given().get("/api/v1/reports/" + id).then().extract().path("agencyCode");
    }

    private static List<String> changedSince(String since) {
        return given().queryParam("updatedSince", since).queryParam("size", 200).get("/api/v1/reports").then()
                .statusCode(200).extract().path("items.id");
    }

    /** rel → URI, in the order the header names them. */
    static Map<String, String> links(Response response) {
        String header = response.header("Link");
        Map<String, String> links = new LinkedHashMap<>();
        if (header != null) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }
}
