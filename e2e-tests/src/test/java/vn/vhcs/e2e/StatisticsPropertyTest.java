package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.vhcs.contract.Topics;

/**
 * A seeded, repeatable random sequence of submissions, revisions, withdrawals, re-submissions and
 * duplicate event deliveries over 40 agencies in 4 provinces (two of which merged in 2025), all
 * through the gateway. Afterwards every statistic must equal a fresh computation, done here, over
 * report-service's current reports: per province, national, and with the 2025 boundaries.
 */
@ExtendWith(RunningSystem.class)
class StatisticsPropertyTest {

    static final long SEED = Long.getLong("vhcs.property.seed", 20_261_121L);
    static final int OPERATIONS = Integer.getInteger("vhcs.property.operations", 600);
    static final String ROUND = "PROPERTY-2022";
    /** Ninh Thuận (58) became part of Khánh Hòa (56); Hậu Giang (93) of Cần Thơ (92). */
    static final List<String> PROVINCES = List.of("58", "56", "93", "92");
    static final String[] KINDS = { "PROVINCIAL_DEPARTMENT", "OFFICE", "MASS_ORGANISATION", "DISTRICT_COMMITTEE" };
    static final String[] SECTORS = { "ADMINISTRATION", "HEALTH", "EDUCATION", "ENTERPRISE", "PUBLIC_SERVICE", "OTHER" };
    static final String[] FORMS = { "ORDER", "MEDAL", "PRIME_MINISTER_MERIT", "MINISTRY_PROVINCE_MERIT",
            "CERTIFICATE_OF_MERIT", "PRAISE" };
    static final String[] DIRECTIVES = { "PLAN", "DECISION", "GUIDANCE", "OFFICIAL_LETTER", "REGULATION" };
    static final String[] TITLES = { "ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER", "ADVANCED_LABOUR_COLLECTIVE" };

    private final Random random = new Random(SEED);
    private final Map<String, String> reportOf = new HashMap<>();
    private final Map<String, Integer> versionOf = new HashMap<>();
    private final Map<String, String> provinceOf = new LinkedHashMap<>();
    private final Map<String, String> kindOf = new HashMap<>();

    @Test
    void statisticsEqualAFreshComputationAfterARandomHistory() throws Exception {
        registry();
        RunningSystem system = RunningSystem.get();
        try (KafkaConsumer<String, String> tap = tap(system); KafkaProducer<String, String> redeliver = producer(system)) {
            List<ConsumerRecord<String, String>> published = new ArrayList<>();
            int duplicates = 0;
            for (int op = 0; op < OPERATIONS; op++) {
                if (random.nextInt(10) == 0) {
                    tap.poll(Duration.ofMillis(50)).forEach(published::add);
                    if (!published.isEmpty()) {
                        ConsumerRecord<String, String> again = published.get(random.nextInt(published.size()));
                        ProducerRecord<String, String> copy = new ProducerRecord<>(again.topic(), again.key(), again.value());
                        again.headers().forEach(h -> copy.headers().add(h));
                        redeliver.send(copy).get(10, TimeUnit.SECONDS);
                        duplicates++;
                        continue;
                    }
                }
                step(new ArrayList<>(provinceOf.keySet()).get(random.nextInt(provinceOf.size())));
            }
            assertTrue(duplicates > 10, "the sequence redelivers events: " + duplicates);
        }

        List<Map<String, Object>> current = currentReports();
        assertTrue(current.size() > 10, "a meaningful number of current reports");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String province : PROVINCES) {
                compare(expected(current, Set.of(province), Set.of(province)),
                        given().get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + province).then()
                                .statusCode(200).extract().jsonPath(), "province " + province);
            }
            compare(expected(current, Set.of("58", "56"), Set.of("58", "56")),
                    given().get("/api/v1/statistics/rounds/" + ROUND + "/provinces/56?boundaries=2025").then()
                            .statusCode(200).extract().jsonPath(), "56 within the 2025 boundaries");
            compare(expected(current, Set.of("93", "92"), Set.of("93", "92")),
                    given().get("/api/v1/statistics/rounds/" + ROUND + "/provinces/92?boundaries=2025").then()
                            .statusCode(200).extract().jsonPath(), "92 within the 2025 boundaries");
            compare(expected(current, null, null), given().get("/api/v1/statistics/rounds/" + ROUND + "/national")
                    .then().statusCode(200).extract().jsonPath(), "national");
        });
    }

    /** One random lifecycle step for an agency, whatever state its report is in. */
    private void step(String agency) {
        String id = reportOf.get(agency);
        if (id == null) {
            Response r = given().contentType(ContentType.JSON).body(randomReport(agency)).post("/api/v1/reports");
            r.then().statusCode(201);
            reportOf.put(agency, r.path("id"));
            versionOf.put(agency, r.path("version"));
            return;
        }
        int version = versionOf.get(agency);
        String status = given().get("/api/v1/reports/" + id).then().statusCode(200).extract().path("status");
        Response r;
        if ("WITHDRAWN".equals(status)) {
            r = given().contentType(ContentType.JSON).body(randomReport(agency)).post("/api/v1/reports");
            r.then().statusCode(201);
        } else if (random.nextInt(4) == 0) {
            r = given().header("If-Match", "\"" + version + "\"").delete("/api/v1/reports/" + id);
            r.then().statusCode(200);
        } else {
            r = given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body(randomReport(agency)).put("/api/v1/reports/" + id);
            r.then().statusCode(200);
        }
        versionOf.put(agency, r.path("version"));
    }

    private Map<String, Object> randomReport(String agency) {
        int total = 1 + random.nextInt(200);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("agencyCode", agency);
        report.put("roundCode", ROUND);
        report.put("document", Map.of("number", random.nextInt(500) + "/BC", "issuedOn", "2022-04-" + (10 + random.nextInt(10))));
        report.put("workforce", Map.of("total", total, "participating", random.nextInt(total + 1),
                "commitmentsSigned", random.nextInt(total + 1)));
        if (random.nextBoolean()) {
            int units = random.nextInt(50);
            report.put("memberUnits", Map.of("total", units, "withCultureRules", random.nextInt(units + 1)));
        }
        report.put("models", list(random.nextInt(4), i -> Map.of("name", "Mô hình " + i, "sector", pick(SECTORS))));
        report.put("directives", list(random.nextInt(4), i -> Map.of("kind", pick(DIRECTIVES), "number", i + "/KH",
                "issuedOn", "2020-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10))));
        report.put("commendations", list(random.nextInt(3), i -> Map.of("form", pick(FORMS), "recipientKind",
                random.nextBoolean() ? "COLLECTIVE" : "INDIVIDUAL", "year", 2019 + random.nextInt(4), "count",
                random.nextInt(20))));
        report.put("emulationTitles", list(random.nextInt(3), i -> Map.of("title", pick(TITLES), "year",
                2019 + random.nextInt(4), "count", random.nextInt(total + 1))));
        if (random.nextBoolean()) {
            report.put("indicators", Map.of("computerEquipmentPercent", random.nextInt(101)));
        }
        return report;
    }

    /**
     * The figures computed here from report-service's current reports and active agencies (all of
     * them, as other tests register agencies too), in the given provinces or, for null, everywhere.
     */
    private Map<String, Object> expected(List<Map<String, Object>> reports, Set<String> provinces,
            Set<String> expectedProvinces) {
        List<Map<String, Object>> mine = reports.stream()
                .filter(r -> provinces == null || provinces.contains(r.get("provinceCode"))).toList();
        Map<String, Object> e = new TreeMap<>();
        List<String> expectedAgencies = activeAgencies().entrySet().stream()
                .filter(a -> expectedProvinces == null || expectedProvinces.contains(a.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        Set<String> reporting = mine.stream().map(r -> (String) r.get("agencyCode")).collect(Collectors.toSet());
        e.put("agenciesExpected", expectedAgencies.size());
        e.put("agenciesReported", mine.size());
        e.put("missingAgencies", expectedAgencies.stream().filter(a -> !reporting.contains(a)).toList());
        e.put("reportedOnTime", (int) mine.stream().filter(r -> Boolean.TRUE.equals(r.get("onTime"))).count());
        long total = sum(mine, r -> num(r, "workforce.total"));
        e.put("workforceTotal", total);
        e.put("participating", sum(mine, r -> num(r, "workforce.participating")));
        e.put("commitmentsSigned", sum(mine, r -> num(r, "workforce.commitmentsSigned")));
        e.put("memberUnits.total", sum(mine, r -> num(r, "memberUnits.total")));
        e.put("memberUnits.withCultureRules", sum(mine, r -> num(r, "memberUnits.withCultureRules")));
        e.put("participationRate.numerator", e.get("participating"));
        e.put("participationRate.denominator", total);
        Map<String, Long> sectors = new TreeMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> commendations = new TreeMap<>();
        Map<String, Long> titles = new TreeMap<>();
        Map<String, Long> byAgencyKind = new TreeMap<>();
        for (Map<String, Object> r : mine) {
            items(r, "models").forEach(m -> sectors.merge((String) m.get("sector"), 1L, Long::sum));
            items(r, "directives").forEach(d -> kinds.merge((String) d.get("kind"), 1L, Long::sum));
            items(r, "commendations").forEach(c -> commendations.merge(c.get("form") + "/" + c.get("recipientKind"),
                    ((Number) c.get("count")).longValue(), Long::sum));
            items(r, "emulationTitles").forEach(t -> titles.merge(t.get("title") + "/" + t.get("year"),
                    ((Number) t.get("count")).longValue(), Long::sum));
            byAgencyKind.merge(kindOf.getOrDefault((String) r.get("agencyCode"), "?"), num(r, "workforce.total"),
                    Long::sum);
        }
        e.put("models.bySector", sectors);
        e.put("directives.byKind", kinds);
        e.put("commendations", commendations);
        e.put("emulationTitles", titles);
        e.put("byAgencyKind.workforceTotal", byAgencyKind);
        return e;
    }

    /** The same figures read from aggregation-service's answer. */
    private static void compare(Map<String, Object> expected, JsonPath actual, String what) {
        Map<String, Object> a = new TreeMap<>();
        a.put("agenciesExpected", actual.getInt("agenciesExpected"));
        a.put("agenciesReported", actual.getInt("agenciesReported"));
        a.put("missingAgencies", actual.getList("missingAgencies.code"));
        a.put("reportedOnTime", actual.getInt("reportedOnTime"));
        a.put("workforceTotal", actual.getLong("workforceTotal"));
        a.put("participating", actual.getLong("participating"));
        a.put("commitmentsSigned", actual.getLong("commitmentsSigned"));
        a.put("memberUnits.total", actual.getLong("memberUnits.total"));
        a.put("memberUnits.withCultureRules", actual.getLong("memberUnits.withCultureRules"));
        a.put("participationRate.numerator", actual.getLong("participationRate.numerator"));
        a.put("participationRate.denominator", actual.getLong("participationRate.denominator"));
        a.put("models.bySector", longs(actual.getMap("models.bySector")));
        a.put("directives.byKind", longs(actual.getMap("directives.byKind")));
        Map<String, Long> commendations = new TreeMap<>();
        actual.<Map<String, Object>>getList("commendations").forEach(c -> commendations
                .put(c.get("form") + "/" + c.get("recipientKind"), ((Number) c.get("count")).longValue()));
        a.put("commendations", commendations);
        Map<String, Long> titles = new TreeMap<>();
        actual.<Map<String, Object>>getList("emulationTitles").forEach(t -> titles
                .put(t.get("title") + "/" + t.get("year"), ((Number) t.get("count")).longValue()));
        a.put("emulationTitles", titles);
        Map<String, Long> byKind = new TreeMap<>();
        actual.<String, Map<String, Object>>getMap("byAgencyKind").forEach((kind, f) -> {
            if (((Number) f.get("agenciesReported")).intValue() > 0) {
                byKind.put(kind, ((Number) f.get("workforceTotal")).longValue());
            }
        });
        a.put("byAgencyKind.workforceTotal", byKind);
        assertEquals(expected, a, what);
        if ((long) expected.get("workforceTotal") > 0) {
            double rate = (long) expected.get("participating") / (double) (long) expected.get("workforceTotal");
            assertEquals(Math.round(rate * 100_000) / 100_000.0, actual.getDouble("participationRate.value"), 1e-9, what);
        } else {
            assertEquals((Object) null, actual.get("participationRate.value"), what);
        }
    }

    /** Active agencies, by code, with their province, as report-service has them. */
    private static Map<String, String> activeAgencies() {
        Map<String, String> agencies = new TreeMap<>();
        for (int page = 0;; page++) {
            JsonPath answer = given().get("/api/v1/agencies?active=true&size=200&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            answer.<Map<String, Object>>getList("items")
                    .forEach(a -> agencies.put((String) a.get("code"), (String) a.get("provinceCode")));
            if ((page + 1) * 200 >= answer.getInt("total")) {
                return agencies;
            }
        }
    }

    private List<Map<String, Object>> currentReports() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath answer = given().get("/api/v1/reports?round=" + ROUND + "&size=200&page=" + page).then()
                    .statusCode(200).extract().jsonPath();
            all.addAll(answer.getList("items"));
            if ((page + 1) * 200 >= answer.getInt("total")) {
                break;
            }
        }
        return all.stream().filter(r -> !"WITHDRAWN".equals(r.get("status"))).toList();
    }

    private void registry() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(201);
        for (int i = 0; i < 40; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            String code = province + ".P" + i;
            String kind = KINDS[random.nextInt(KINDS.length)];
            given().contentType(ContentType.JSON).body(Map.of("name", "Cơ quan " + code, "kind", kind,
                    "provinceCode", province)).put("/api/v1/agencies/" + code).then().statusCode(201);
            provinceOf.put(code, province);
            kindOf.put(code, kind);
        }
    }

    private static KafkaConsumer<String, String> tap(RunningSystem system) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.broker.bootstrapServers()), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORT_EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static KafkaProducer<String, String> producer(RunningSystem system) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> List<T> list(int n, Function<Integer, T> item) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(item.apply(i));
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> report, String field) {
        Object value = report.get(field);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static long num(Map<String, Object> report, String path) {
        Object node = report;
        for (String part : path.split("\\.")) {
            node = node == null ? null : ((Map<String, Object>) node).get(part);
        }
        return node == null ? 0 : ((Number) node).longValue();
    }

    private static long sum(List<Map<String, Object>> reports, Function<Map<String, Object>, Long> value) {
        return reports.stream().mapToLong(value::apply).sum();
    }

    private static Map<String, Long> longs(Map<String, Object> map) {
        Map<String, Long> result = new TreeMap<>();
        map.forEach((k, v) -> result.put(k, ((Number) v).longValue()));
        return result;
    }
}
