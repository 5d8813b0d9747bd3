package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.testing.GatewayTokens;

/**
 * Who has not reported, as a count in the statistics and as a paged list; and CSV a board officer
 * can open. A round of its own: Vĩnh Long (86) with 25 agencies, three of which report (one then
 * withdraws); Bến Tre (83) and Trà Vinh (84), rolled into Vĩnh Long with the 2025 boundaries.
 */
@QuarkusTest
class MissingAgenciesAndCsvTest {

    static final String ROUND = "MISSING-" + (System.nanoTime() % 100000);
    static final String EMPTY_ROUND = "NO-REPORTS-" + (System.nanoTime() % 100000);
    static final String BASE = "/api/v1/statistics/rounds/" + ROUND;
    static final String MISSING = BASE + "/provinces/86/missing-agencies";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final Pattern EXPONENT = Pattern.compile("(^|,)-?[0-9.]+[eE][+-]?[0-9]+(,|$)");

    @BeforeEach
    void events() {
        TestEvents.once(getClass(), events -> {
            events.send(round(ROUND));
            events.send(round(EMPTY_ROUND));
            events.send(TestEvents.province("83", "2008-08-01", "2025-06-30", "86"));
            events.send(TestEvents.province("84", "2008-08-01", "2025-06-30", "86"));
            events.send(TestEvents.province("86", "2008-08-01", "2025-06-30", "86"));
            events.send(TestEvents.province("86", "2025-07-01", null, null));
            for (int i = 0; i < 25; i++) {
                ObjectNode agency = TestEvents.agency(agency(i), "86", i % 2 == 0 ? "PROVINCIAL_DEPARTMENT" : "OFFICE",
                        1, true);
                if (i % 2 == 0) {
                    ((ObjectNode) agency.get("agency")).put("blocCode", "TĐS1");
                } else {
                    ((ObjectNode) agency.get("agency")).remove("blocCode");
                }
                events.send(agency);
            }
            events.send(TestEvents.agency("83.B1", "83", "OFFICE", 1, true));
            events.send(TestEvents.agency("83.B2", "83", "OFFICE", 1, true));
            events.send(TestEvents.agency("84.C1", "84", "OFFICE", 1, true));
            events.send(report(UUID.randomUUID(), "86.A03", "86", 1, ExampleEvents.REPORT_SUBMITTED));
            events.send(report(UUID.randomUUID(), "86.A07", "86", 1, ExampleEvents.REPORT_SUBMITTED));
            events.send(report(UUID.randomUUID(), "83.B1", "83", 1, ExampleEvents.REPORT_SUBMITTED));
            events.send(report(UUID.randomUUID(), "84.C1", "84", 1, ExampleEvents.REPORT_SUBMITTED));
            UUID withdrawn = UUID.randomUUID();
            events.send(report(withdrawn, "86.A10", "86", 1, ExampleEvents.REPORT_SUBMITTED));
            events.send(report(withdrawn, "86.A10", "86", 2, ExampleEvents.REPORT_WITHDRAWN));
        }, () -> {
            given().get(BASE + "/national").then()
                    .statusCode(200).body("agenciesReported", equalTo(4));
            given().get(BASE + "/provinces/86").then()
                    .statusCode(200).body("agenciesExpected", equalTo(25));
            given()
                    .get(BASE + "/provinces/86?boundaries=2025").then().statusCode(200)
                    .body("agenciesExpected", equalTo(28));
        });
    }

    static String agency(int i) {
        return String.format("86.A%02d", i);
    }

    static ObjectNode round(String code) {
        ObjectNode round = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
        round.put("eventId", UUID.randomUUID().toString());
        round.put("key", "round:" + code);
        ((ObjectNode) round.get("round")).put("code", code);
        return round;
    }

    /** A report of the round; its computer equipment at 100 %, which a careless CSV writes 1E+2. */
    static ObjectNode report(UUID id, String agency, String province, int version, ExampleEvents example) {
        ObjectNode event = TestEvents.report(example, id, agency, province, version);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("roundCode", ROUND);
        if (example == ExampleEvents.REPORT_SUBMITTED) {
            payload.putObject("indicators").put("computerEquipmentPercent", 100);
        }
        return event;
    }

    /** The 86 agencies without a counting report: all but A03 and A07 (A10 withdrew). */
    static List<String> missingIn86() {
        return IntStream.range(0, 25).filter(i -> i != 3 && i != 7).mapToObj(MissingAgenciesAndCsvTest::agency)
                .toList();
    }

    @Test
    void theStatisticsCountTheMissingAgenciesInsteadOfListingThem() {
        java.util.Map<String, Object> province = given().get(BASE + "/provinces/86").then().statusCode(200)
                .body("agenciesExpected", equalTo(25)).body("agenciesReported", equalTo(2))
                .body("agenciesMissing", equalTo(23))
                .body("byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesExpected", equalTo(13))
                .body("byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesMissing", equalTo(13)) // A03 and A07 are offices
                .body("byAgencyKind.OFFICE.agenciesMissing", equalTo(10))
                .extract().jsonPath().getMap("$");
        assertFalse(province.containsKey("missingAgencies"), "no unbounded list in the statistics");
        given().get(BASE + "/provinces/86?boundaries=2025").then().statusCode(200)
                .body("agenciesExpected", equalTo(28)).body("agenciesMissing", equalTo(24))
                .body("byAgencyKind.OFFICE.agenciesMissing", equalTo(11));
        given().get(BASE + "/provinces/83").then().statusCode(200).body("agenciesMissing", equalTo(1));
        // the other tests' agencies are expected in this round too: missing = expected - the 4 that report
        Response national = given().get(BASE + "/national");
        national.then().statusCode(200);
        assertEquals(national.<Integer>path("agenciesExpected") - 4, national.<Integer>path("agenciesMissing"));
        given().get(BASE + "/provinces?size=200").then().statusCode(200)
                .body("items.find { it.provinceCode == '86' }.agenciesMissing", equalTo(23));
    }

    @Test
    void theMissingAgenciesAreAPagedListByCode() {
        given().get(MISSING).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", equalTo(23))
                .body("items", hasSize(20))
                .body("items.code", equalTo(missingIn86().subList(0, 20)))
                .body("items[0].name", equalTo("Cơ quan 86.A00"))
                .body("items[0].kind", equalTo("PROVINCIAL_DEPARTMENT"))
                .body("items[0].blocCode", equalTo("TĐS1"))
                .body("items[1].kind", equalTo("OFFICE"))
                .body("items[1]", org.hamcrest.Matchers.hasKey("blocCode"))
                .body("items[1].blocCode", org.hamcrest.Matchers.nullValue());
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Response answer = given().get(MISSING + "?size=10&page=" + page);
            List<String> codes = answer.then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(10)).body("total", equalTo(23))
                    .extract().path("items.code");
            assertEquals(page < 2 ? 10 : 3, codes.size(), "page " + page);
            // the pages around it, the query kept: next before the last page, prev after the first
            String link = answer.header("Link");
            assertEquals(page < 2, link.contains("?size=10&page=" + (page + 1) + ">; rel=\"next\""), link);
            assertEquals(page > 0, link.contains("?size=10&page=" + (page - 1) + ">; rel=\"prev\""), link);
            assertTrue(link.contains("?size=10&page=2>; rel=\"last\""), link);
            pages.addAll(codes);
        }
        assertEquals(missingIn86(), pages, "the pages together are every missing agency once, by code");
        given().get(MISSING + "?page=3&size=10").then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo(23));
        given().get(MISSING + "?size=0").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().get(MISSING + "?size=201").then().statusCode(400);
        given().get(MISSING + "?page=-1").then().statusCode(400);
    }

    @Test
    void theMissingListHonoursThe2025Boundaries() {
        List<String> expected = new ArrayList<>(List.of("83.B2"));
        expected.addAll(missingIn86());
        given().get(MISSING + "?boundaries=2025&size=200").then().statusCode(200)
                .body("total", equalTo(24)).body("items.code", equalTo(expected));
        given().get(BASE + "/provinces/83/missing-agencies").then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", equalTo(List.of("83.B2")));
        given().get(BASE + "/provinces/84/missing-agencies").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        given().get(BASE + "/provinces/83/missing-agencies?boundaries=2025").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(MISSING + "?boundaries=1975").then().statusCode(400).body("errors[0].field", equalTo("boundaries"));
        given().get("/api/v1/statistics/rounds/NO-SUCH-ROUND/provinces/86/missing-agencies").then().statusCode(404);
        given().get(BASE + "/provinces/03/missing-agencies").then().statusCode(404);
        given().get(BASE + "/provinces/x/missing-agencies").then().statusCode(404);
    }

    @Test
    void theMissingListHasTheAccessRulesOfTheProvinceStatistics() {
        given().header("Authorization", reader("86")).get(MISSING).then().statusCode(200).body("total", equalTo(23));
        given().header("Authorization", reader("83")).get(MISSING).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", reader("83")).accept("text/csv").get(MISSING).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", reader("national")).get(MISSING).then().statusCode(200);
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.submitter("p", List.of("86.A00"), List.of())))
                .get(MISSING).then().statusCode(403);
        given().header("Authorization", "").get(MISSING).then().statusCode(401);
    }

    private static String reader(String... provinces) {
        return GatewayTokens.bearer(GatewayTokens.reader("board", List.of(provinces), false));
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndComesAsANamedAttachment() {
        byte[] body = given().accept("text/csv").get(MISSING).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"chua-bao-cao-" + ROUND + "-86.csv\"")
                .extract().asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3), "UTF-8 byte order mark first");
        List<String> lines = lines(body);
        assertEquals("code,name,kind,blocCode", lines.get(0));
        assertEquals("86.A00,Cơ quan 86.A00,PROVINCIAL_DEPARTMENT,TĐS1", lines.get(1));
        assertEquals("86.A01,Cơ quan 86.A01,OFFICE,", lines.get(2));
        assertEquals(21, lines.size(), "a header and the page's 20 agencies");

        assertArrayEquals(BOM, Arrays.copyOf(given().accept("text/csv").get(BASE + "/provinces/86").then()
                .statusCode(200).header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-86.csv\"")
                .extract().asByteArray(), 3));
        given().accept("text/csv").get(BASE + "/provinces/86?boundaries=2025").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-86-2025.csv\"");
        given().accept("text/csv").get(BASE + "/national").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-toan-quoc.csv\"");
        given().accept("text/csv").get(BASE + "/provinces").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-cac-tinh.csv\"");
        given().accept("text/csv").get("/api/v1/statistics/provinces/86/trend").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"xu-huong-86.csv\"");
        given().get(BASE + "/provinces/86").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void numbersAreNeverWrittenInExponentForm() {
        List<String> lines = lines(given().accept("text/csv").get(BASE + "/provinces/86").then().statusCode(200)
                .extract().asByteArray());
        List<String> header = List.of(lines.get(0).split(","));
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertEquals("100", row.get(header.indexOf("indicators.computerEquipmentPercent.mean")), lines.get(1));
        assertEquals("100", row.get(header.indexOf("indicators.computerEquipmentPercent.max")));
        assertEquals("0.08", row.get(header.indexOf("reportingRate.value")), "2 of 25");
        assertEquals("23", row.get(header.indexOf("agenciesMissing")));
        assertFalse(EXPONENT.matcher(lines.get(1)).find(), lines.get(1));
        for (String path : List.of(BASE + "/national", BASE + "/provinces", "/api/v1/statistics/provinces/86/trend")) {
            List<String> table = lines(given().accept("text/csv").get(path).then().statusCode(200).extract()
                    .asByteArray());
            table.subList(1, table.size()).forEach(line -> assertFalse(EXPONENT.matcher(line).find(), path + ": " + line));
        }
    }

    @Test
    void aTableWithoutRowsStillHasItsHeaderRow() {
        List<String> missing = lines(given().accept("text/csv").get(BASE + "/provinces/84/missing-agencies").then()
                .statusCode(200).extract().asByteArray());
        assertEquals(List.of("code,name,kind,blocCode"), missing);
        List<String> provinces = lines(given().accept("text/csv")
                .get("/api/v1/statistics/rounds/" + EMPTY_ROUND + "/provinces").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(1, provinces.size(), String.join("\n", provinces));
        assertTrue(provinces.get(0).startsWith("roundCode,provinceCode,boundaries,agenciesExpected,"), provinces.get(0));
        assertTrue(provinces.get(0).contains(",agenciesMissing,"), provinces.get(0));
    }

    @Test
    void columnTitlesAreVietnameseWhenAskedFor() {
        String english = lines(given().accept("text/csv").get(BASE + "/provinces/86").then().statusCode(200)
                .extract().asByteArray()).get(0);
        assertTrue(english.startsWith("roundCode,provinceCode,"), english);
        assertTrue(english.contains(",participationRate.value,"), english);
        for (Response answer : List.of(given().accept("text/csv").get(BASE + "/provinces/86?lang=vi"),
                given().accept("text/csv").header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                        .get(BASE + "/provinces/86"))) {
            String header = lines(answer.then().statusCode(200).extract().asByteArray()).get(0);
            assertTrue(header.startsWith("Mã đợt báo cáo,Mã tỉnh,Địa giới,Số cơ quan phải báo cáo,"
                    + "Số cơ quan đã báo cáo,Tỷ lệ báo cáo - Giá trị,Tỷ lệ báo cáo - Tử số,Tỷ lệ báo cáo - Mẫu số,"), header);
            assertTrue(header.contains(",Số cơ quan chưa báo cáo,"), header);
            assertTrue(header.contains(",Tỷ lệ tham gia - Giá trị,"), header);
            assertTrue(header.contains(",\"Theo loại cơ quan - Sở, ban, ngành - Số cơ quan chưa báo cáo\","), header);
        }
        assertEquals("Mã cơ quan,Tên cơ quan,Loại cơ quan,Khối thi đua", lines(given().accept("text/csv")
                .get(MISSING + "?lang=vi").then().statusCode(200).extract().asByteArray()).get(0));
        // lang wins over Accept-Language; an unknown language is English
        assertTrue(lines(given().accept("text/csv").header("Accept-Language", "vi").get(MISSING + "?lang=en").then()
                .extract().asByteArray()).get(0).equals("code,name,kind,blocCode"));
        assertTrue(lines(given().accept("text/csv").get(MISSING + "?lang=fr").then().extract().asByteArray()).get(0)
                .equals("code,name,kind,blocCode"));
    }

    @Test
    void anUnsupportedAcceptIs406AsAProblemNeverJson() {
        for (String path : List.of(BASE + "/provinces/86", MISSING, BASE + "/national", BASE + "/provinces",
                "/api/v1/statistics/provinces/86/trend")) {
            given().accept("application/xml").get(path).then().statusCode(406)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:vhcs:problem:not-acceptable"))
                    .body("status", equalTo(406));
        }
        given().accept("text/html").get(MISSING).then().statusCode(406).contentType("application/problem+json");
        given().accept("application/json").get(MISSING).then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("*/*").get(MISSING).then().statusCode(200);
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark first");
        assertTrue(text.endsWith("\r\n"), "every line ends in CRLF");
        return List.of(text.substring(1, text.length() - 2).split("\r\n", -1));
    }
}
