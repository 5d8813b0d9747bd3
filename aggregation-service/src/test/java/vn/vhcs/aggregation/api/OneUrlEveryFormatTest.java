package vn.vhcs.aggregation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;

/**
 * One URL, one resource method, every format: JSON, CSV and XLSX chosen by {@code Accept} or by the
 * URL's suffix, each with its own ETag (the same whichever way it was asked) that answers 304. A
 * round of its own with one report in Điện Biên (11), a province no other test counts in.
 */
@QuarkusTest
class OneUrlEveryFormatTest {

    static final String ROUND = "FORMATS-" + (System.nanoTime() % 100000);
    static final String BASE = "/api/v1/statistics/rounds/" + ROUND;
    static final String XLSX = StatisticsWorkbook.MEDIA_TYPE;

    @BeforeEach
    void events() {
        TestEvents.once(getClass(), events -> {
            ObjectNode round = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
            round.put("eventId", UUID.randomUUID().toString());
            round.put("key", "round:" + ROUND);
            ((ObjectNode) round.get("round")).put("code", ROUND);
            events.send(round);
            events.send(TestEvents.province("11", "2008-08-01", null, null));
            events.send(TestEvents.agency("11.F1", "11", "OFFICE", 1, true));
            ObjectNode report = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "11.F1", "11", 1);
            ((ObjectNode) report.get("payload")).put("roundCode", ROUND);
            events.send(report);
        }, () -> given().get(BASE + "/provinces/11").then().statusCode(200).body("agenciesReported", equalTo(1)));
    }

    @Test
    void acceptAndSuffixAnswerTheSameRepresentation() {
        for (String url : List.of(BASE + "/provinces/11", BASE + "/national", BASE + "/provinces",
                BASE + "/provinces/11/missing-agencies", "/api/v1/statistics/provinces/11/trend")) {
            Response json = given().get(url);
            json.then().statusCode(200).contentType(startsWith("application/json"))
                    .header("Content-Disposition", org.hamcrest.Matchers.nullValue());
            Response suffixedJson = given().get(url + ".json");
            suffixedJson.then().statusCode(200).contentType(startsWith("application/json"));
            assertEquals(json.header("ETag"), suffixedJson.header("ETag"), url);

            Response csv = given().accept("text/csv").get(url);
            String file = csv.then().statusCode(200).contentType(startsWith("text/csv")).extract()
                    .header("Content-Disposition");
            Response suffixedCsv = given().get(url + ".csv");
            suffixedCsv.then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", equalTo(file));
            assertArrayEquals(csv.asByteArray(), suffixedCsv.asByteArray(), url);
            assertEquals(csv.header("ETag"), suffixedCsv.header("ETag"), url);

            Response xlsx = given().accept(XLSX).get(url);
            xlsx.then().statusCode(200).contentType(XLSX)
                    .header("Content-Disposition", equalTo(file.replace(".csv\"", ".xlsx\"")));
            Response suffixedXlsx = given().get(url + ".xlsx");
            suffixedXlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition",
                    equalTo(file.replace(".csv\"", ".xlsx\"")));
            assertEquals(xlsx.header("ETag"), suffixedXlsx.header("ETag"), url);

            assertEquals(3, Set.of(json.header("ETag"), csv.header("ETag"), xlsx.header("ETag")).size(),
                    "each format its own ETag: " + url);
            given().header("If-None-Match", json.header("ETag")).get(url).then().statusCode(304);
            given().header("If-None-Match", csv.header("ETag")).get(url + ".csv").then().statusCode(304);
            given().header("If-None-Match", xlsx.header("ETag")).accept(XLSX).get(url).then().statusCode(304);
            // an ETag of one format is no ETag of another
            given().header("If-None-Match", json.header("ETag")).get(url + ".csv").then().statusCode(200);
        }
    }

    /**
     * The ETags are made as before the formats shared a method: a province's JSON from the kept cells'
     * revision (not its body), its CSV the digest of the table sent, its workbook the figures' digest
     * and the format.
     */
    @Test
    void eachFormatsETagIsMadeAsBefore() throws Exception {
        String url = BASE + "/provinces/11";
        Response json = given().get(url);
        assertNotEquals(etag(json.asByteArray()), json.header("ETag"), "the revision's, not the body's");
        Response csv = given().get(url + ".csv");
        assertEquals(etag(csv.asByteArray()), csv.header("ETag"));
        assertTrue(given().get(url + ".xlsx").header("ETag").endsWith("-xlsx\""));
        Response list = given().get(BASE + "/provinces");
        assertEquals(etag(list.asByteArray()), list.header("ETag"), "a page's, its body's");
        Response trend = given().get("/api/v1/statistics/provinces/11/trend.csv?lang=vi");
        assertTrue(trend.header("ETag").endsWith("-csv-vi\""), trend.header("ETag"));
    }

    /** What StatisticsAnswers.digest makes of a body: the first 16 bytes of its SHA-256, in hex, quoted. */
    private static String etag(byte[] body) throws Exception {
        return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
    }

    @Test
    void theFileNamesAreThoseOfBefore() {
        given().get(BASE + "/provinces/11.csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-11.csv\"");
        given().get(BASE + "/national.xlsx").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-toan-quoc.xlsx\"");
        given().get(BASE + "/provinces.csv?boundaries=2025").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + ROUND + "-cac-tinh-2025.csv\"");
        given().get(BASE + "/provinces/11/report.docx").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + ROUND + "-11.docx\"");
    }

    @Test
    void theSuffixKeepsTheQueryAndTheRulesOfTheUrl() {
        String english = given().get(BASE + "/provinces/11.csv").then().statusCode(200).extract().asString();
        String vietnamese = given().get(BASE + "/provinces/11.csv?lang=vi").then().statusCode(200).extract().asString();
        assertNotEquals(english.lines().findFirst(), vietnamese.lines().findFirst());
        given().get(BASE + "/provinces/11.csv?accepted=maybe").then().statusCode(400)
                .contentType("application/problem+json");
        given().get(BASE + "/provinces/11.pdf").then().statusCode(404);
    }
}
