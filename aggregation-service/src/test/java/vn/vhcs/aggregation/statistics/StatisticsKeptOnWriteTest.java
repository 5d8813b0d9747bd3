package vn.vhcs.aggregation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.ingest.EventApplier;
import vn.vhcs.aggregation.store.ProcessedEvent;
import vn.vhcs.aggregation.ingest.TestEvents;
import vn.vhcs.aggregation.registry.Agency;
import vn.vhcs.aggregation.registry.RegistryCopy;
import vn.vhcs.aggregation.registry.ReportingRound;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.Topics;
import vn.vhcs.aggregation.store.ContributionRepository;
import vn.vhcs.aggregation.store.ReportContribution;

/**
 * The kept statistics equal a fresh computation over the current reports and the registry after
 * every step of a random sequence of submissions, revisions, withdrawals, redeliveries and
 * registry changes (agencies' kind, bloc, staffing and validity; the round's deadlines), applied
 * in batches as the consumer applies them, the board accepting some versions (then the statistics
 * of the accepted reports only equal a fresh computation over those); the figures include the coverage
 * (own plans and regulations or cited ones, commitments as a count, a percent or 0, models, the
 * cultural standard title stated or stated as 0); and a read loads no report.
 */
@QuarkusTest
@RequiredArgsConstructor
class StatisticsKeptOnWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUND = "KEPT-" + (System.nanoTime() % 100000);
    private static final List<String> PROVINCES = List.of("20", "22"); // provinces no other test uses
    private static final List<String> KINDS = List.of("PROVINCIAL_DEPARTMENT", "OFFICE", "DISTRICT");
    private static final List<String> BLOCS = List.of("B1", "B2");

    private final EventApplier applier;
    private final StatisticsService statistics;
    private final ContributionRepository contributions;
    private final RegistryCopy registry;
    private final SessionFactory sessions;
    private final Random random = new Random(20221);
    private final Map<String, Long> agencyRevisions = new HashMap<>();
    private final Map<String, ObjectNode> current = new HashMap<>(); // agency → its report's latest event
    /** Agency → its latest registry event, over every test of the class: the database holds them all. */
    private static final Map<String, ObjectNode> latestAgency = new java.util.concurrent.ConcurrentHashMap<>();
    private int histories;
    private final List<ObjectNode> sent = new ArrayList<>();
    private long roundRevision = 1000;
    private int acceptances;
    private int partialCoverage;

    @Test
    void keptFiguresEqualAFreshComputationAfterEveryStep() {
        List<ObjectNode> setup = new ArrayList<>();
        setup.add(round("2022-04-30"));
        PROVINCES.forEach(p -> setup.add(TestEvents.province(p)));
        for (String p : PROVINCES) {
            for (int i = 1; i <= 4; i++) {
                setup.add(agency(p + ".K" + i, p));
            }
        }
        apply(setup);
        for (int step = 0; step < 120; step++) {
            List<ObjectNode> batch = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                batch.add(operation());
            }
            apply(batch);
            for (String province : PROVINCES) {
                assertEquals(fresh(province, false), kept(province, false), "step " + step + ", province " + province);
                Coverage.Share plans = statistics.province(ROUND, province, Boundaries.AS_REPORTED, false).coverage()
                        .ownPlan();
                partialCoverage += plans.agencies() > 0 && plans.agencies() < plans.of() ? 1 : 0;
                assertEquals(fresh(province, true), kept(province, true),
                        "accepted only: step " + step + ", province " + province);
            }
        }
        assertTrue(current.values().stream().anyMatch(e -> !"ReportWithdrawn".equals(e.get("type").asText())),
                "some reports count at the end");
        assertTrue(acceptances > 10, "the board accepted some versions: " + acceptances);
        assertTrue(histories > 5, "some agencies changed at a day before or after the period's end: " + histories);
        assertTrue(partialCoverage > 0, "some steps had some agencies, not all, with an own plan: the coverage varied");
    }

    @Test
    void aReadLoadsNoReport() {
        apply(List.of(round("2022-04-30"), TestEvents.province("22"), agency("22.R1", "22")));
        apply(List.of(submitted("22.R1", "22")));
        Statistics counters = sessions.getStatistics();
        counters.setStatisticsEnabled(true);
        counters.clear();
        ProvinceStatistics read = statistics.province(ROUND, "22", Boundaries.AS_REPORTED);
        statistics.national(ROUND);
        assertTrue(read.agenciesReported() >= 1);
        assertEquals(0, counters.getEntityStatistics(ReportContribution.class.getName()).getLoadCount(),
                "no report is loaded: " + counters);
        assertTrue(counters.getQueryExecutionCount() <= 8, "a few queries, whatever the number of reports: " + counters);
        counters.setStatisticsEnabled(false);
    }

    /**
     * A registry change recomputes its places from the reports' states read as values: no report
     * row is managed, so a batch touching many places (a backlog after a restart) does not hold
     * every report it read until it commits.
     */
    @Test
    void aRecomputationManagesNoReportRow() {
        apply(List.of(round("2022-04-30"), TestEvents.province("22"), agency("22.M1", "22"), agency("22.M2", "22")));
        apply(List.of(submitted("22.M1", "22"), submitted("22.M2", "22")));
        Statistics counters = sessions.getStatistics();
        counters.setStatisticsEnabled(true);
        try {
            counters.clear();
            apply(List.of(agency("22.M1", "22"), round("2022-01-31")));
            assertEquals(0, counters.getEntityStatistics(ReportContribution.class.getName()).getLoadCount(),
                    "no report row loaded to recompute: " + counters);
            assertEquals(fresh("22", false), kept("22", false));
        } finally {
            counters.setStatisticsEnabled(false);
        }
    }

    /**
     * A new agency changes its province's figures by its expectation alone: no report of the
     * province is read again, however many there are (a registry import of thousands of agencies
     * against many rounds once delayed the counting of new reports by minutes).
     */
    @Test
    void aNewAgencyReadsNoReportOfItsProvince() {
        List<ObjectNode> setup = new ArrayList<>(List.of(round("2022-04-30"), TestEvents.province("20")));
        for (int i = 1; i <= 30; i++) {
            setup.add(agency("20.P" + i, "20"));
        }
        apply(setup);
        List<ObjectNode> reports = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            reports.add(submitted("20.P" + i, "20"));
        }
        apply(reports);
        Statistics counters = sessions.getStatistics();
        counters.setStatisticsEnabled(true);
        try {
            counters.clear();
            apply(List.of(agency("20.Q1", "20"), agency("20.Q2", "20"), agency("20.Q3", "20")));
            long reportRowsRead = java.util.Arrays.stream(counters.getQueries()).filter(q -> q.contains("ReportContribution"))
                    .mapToLong(q -> counters.getQueryStatistics(q).getExecutionRowCount()).sum();
            assertEquals(0, reportRowsRead, "no report read for agencies that have none: " + counters);
            assertEquals(0, counters.getEntityStatistics(ReportContribution.class.getName()).getLoadCount());
        } finally {
            counters.setStatisticsEnabled(false);
        }
        assertEquals(fresh("20", false), kept("20", false));
    }

    /**
     * A batch reads what it needs once, however many events it holds (its processed event ids in one
     * query, its reports' rows in another); a report submitted and revised within the batch, and an
     * event delivered twice in it, still count once.
     */
    @Test
    void aBatchReadsItsRowsOnceAndAppliesEachEventOnce() {
        apply(List.of(round("2022-04-30"), TestEvents.province("22"), agency("22.B1", "22"), agency("22.B2", "22")));
        apply(List.of(submitted("22.B2", "22")));
        ObjectNode first = submitted("22.B1", "22");
        ObjectNode revised = next(first, ExampleEvents.REPORT_REVISED);
        ObjectNode other = next(current.get("22.B2"), ExampleEvents.REPORT_REVISED);
        Statistics counters = sessions.getStatistics();
        counters.setStatisticsEnabled(true);
        try {
            counters.clear();
            assertEquals(List.of(EventApplier.Outcome.APPLIED, EventApplier.Outcome.APPLIED,
                    EventApplier.Outcome.DUPLICATE, EventApplier.Outcome.APPLIED),
                    apply(List.of(first, revised, first.deepCopy(), other)));
            assertEquals(0, counters.getEntityStatistics(ProcessedEvent.class.getName()).getLoadCount(),
                    "no processed event looked up one by one: " + counters);
            assertEquals(1, executions(counters, "ProcessedEvent"), "one query for the batch's event ids: " + counters);
            assertEquals(1, executions(counters, "reportId in ?1"),
                    "one query for the batch's report rows: " + counters);
        } finally {
            counters.setStatisticsEnabled(false);
        }
        assertEquals(2, contributions.findById(UUID.fromString(first.get("reportId").asText())).version);
        assertEquals(fresh("22", false), kept("22", false));
    }

    private static long executions(Statistics counters, String queryPart) {
        return java.util.Arrays.stream(counters.getQueries()).filter(q -> q.contains(queryPart))
                .mapToLong(q -> counters.getQueryStatistics(q).getExecutionCount()).sum();
    }

    private ObjectNode operation() {
        int kind = random.nextInt(10);
        List<String> agencies = new ArrayList<>(agencyRevisions.keySet());
        agencies.sort(null);
        String agency = agencies.get(random.nextInt(agencies.size()));
        String province = agency.substring(0, 2);
        if (kind < 4) {
            ObjectNode latest = current.get(agency);
            if (latest == null || "ReportWithdrawn".equals(latest.get("type").asText())) {
                return submitted(agency, province);
            }
            return next(latest, ExampleEvents.REPORT_REVISED);
        }
        if (kind < 5 && current.containsKey(agency)) {
            return next(current.get(agency), ExampleEvents.REPORT_WITHDRAWN);
        }
        if (kind < 7 && !sent.isEmpty()) {
            return sent.get(random.nextInt(sent.size())).deepCopy(); // delivered again: same event id
        }
        if (kind < 9) { // now and then moved to the other province, its reports staying where they were made
            return agency(agency, random.nextInt(6) > 0 ? province : PROVINCES.get(1 - PROVINCES.indexOf(province)));
        }
        return round(random.nextBoolean() ? "2022-04-30" : "2022-01-31");
    }

    private ObjectNode submitted(String agency, String province) {
        ObjectNode event = TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), agency, province, 1);
        figures((ObjectNode) event.get("payload"));
        ((ObjectNode) event.get("payload")).put("roundCode", ROUND);
        current.put(agency, event);
        return event;
    }

    /** The report's next version: revised with new figures, or withdrawn. */
    private ObjectNode next(ObjectNode latest, ExampleEvents type) {
        int version = latest.get("version").asInt() + 1;
        ObjectNode event = TestEvents.report(type, UUID.fromString(latest.get("reportId").asText()),
                latest.get("payload").get("agencyCode").asText(), latest.get("payload").get("provinceCode").asText(),
                version);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("roundCode", ROUND).put("submittedAt", latest.get("payload").get("submittedAt").asText());
        if (type == ExampleEvents.REPORT_REVISED) {
            figures(payload);
            payload.remove("review");
            if (random.nextInt(3) == 0) { // the board's decision: the next version, carrying it
                acceptances++;
                payload.putObject("review").put("decision", random.nextInt(4) == 0 ? "RETURNED" : "ACCEPTED")
                        .put("comment", "Kiểm tra").put("reviewedBy", "board").put("reviewedAt", "2022-05-02T03:00:00Z")
                        .put("reviewedVersion", version - 1);
            }
        }
        current.put(payload.get("agencyCode").asText(), event);
        return event;
    }

    /** Random figures: counts or percents, with or without totals, models, directives, titles. */
    private void figures(ObjectNode payload) {
        ObjectNode workforce = payload.putObject("workforce");
        Integer total = random.nextInt(4) == 0 ? null : 5 + random.nextInt(60);
        if (total != null) {
            workforce.put("total", total);
        }
        if (random.nextBoolean() && total != null) {
            workforce.put("participating", random.nextInt(total + 1));
        } else {
            workforce.putObject("participating").put("percent", 50 + random.nextInt(51));
        }
        int commitments = random.nextInt(4);
        if (commitments == 0 && total != null) {
            workforce.put("commitmentsSigned", random.nextInt(total + 1));
        } else if (commitments == 1) { // a percent, 0 now and then: coverage counts only one above 0
            workforce.putObject("commitmentsSigned").put("percent", random.nextInt(3) == 0 ? 0 : 80);
        } else {
            workforce.remove("commitmentsSigned");
        }
        payload.put("submittedAt", random.nextBoolean() ? "2022-01-20T03:00:00Z" : "2022-04-20T03:00:00Z");
        payload.put("modelsRegistered", random.nextInt(5));
        if (random.nextBoolean()) {
            payload.remove("models");
        }
        directives(payload);
        ((ObjectNode) payload.get("indicators")).put("computerEquipmentPercent", random.nextInt(101));
        ((ObjectNode) payload.get("emulationTitles").get(0)).put("year", 2020 + random.nextInt(3));
        int culturalStandard = random.nextInt(3); // stated without a figure, stated as 0, or not stated
        if (culturalStandard < 2) {
            ObjectNode title = ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("emulationTitles"))
                    .addObject().put("title", "CULTURAL_STANDARD_UNIT");
            if (culturalStandard == 1) {
                title.put("count", 0);
            }
        }
        if (random.nextBoolean()) {
            payload.remove("inspections");
        }
    }

    /** Own or cited plans and regulations, or none: what the coverage counts agencies by. */
    private void directives(ObjectNode payload) {
        var list = payload.putArray("directives");
        for (int i = random.nextInt(4); i > 0; i--) {
            ObjectNode d = list.addObject().put("kind", random.nextBoolean() ? "PLAN" : "REGULATION");
            if (random.nextBoolean()) {
                d.put("issuer", "SELF").put("number", random.nextInt(100) + "/KH");
            } else {
                d.put("issuer", "CITED").put("issuedBy", "UBND tỉnh").put("number", random.nextInt(100) + "/KH-UBND");
            }
        }
    }

    private ObjectNode agency(String code, String province) {
        long revision = agencyRevisions.merge(code, 1L, Long::sum);
        boolean dated = random.nextInt(3) > 0;
        ObjectNode event = dated
                ? TestEvents.agency(code, province, revision, random.nextInt(4) == 0 ? "2022-06-01" : "2019-01-01",
                        null, java.time.LocalDate.of(2022, 5, 1))
                : TestEvents.agency(code, province, KINDS.get(random.nextInt(KINDS.size())), revision,
                        random.nextInt(5) > 0);
        ObjectNode body = (ObjectNode) event.get("agency");
        body.put("kind", KINDS.get(random.nextInt(KINDS.size())));
        if (dated) {
            body.put("blocCode", BLOCS.get(random.nextInt(BLOCS.size())));
            body.put("staffing", 10 + random.nextInt(50));
            if (random.nextInt(3) == 0) { // in valid time: another state until a random day, 2020–2024
                var history = body.putArray("history");
                history.addObject().put("name", "Trước " + code)
                        .put("kind", KINDS.get(random.nextInt(KINDS.size())))
                        .put("provinceCode", PROVINCES.get(random.nextInt(PROVINCES.size())))
                        .put("blocCode", BLOCS.get(random.nextInt(BLOCS.size())))
                        .put("staffing", 10 + random.nextInt(50));
                history.addObject().put("effectiveFrom", LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365)).toString())
                        .put("name", body.get("name").asText()).put("kind", body.get("kind").asText())
                        .put("provinceCode", body.get("provinceCode").asText())
                        .put("blocCode", body.get("blocCode").asText()).put("staffing", body.get("staffing").asInt());
                histories++;
            }
        }
        latestAgency.put(code, event);
        return event;
    }

    /**
     * The oracle's registry: the agency as its latest event says it was on the day, read from the
     * event itself (its state in force then), not from the service's copy.
     */
    private Agency asOf(String code, LocalDate day) {
        ObjectNode event = latestAgency.get(code);
        if (event == null) {
            return null;
        }
        var body = event.get("agency");
        com.fasterxml.jackson.databind.JsonNode state = body;
        if (body.has("history")) {
            for (var s : body.get("history")) {
                if (!s.has("effectiveFrom") || !LocalDate.parse(s.get("effectiveFrom").asText()).isAfter(day)) {
                    state = s;
                }
            }
        }
        Agency agency = new Agency();
        agency.code = code;
        agency.name = state.get("name").asText();
        agency.kind = state.get("kind").asText();
        agency.provinceCode = state.get("provinceCode").asText();
        agency.blocCode = state.hasNonNull("blocCode") ? state.get("blocCode").asText() : null;
        agency.staffing = state.hasNonNull("staffing") ? state.get("staffing").asInt() : null;
        agency.active = body.get("active").asBoolean();
        agency.validFrom = body.hasNonNull("validFrom") ? LocalDate.parse(body.get("validFrom").asText()) : null;
        agency.validTo = body.hasNonNull("validTo") ? LocalDate.parse(body.get("validTo").asText()) : null;
        return agency;
    }

    private ObjectNode round(String dueDate) {
        ObjectNode event = TestEvents.example(ExampleEvents.ROUND_UPSERTED);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("key", "round:" + ROUND);
        event.put("revision", ++roundRevision);
        ObjectNode r = (ObjectNode) event.get("round");
        r.put("code", ROUND).put("dueDate", dueDate);
        ((ObjectNode) r.get("provinceDueDates")).removeAll().put("20", dueDate);
        return event;
    }

    private List<EventApplier.Outcome> apply(List<ObjectNode> events) {
        List<EventApplier.Received> received = new ArrayList<>();
        for (ObjectNode e : events) {
            String topic = e.has("reportId") ? Topics.REPORT_EVENTS : Topics.REGISTRY_EVENTS;
            try {
                received.add(EventApplier.Received.decode(topic, JSON.writeValueAsBytes(e), null));
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
            sent.add(e);
        }
        return applier.applyAll(received);
    }

    private String kept(String province, boolean accepted) {
        return withoutUpdatedAt(statistics.province(ROUND, province, Boundaries.AS_REPORTED, accepted));
    }

    /** The figures computed afresh from the reports held and the registry, as before they were kept. */
    private String fresh(String province, boolean accepted) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportingRound round = registry.round(ROUND).orElseThrow();
            List<ReportState> states = contributions.countingStates(ROUND, Set.of(province)).stream()
                    .map(json -> EventCodec.fromJson(json, ReportState.class))
                    .filter(s -> !accepted || s.accepted()).toList();
            // every agency as it was at the period's end, read from the events sent
            List<StatisticsCalculator.Entry> entries = states.stream()
                    .map(s -> StatisticsKeeper.entry(s, asOf(s.agencyCode(), round.periodEnd), round)).toList();
            List<StatisticsCalculator.Expected> expected = latestAgency.keySet().stream().sorted()
                    .map(code -> asOf(code, round.periodEnd))
                    .filter(a -> a.validOn(round.periodEnd) && province.equals(a.provinceCode))
                    .map(a -> new StatisticsCalculator.Expected(a.code, a.name, a.kind, a.blocCode)).toList();
            return withoutUpdatedAt(StatisticsCalculator.compute(ROUND, province, null, entries, expected));
        });
    }

    /** The statistics as JSON without updatedAt (kept: the latest change, withdrawals included). */
    private static String withoutUpdatedAt(ProvinceStatistics s) {
        ObjectNode json = JSON.findAndRegisterModules().valueToTree(s);
        json.remove("updatedAt");
        return json.toPrettyString();
    }
}
