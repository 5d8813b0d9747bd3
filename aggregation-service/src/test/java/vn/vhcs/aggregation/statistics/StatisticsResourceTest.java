package vn.vhcs.aggregation.statistics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.aggregation.store.StatisticsCellRepository;

@QuarkusTest
@RequiredArgsConstructor
class StatisticsResourceTest {

    private final SessionFactory sessions;

    @Test
    void unknownRoundOrProvinceIsA404AndAKnownOneWithoutReportsIsZeros() {
        try (TestEvents events = new TestEvents()) {
            events.send(TestEvents.example(ExampleEvents.ROUND_UPSERTED));
            events.send(TestEvents.province("42"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/SO-KET-2022/provinces/42").then().statusCode(200)
                .body("roundCode", equalTo("SO-KET-2022"))
                .body("provinceCode", equalTo("42"))
                .body("agenciesReported", equalTo(0))
                .body("workforceTotal", equalTo(0))
                .body("participationRate.value", nullValue())
                .body("participationRate.numerator", equalTo(0))
                .body("participationRate.denominator", equalTo(0))
                .body("commitmentRate.value", nullValue())
                .body("memberUnits.rate.value", nullValue())
                .body("models.total", equalTo(0))
                .body("commendations", hasSize(0))
                .body("emulationTitles", hasSize(0))
                .body("directives.total", equalTo(0)));
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.provinceCode", not(hasItem("42")));
        given().get("/api/v1/statistics/rounds/NO-SUCH-ROUND/provinces/42").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/statistics/rounds/NO-SUCH-ROUND/provinces").then().statusCode(404);
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/03").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/statistics/rounds/SO-KET-2022/provinces/x").then().statusCode(404);
    }

    /**
     * A read at a revision already summed is answered from {@link KeptAnswers}: no cell is read
     * again; the next event changes the revision, and the answer follows it.
     */
    @Test
    void anUnchangedRevisionIsNotSummedAgainAndANewEventIs() {
        String stats = "/api/v1/statistics/rounds/SO-KET-2022/provinces/44";
        try (TestEvents events = new TestEvents()) {
            roundAndTwoOffices(events, "44");
            events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "44.A1", "44", 1));
        }
        // every event applied (the two topics arrive in any order): A1 reported, A2 expected and missing
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats).then().statusCode(200)
                .body("agenciesReported", equalTo(1)).body("agenciesMissing", equalTo(1)));
        Statistics counters = sessions.getStatistics();
        counters.setStatisticsEnabled(true);
        try {
            counters.clear();
            String first = given().get(stats).then().statusCode(200).extract().asString();
            assertEquals(0, cellReads(counters), "the answer at this revision was kept: " + counters);
            String again = given().get(stats).then().statusCode(200).extract().asString();
            assertEquals(first, again);
            try (TestEvents events = new TestEvents()) {
                events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "44.A2", "44", 1));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats).then().statusCode(200)
                    .body("agenciesReported", equalTo(2)).body("agenciesMissing", equalTo(0)));
            assertTrue(cellReads(counters) >= 1, "the new revision was summed: " + counters);
        } finally {
            counters.setStatisticsEnabled(false);
        }
    }

    /** The example round, the province, and two of its offices expected to report: {@code <province>.A1}, {@code .A2}. */
    private static void roundAndTwoOffices(TestEvents events, String province) {
        events.send(TestEvents.example(ExampleEvents.ROUND_UPSERTED));
        events.send(TestEvents.province(province));
        events.send(TestEvents.agency(province + ".A1", province, "OFFICE", 1, true));
        events.send(TestEvents.agency(province + ".A2", province, "OFFICE", 1, true));
    }

    /** How often the cells' figures were read (the query {@code StatisticsCellRepository.figuresOf} runs). */
    private static long cellReads(Statistics counters) {
        return java.util.Arrays.stream(counters.getQueries()).filter(q -> q.contains("c.figures"))
                .mapToLong(q -> counters.getQueryStatistics(q).getExecutionCount()).sum();
    }

    /** {@code ?accepted=true}: the accepted reports only; the other figures as they were; bad values 400. */
    @Test
    void acceptedTrueCountsTheAcceptedReportsOnly() {
        String stats = "/api/v1/statistics/rounds/SO-KET-2022/provinces/47";
        try (TestEvents events = new TestEvents()) {
            roundAndTwoOffices(events, "47");
            UUID accepted = UUID.randomUUID();
            events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, accepted, "47.A1", "47", 1));
            events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "47.A2", "47", 1));
            events.send(TestEvents.report(ExampleEvents.REPORT_REVIEWED, accepted, "47.A1", "47", 2));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(stats).then().statusCode(200)
                .body("agenciesReported", equalTo(2)).body("agenciesAccepted", equalTo(1)));
        String all = given().get(stats).then().extract().header("ETag");
        given().get(stats + "?accepted=false").then().statusCode(200).header("ETag", equalTo(all));
        String acceptedOnly = given().get(stats + "?accepted=true").then().statusCode(200)
                .body("agenciesExpected", equalTo(2)).body("agenciesReported", equalTo(1))
                .body("agenciesAccepted", equalTo(1)).body("agenciesMissing", equalTo(1))
                .body("byAgencyKind.OFFICE.agenciesReported", equalTo(1))
                .extract().header("ETag");
        assertNotEquals(all, acceptedOnly, "the two views are cached apart");
        given().accept("text/csv").get(stats + "?accepted=true").then().statusCode(200);
        given().get("/api/v1/statistics/rounds/SO-KET-2022/national?accepted=true").then().statusCode(200);
        given().get(stats + "?accepted=yes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("accepted"));
    }
}
