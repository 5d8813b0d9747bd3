package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import vn.vhcs.contract.Topics;
import vn.vhcs.testing.ServiceProcess;

/**
 * A seeded, repeatable random sequence of submissions, revisions, withdrawals, re-submissions and
 * duplicate event deliveries over 40 agencies in 4 provinces (two of which merged in 2025), all
 * through the gateway. The reports mix what v2 allows: figures as counts, percents (with and without
 * a qualifier), both, or absent, with or without a headcount; models registered beyond those named;
 * own and cited directives. Every {@value #CHECKPOINT} operations and at the end, every statistic
 * must equal a fresh computation, done here from report-service's current reports as the API gives
 * them back (never with production code): per province, national, and with the 2025 boundaries,
 * including {@code measures}, models, own directives and cited documents, and the coverage (agencies,
 * not documents). Two aggregation-service instances share the consumer group meanwhile, applying
 * events to the same provinces' cells.
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
    static final String[] TITLES = { "ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER", "ADVANCED_LABOUR_COLLECTIVE",
            "CULTURAL_STANDARD_UNIT" };
    static final String[] QUALIFIERS = { "EXACT", "MORE_THAN", "AT_LEAST", "APPROXIMATELY", "LESS_THAN" };
    /** Every this many operations, and at the end, the statistics are compared. */
    static final int CHECKPOINT = Integer.getInteger("vhcs.property.checkpoint", 150);
    /**
     * Higher documents the reports cite ({@code issuer: CITED}), each always described alike, so
     * that several agencies cite the same one; two have no number (counted by title), one no date.
     */
    static final List<Map<String, Object>> CITED = List.of(
            cited("DECISION", "Thủ tướng Chính phủ", "733/QĐ-TTg", "2019-06-14",
                    "Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”"),
            cited("PLAN", "UBND tỉnh", "167/KH-UBND", "2019-07-09", "Tổ chức triển khai thực hiện phong trào thi đua"),
            cited("GUIDANCE", "Ban Thi đua - Khen thưởng Trung ương", "544/HD-BTĐKT", "2022-03-23",
                    "Hướng dẫn sơ kết 3 năm thực hiện phong trào thi đua"),
            cited("DIRECTIVE", "Bộ Chính trị", "05-CT/TW", null,
                    "Đẩy mạnh việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"),
            cited("RESOLUTION", "Ban Chấp hành Trung ương", null, "2012-01-16",
                    "Nghị quyết Trung ương 4 (khóa XI) về xây dựng Đảng"),
            cited("GUIDANCE", "Hội đồng Thi đua - Khen thưởng tỉnh", null, null, "Hướng dẫn sơ kết phong trào thi đua"));

    private final Random random = new Random(SEED);
    private final Map<String, String> reportOf = new HashMap<>();
    private final Map<String, Integer> versionOf = new HashMap<>();
    private final Map<String, String> provinceOf = new LinkedHashMap<>();
    private final Map<String, String> kindOf = new HashMap<>();

    @Test
    void statisticsEqualAFreshComputationAfterARandomHistory() throws Exception {
        registry();
        RunningSystem system = RunningSystem.get();
        try (ServiceProcess replica = system.startAggregationReplica("aggregation-replica-2");
                KafkaConsumer<String, String> tap = tap(system); KafkaProducer<String, String> redeliver = producer(system)) {
            bothReplicasHoldPartitions(system);
            List<ConsumerRecord<String, String>> published = new ArrayList<>();
            int duplicates = 0;
            for (int op = 0; op < OPERATIONS; op++) {
                if (op > 0 && op % CHECKPOINT == 0) {
                    everyStatisticMatches("after " + op + " operations");
                }
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
            everyStatisticMatches("with two replicas");
            for (ServiceProcess instance : List.of(system.aggregation, replica)) {
                assertTrue(vn.vhcs.testing.PrometheusMetrics.value(given().baseUri(instance.managementUrl())
                        .port(instance.managementPort), "vhcs_events_applied_total") > 0,
                        instance.name + " applied events of the same provinces");
            }
        }

        assertTrue(everyStatisticMatches("at the end").size() > 10, "a meaningful number of current reports");
        // the history went through what v2 allows, or the comparison above proves little
        JsonPath national = statistics("/national");
        for (String field : List.of("withCount", "withPercentOnly", "percentOnlyWithoutBase", "statedPercent.at100")) {
            assertTrue(Stream.of("participation", "commitments", "memberUnitsWithCultureRules", "memberUnitsWithPlans")
                    .mapToInt(figure -> national.getInt("measures." + figure + "." + field)).sum() > 0,
                    "some statement counts in measures.*." + field);
        }
        assertTrue(national.getBoolean("measures.participation.estimated"), "percents entered a rate");
        assertTrue(national.getMap("models.bySector").containsKey("UNSPECIFIED"), "models registered but not named");
        assertTrue(national.<Map<String, Object>>getList("citedDocuments").stream()
                .anyMatch(c -> c.get("number") == null && ((Number) c.get("agencies")).intValue() > 1),
                "a document without a number cited by several agencies");
        assertTrue(national.<String, Object>getMap("emulationTitleMeasures").keySet().stream()
                .anyMatch(k -> k.endsWith(":UNSPECIFIED")),
                "a title stated as a percent, without a year");

        rebuiltFromTheTopicsTheSame(system);
    }

    /**
     * ./vhcs rebuild-statistics: under a new consumer group the read model is emptied and both
     * topics replayed from the beginning (v1 and v2 events, the redelivered copies too); reads
     * answer 503 with Retry-After meanwhile, then exactly what they answered before.
     */
    private static void rebuiltFromTheTopicsTheSame(RunningSystem system) {
        List<String> paths = new ArrayList<>(List.of("/national", "/provinces/56?boundaries=2025", "/provinces?size=200"));
        PROVINCES.forEach(p -> paths.add("/provinces/" + p));
        Map<String, String> before = new LinkedHashMap<>();
        paths.forEach(path -> before.put(path, given().get("/api/v1/statistics/rounds/" + ROUND + path).then()
                .statusCode(200).extract().asString()));
        long started = System.nanoTime();
        system.rebuildAggregation("aggregation-rebuilt-" + System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String path : paths) {
                Response r = given().get("/api/v1/statistics/rounds/" + ROUND + path);
                if (r.statusCode() == 503) {
                    assertTrue(r.header("Retry-After") != null, "a 503 says when to come back");
                }
                assertEquals(before.get(path), r.then().statusCode(200).extract().asString(), "rebuilt " + path);
            }
        });
        System.out.printf("[e2e] statistics rebuilt from the topics and equal in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Two aggregation-service instances in one consumer group, each with some of report-events'
     * partitions: both apply events to the same (round, province) cells.
     */
    private static void bothReplicasHoldPartitions(RunningSystem system) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                var group = admin.describeConsumerGroups(List.of("aggregation-service")).all().get(10, TimeUnit.SECONDS)
                        .get("aggregation-service");
                assertEquals(2, group.members().stream().filter(m -> m.assignment().topicPartitions().stream()
                        .anyMatch(tp -> tp.topic().equals(Topics.REPORT_EVENTS))).count(),
                        "members holding report-events partitions: " + group.members());
            });
        }
    }

    /**
     * Waits until every statistic (per province, within the 2025 boundaries, national, and the
     * missing agencies) equals the computation done here over report-service's current reports.
     */
    private List<Map<String, Object>> everyStatisticMatches(String when) {
        List<Map<String, Object>> current = currentReports();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String province : PROVINCES) {
                compare(expected(current, Set.of(province), Set.of(province)),
                        statistics("/provinces/" + province), when + ", province " + province);
                assertEquals(missing(current, Set.of(province)), missingList(province, ""), when + ", missing in " + province);
            }
            assertEquals(missing(current, Set.of("58", "56")), missingList("56", "&boundaries=2025"),
                    when + ", missing in 56 within the 2025 boundaries");
            assertEquals(missing(current, Set.of("93", "92")), missingList("92", "&boundaries=2025"),
                    when + ", missing in 92 within the 2025 boundaries");
            compare(expected(current, Set.of("58", "56"), Set.of("58", "56")),
                    statistics("/provinces/56?boundaries=2025"), when + ", 56 within the 2025 boundaries");
            compare(expected(current, Set.of("93", "92"), Set.of("93", "92")),
                    statistics("/provinces/92?boundaries=2025"), when + ", 92 within the 2025 boundaries");
            compare(expected(current, null, null), statistics("/national"), when + ", national");
        });
        return current;
    }

    /** A statistics answer of the round, decimals read as BigDecimal (no float rounding). */
    private static JsonPath statistics(String path) {
        String body = given().get("/api/v1/statistics/rounds/" + ROUND + path).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
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

    /** A group of figures out of a total: the total when there is one, then each figure of it. */
    private Map<String, Object> group(Integer total, String... figures) {
        Map<String, Object> group = new LinkedHashMap<>();
        if (total != null) {
            group.put("total", total);
        }
        for (String figure : figures) {
            figure(group, figure, total);
        }
        return group;
    }

    private Map<String, Object> randomReport(String agency) {
        // sometimes no headcount: then percents have no base (unless the registry gives one)
        Integer total = random.nextInt(5) == 0 ? null : 1 + random.nextInt(200);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("agencyCode", agency);
        report.put("roundCode", ROUND);
        report.put("document", Map.of("number", random.nextInt(500) + "/BC", "issuedOn", "2022-04-" + (10 + random.nextInt(10))));
        if (random.nextInt(10) > 0) {
            report.put("workforce", group(total, "participating", "commitmentsSigned"));
        }
        if (random.nextBoolean()) {
            Integer units = random.nextInt(4) == 0 ? null : random.nextInt(50);
            report.put("memberUnits", group(units, "withCultureRules", "withPlans"));
        }
        int named = random.nextInt(4);
        report.put("models", list(named, i -> Map.of("name", "Mô hình " + i, "sector", pick(SECTORS))));
        if (random.nextBoolean()) {
            report.put("modelsRegistered", named + random.nextInt(4)); // ≥ the models named
        }
        report.put("directives", list(random.nextInt(5), i -> {
            if (random.nextInt(3) == 0) {
                return CITED.get(random.nextInt(CITED.size())); // a higher document, often cited by several agencies
            }
            Map<String, Object> own = new LinkedHashMap<>();
            own.put("kind", pick(DIRECTIVES));
            if (random.nextBoolean()) {
                own.put("issuer", "SELF"); // else absent: SELF, as in v1
            }
            own.put("number", i + "/KH");
            own.put("issuedOn", "2020-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            return own;
        }));
        report.put("commendations", list(random.nextInt(3), i -> Map.of("form", pick(FORMS), "recipientKind",
                random.nextBoolean() ? "COLLECTIVE" : "INDIVIDUAL", "year", 2019 + random.nextInt(4), "count",
                random.nextInt(20))));
        report.put("emulationTitles", list(random.nextInt(3), i -> {
            Map<String, Object> title = new LinkedHashMap<>();
            title.put("title", pick(TITLES));
            if (random.nextInt(4) > 0) {
                title.put("year", 2019 + random.nextInt(4)); // else the report does not say which year
            }
            figure(title, "count", total);
            return title;
        }));
        if (random.nextBoolean()) {
            report.put("indicators", Map.of("computerEquipmentPercent", random.nextInt(101)));
        }
        return report;
    }

    /**
     * A figure over {@code total} (null: the report gives none), put under {@code name} unless it is
     * absent: a count (bare, as in v1, or {"count": n}), a percent with or without a qualifier, or a
     * count and the percent it makes of the total.
     */
    private void figure(Map<String, Object> into, String name, Integer total) {
        int count = total == null ? random.nextInt(300) : random.nextInt(total + 1);
        Map<String, Object> figure = new LinkedHashMap<>();
        switch (random.nextInt(7)) {
            case 0 -> {
                return; // not stated
            }
            case 1 -> {
                into.put(name, count);
                return;
            }
            case 2 -> figure.put("count", count);
            case 3, 4, 5 -> {
                figure.put("percent", randomPercent());
                if (random.nextInt(3) > 0) {
                    figure.put("qualifier", pick(QUALIFIERS));
                }
            }
            default -> {
                if (total == null || total == 0) {
                    figure.put("percent", randomPercent());
                } else {
                    // both stated: they agree (the percent is the count's share, cut to 2 decimals)
                    figure.put("count", count);
                    figure.put("percent", BigDecimal.valueOf(count * 10_000L / total, 2));
                }
            }
        }
        into.put(name, figure);
    }

    /** 100 now and then (at100), else a whole or a two-decimal percent. */
    private Object randomPercent() {
        return switch (random.nextInt(4)) {
            case 0 -> 100;
            case 1 -> random.nextInt(101);
            default -> BigDecimal.valueOf(random.nextInt(10_001), 2);
        };
    }

    /**
     * The figures computed here from report-service's current reports and active agencies (all of
     * them, as other tests register agencies too), in the given provinces or, for null, everywhere.
     * Every number is written as {@link #number}, so that 90, 90.0 and 90.00 are the same figure.
     */
    private Map<String, Object> expected(List<Map<String, Object>> reports, Set<String> provinces,
            Set<String> expectedProvinces) {
        List<Map<String, Object>> mine = reports.stream()
                .filter(r -> provinces == null || provinces.contains(r.get("provinceCode"))).toList();
        Map<String, Object> e = new TreeMap<>();
        List<String> expectedAgencies = activeAgencies().entrySet().stream()
                .filter(a -> expectedProvinces == null || expectedProvinces.contains(a.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> staffing = staffing();
        Set<String> reporting = mine.stream().map(r -> (String) r.get("agencyCode")).collect(Collectors.toSet());
        e.put("agenciesExpected", number(expectedAgencies.size()));
        e.put("agenciesReported", number(mine.size()));
        e.put("agenciesMissing", number(expectedAgencies.stream().filter(a -> !reporting.contains(a)).count()));
        e.put("reportedOnTime", number(mine.stream().filter(r -> Boolean.TRUE.equals(r.get("onTime"))).count()));
        e.put("workforceTotal", number(sum(mine, r -> num(r, "workforce.total"))));
        e.put("participating", number(sum(mine, r -> count(r, "workforce.participating"))));
        e.put("commitmentsSigned", number(sum(mine, r -> count(r, "workforce.commitmentsSigned"))));
        e.put("memberUnits.total", number(sum(mine, r -> num(r, "memberUnits.total"))));
        e.put("memberUnits.withCultureRules", number(sum(mine, r -> count(r, "memberUnits.withCultureRules"))));
        // DESIGN: these rates are counts only, over the agencies that stated both the count and its total
        exactRate(e, "participationRate", mine, "workforce.participating", "workforce.total");
        exactRate(e, "commitmentRate", mine, "workforce.commitmentsSigned", "workforce.total");
        exactRate(e, "memberUnits.rate", mine, "memberUnits.withCultureRules", "memberUnits.total");
        measure(e, "measures.participation", mine.stream().map(r -> stated(r, "workforce.participating",
                "workforce.total", staffing)).toList());
        measure(e, "measures.commitments", mine.stream().map(r -> stated(r, "workforce.commitmentsSigned",
                "workforce.total", staffing)).toList());
        measure(e, "measures.memberUnitsWithCultureRules", mine.stream().map(r -> stated(r,
                "memberUnits.withCultureRules", "memberUnits.total", null)).toList());
        measure(e, "measures.memberUnitsWithPlans", mine.stream().map(r -> stated(r, "memberUnits.withPlans",
                "memberUnits.total", null)).toList());
        Map<String, Long> sectors = new TreeMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> commendations = new TreeMap<>();
        Map<String, Long> titles = new TreeMap<>();
        Map<String, Long> byAgencyKind = new TreeMap<>();
        Map<String, List<Stated>> titleStatements = new TreeMap<>();
        Set<String> percentOnlyTitles = new TreeSet<>();
        Map<String, Set<String>> citing = new TreeMap<>();
        Map<String, String> citedAs = new TreeMap<>();
        long modelsTotal = 0;
        long modelsNamed = 0;
        long ownDirectives = 0;
        for (Map<String, Object> r : mine) {
            String agency = (String) r.get("agencyCode");
            List<Map<String, Object>> models = items(r, "models");
            models.forEach(m -> add(sectors, (String) m.get("sector"), 1));
            Object registered = r.get("modelsRegistered");
            long total = Math.max(registered == null ? 0 : ((Number) registered).longValue(), models.size());
            modelsTotal += total;
            modelsNamed += models.size();
            if (total > models.size()) {
                add(sectors, "UNSPECIFIED", total - models.size());
            }
            for (Map<String, Object> d : items(r, "directives")) {
                if (d.get("issuer") == null || "SELF".equals(d.get("issuer"))) {
                    ownDirectives++;
                    add(kinds, (String) d.get("kind"), 1);
                } else {
                    String key = d.get("number") != null ? (String) d.get("number") : "title:" + d.get("title");
                    citing.computeIfAbsent(key, k -> new TreeSet<>()).add(agency);
                    citedAs.putIfAbsent(key, d.get("kind") + " by " + d.get("issuedBy") + ": " + d.get("title"));
                }
            }
            items(r, "commendations").forEach(c -> add(commendations, c.get("form") + "/" + c.get("recipientKind"),
                    ((Number) c.get("count")).longValue()));
            for (Map<String, Object> t : items(r, "emulationTitles")) {
                Stated s = stated(t, "count", r, "workforce.total", staffing);
                if (s == null) {
                    continue;
                }
                if (s.count() != null) {
                    add(titles, t.get("title") + "/" + t.get("year"), s.count());
                }
                String key = t.get("title") + ":" + (t.get("year") == null ? "UNSPECIFIED" : t.get("year"));
                titleStatements.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                if (s.count() == null) {
                    percentOnlyTitles.add(key);
                }
            }
            add(byAgencyKind, kindOf.getOrDefault(agency, "?"), num(r, "workforce.total"));
        }
        e.put("models.total", number(modelsTotal));
        e.put("models.named", number(modelsNamed));
        e.put("models.bySector", numbers(sectors));
        e.put("directives.total", number(ownDirectives));
        e.put("directives.byKind", numbers(kinds));
        Map<String, String> cited = new TreeMap<>();
        citing.forEach((key, agencies) -> cited.put(key, citedAs.get(key) + " × " + agencies.size()));
        e.put("citedDocuments", cited);
        e.put("commendations", numbers(commendations));
        e.put("emulationTitles", numbers(titles));
        e.put("emulationTitleMeasures", new TreeSet<>(percentOnlyTitles));
        percentOnlyTitles.forEach(key -> measure(e, "emulationTitleMeasures." + key, titleStatements.get(key)));
        e.put("byAgencyKind.workforceTotal", numbers(byAgencyKind));
        coverage(e, mine);
        return e;
    }

    /**
     * Agencies, not documents (the statistics' {@code coverage}), computed here: of the reports (one per agency),
     * how many have an own plan, an own regulation, commitments above 0, models, the cultural
     * standard title stated other than as 0; over them all, the rate to 5 decimals.
     */
    private static void coverage(Map<String, Object> e, List<Map<String, Object>> reports) {
        Map<String, java.util.function.Predicate<Map<String, Object>>> rules = new LinkedHashMap<>();
        rules.put("ownPlan", r -> ownDirective(r, "PLAN"));
        rules.put("ownRegulation", r -> ownDirective(r, "REGULATION"));
        rules.put("commitments", r -> aboveZero(at(r, "workforce.commitmentsSigned")));
        rules.put("models", r -> !items(r, "models").isEmpty()
                || r.get("modelsRegistered") != null && ((Number) r.get("modelsRegistered")).intValue() > 0);
        rules.put("culturalStandard", r -> items(r, "emulationTitles").stream().anyMatch(t ->
                "CULTURAL_STANDARD_UNIT".equals(t.get("title")) && (t.get("count") == null || aboveZero(t.get("count"))
                        || t.get("count") instanceof Map<?, ?> f && f.get("count") == null && f.get("percent") == null)));
        rules.forEach((name, rule) -> {
            long agencies = reports.stream().filter(rule).count();
            e.put("coverage." + name + ".agencies", number(agencies));
            e.put("coverage." + name + ".of", number(reports.size()));
            e.put("coverage." + name + ".rate", reports.isEmpty() ? null : number(BigDecimal.valueOf(agencies)
                    .divide(BigDecimal.valueOf(reports.size()), 5, RoundingMode.HALF_UP)));
        });
    }

    /** An own directive of the kind: issuer SELF, or none (v1). */
    private static boolean ownDirective(Map<String, Object> report, String kind) {
        return items(report, "directives").stream().anyMatch(d -> kind.equals(d.get("kind"))
                && (d.get("issuer") == null || "SELF".equals(d.get("issuer"))));
    }

    /** A figure (a bare count or {count, percent}) with a count or a percent above 0. */
    private static boolean aboveZero(Object figure) {
        if (figure instanceof Number n) {
            return n.longValue() > 0;
        }
        if (figure instanceof Map<?, ?> f) {
            return f.get("count") != null && ((Number) f.get("count")).longValue() > 0
                    || f.get("percent") != null && new BigDecimal(f.get("percent").toString()).signum() > 0;
        }
        return false;
    }

    /** What one report states about one figure: a count, a percent, and the base it has, if any. */
    record Stated(Long count, BigDecimal percent, Long base) {
    }

    /** The figure at {@code path} of a report, with the report's own total at {@code totalPath}, else the registry's staffing. */
    private static Stated stated(Map<String, Object> report, String path, String totalPath, Map<String, Integer> staffing) {
        return stated(report, path, report, totalPath, staffing);
    }

    private static Stated stated(Map<String, Object> holder, String path, Map<String, Object> report, String totalPath,
            Map<String, Integer> staffing) {
        Object figure = at(holder, path);
        if (figure == null) {
            return null;
        }
        Object total = at(report, totalPath);
        Integer registry = staffing == null ? null : staffing.get((String) report.get("agencyCode"));
        Long base = total != null ? Long.valueOf(((Number) total).longValue())
                : registry == null ? null : Long.valueOf(registry);
        if (figure instanceof Number n) {
            return new Stated(n.longValue(), null, base); // a bare number is a count
        }
        Map<?, ?> f = (Map<?, ?>) figure;
        Object count = f.get("count");
        Object percent = f.get("percent");
        return new Stated(count == null ? null : ((Number) count).longValue(),
                percent == null ? null : new BigDecimal(percent.toString()), base);
    }

    /**
     * DESIGN "measures", computed here: how many state the figure, with a count or a percent only
     * (and without a base); the rate adds the counts and, for percent-only statements, percent ×
     * base / 100, over the sum of the bases (statements without a base stay out of it), and is an
     * estimate as soon as a percent entered it; the stated percents are every statement as a percent
     * (a count over its base, to 4 decimals), their mean to 2 decimals, and how many are 100.
     */
    private static void measure(Map<String, Object> e, String path, List<Stated> statements) {
        int stating = 0;
        int withCount = 0;
        int percentOnly = 0;
        int withoutBase = 0;
        boolean estimated = false;
        BigDecimal numerator = BigDecimal.ZERO;
        long denominator = 0;
        List<BigDecimal> percents = new ArrayList<>();
        for (Stated s : statements) {
            if (s == null || (s.count() == null && s.percent() == null)) {
                continue;
            }
            stating++;
            if (s.count() != null) {
                withCount++;
            } else {
                percentOnly++;
                if (s.base() == null) {
                    withoutBase++;
                }
            }
            if (s.percent() != null) {
                percents.add(s.percent());
            } else if (s.base() != null && s.base() > 0) {
                percents.add(BigDecimal.valueOf(s.count() * 100).divide(BigDecimal.valueOf(s.base()), 4,
                        RoundingMode.HALF_EVEN));
            }
            if (s.base() != null) {
                if (s.count() != null) {
                    numerator = numerator.add(BigDecimal.valueOf(s.count()));
                } else {
                    numerator = numerator.add(s.percent().multiply(BigDecimal.valueOf(s.base()))
                            .divide(BigDecimal.valueOf(100)));
                    estimated = true;
                }
                denominator += s.base();
            }
        }
        e.put(path + ".agenciesStating", number(stating));
        e.put(path + ".withCount", number(withCount));
        e.put(path + ".withPercentOnly", number(percentOnly));
        e.put(path + ".percentOnlyWithoutBase", number(withoutBase));
        e.put(path + ".rate.value", denominator == 0 ? null
                : number(numerator.divide(BigDecimal.valueOf(denominator), 5, RoundingMode.HALF_UP)));
        e.put(path + ".rate.numerator", number(numerator));
        e.put(path + ".rate.denominator", number(denominator));
        e.put(path + ".estimated", estimated);
        e.put(path + ".statedPercent.mean", percents.isEmpty() ? null : number(percents.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP)));
        e.put(path + ".statedPercent.min", percents.isEmpty() ? null : number(Collections.min(percents)));
        e.put(path + ".statedPercent.max", percents.isEmpty() ? null : number(Collections.max(percents)));
        e.put(path + ".statedPercent.at100",
                number(percents.stream().filter(p -> p.compareTo(BigDecimal.valueOf(100)) == 0).count()));
    }

    /** A rate of counts over the reports that state both the count and the total. */
    private static void exactRate(Map<String, Object> e, String path, List<Map<String, Object>> reports, String countPath,
            String totalPath) {
        long numerator = 0;
        long denominator = 0;
        for (Map<String, Object> r : reports) {
            Object total = at(r, totalPath);
            Long count = statedCount(r, countPath);
            if (total != null && count != null) {
                numerator += count;
                denominator += ((Number) total).longValue();
            }
        }
        e.put(path + ".numerator", number(numerator));
        e.put(path + ".denominator", number(denominator));
        e.put(path + ".value", denominator == 0 ? null
                : number(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 5, RoundingMode.HALF_UP)));
    }

    /** The active agencies of the provinces without a current report, by code, computed here. */
    private static List<String> missing(List<Map<String, Object>> reports, Set<String> provinces) {
        Set<String> reporting = reports.stream().map(r -> (String) r.get("agencyCode")).collect(Collectors.toSet());
        return activeAgencies().entrySet().stream().filter(a -> provinces.contains(a.getValue()))
                .map(Map.Entry::getKey).filter(a -> !reporting.contains(a)).sorted().toList();
    }

    /** Every page of aggregation-service's missing-agencies list of a province, in the order given. */
    private static List<String> missingList(String province, String query) {
        List<String> codes = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath answer = given().get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + province
                    + "/missing-agencies?size=7&page=" + page + query).then().statusCode(200).extract().jsonPath();
            codes.addAll(answer.getList("items.code"));
            if ((page + 1) * 7 >= answer.getInt("total")) {
                return codes;
            }
        }
    }

    /** The same figures read from aggregation-service's answer; one failure names every figure that differs. */
    private static void compare(Map<String, Object> expected, JsonPath actual, String what) {
        Map<String, Object> a = new TreeMap<>();
        for (String field : List.of("agenciesExpected", "agenciesReported", "agenciesMissing", "reportedOnTime",
                "workforceTotal", "participating", "commitmentsSigned", "memberUnits.total",
                "memberUnits.withCultureRules", "models.total", "models.named", "directives.total")) {
            a.put(field, number(actual.get(field)));
        }
        for (String rate : List.of("participationRate", "commitmentRate", "memberUnits.rate")) {
            for (String part : List.of("value", "numerator", "denominator")) {
                a.put(rate + "." + part, number(actual.get(rate + "." + part)));
            }
        }
        for (String figure : List.of("participation", "commitments", "memberUnitsWithCultureRules", "memberUnitsWithPlans")) {
            flatten(a, "measures." + figure, actual.getMap("measures." + figure));
        }
        Map<String, Object> titleMeasures = actual.getMap("emulationTitleMeasures");
        a.put("emulationTitleMeasures", new TreeSet<>(titleMeasures.keySet()));
        titleMeasures.forEach((key, m) -> flatten(a, "emulationTitleMeasures." + key, m));
        a.put("models.bySector", numbers(actual.getMap("models.bySector")));
        a.put("directives.byKind", numbers(actual.getMap("directives.byKind")));
        Map<String, String> cited = new TreeMap<>();
        long previous = Long.MAX_VALUE;
        for (Map<String, Object> c : actual.<Map<String, Object>>getList("citedDocuments")) {
            String key = c.get("number") != null ? (String) c.get("number") : "title:" + c.get("title");
            long agencies = ((Number) c.get("agencies")).longValue();
            cited.put(key, c.get("kind") + " by " + c.get("issuedBy") + ": " + c.get("title") + " × " + agencies);
            assertTrue(agencies <= previous, what + ": citedDocuments most cited first");
            previous = agencies;
        }
        a.put("citedDocuments", cited);
        Map<String, Long> commendations = new TreeMap<>();
        actual.<Map<String, Object>>getList("commendations").forEach(c -> commendations
                .put(c.get("form") + "/" + c.get("recipientKind"), ((Number) c.get("count")).longValue()));
        a.put("commendations", numbers(commendations));
        Map<String, Long> titles = new TreeMap<>();
        actual.<Map<String, Object>>getList("emulationTitles").forEach(t -> titles
                .put(t.get("title") + "/" + t.get("year"), ((Number) t.get("count")).longValue()));
        a.put("emulationTitles", numbers(titles));
        Map<String, Long> byKind = new TreeMap<>();
        actual.<String, Map<String, Object>>getMap("byAgencyKind").forEach((kind, f) -> {
            if (((Number) f.get("agenciesReported")).intValue() > 0) {
                byKind.put(kind, ((Number) f.get("workforceTotal")).longValue());
            }
        });
        a.put("byAgencyKind.workforceTotal", numbers(byKind));
        for (String rule : List.of("ownPlan", "ownRegulation", "commitments", "models", "culturalStandard")) {
            for (String part : List.of("agencies", "of", "rate")) {
                a.put("coverage." + rule + "." + part, number(actual.get("coverage." + rule + "." + part)));
            }
        }
        List<String> wrong = new ArrayList<>();
        Set<String> fields = new TreeSet<>(expected.keySet());
        fields.addAll(a.keySet());
        for (String field : fields) {
            if (!Objects.equals(expected.get(field), a.get(field))) {
                wrong.add(field + ": computed " + expected.get(field) + ", answered " + a.get(field));
            }
        }
        assertTrue(wrong.isEmpty(), what + " (seed " + SEED + "):\n" + String.join("\n", wrong));
    }

    /** The fields of one {@code measures} object, as {@link #measure} writes them. */
    @SuppressWarnings("unchecked")
    private static void flatten(Map<String, Object> into, String path, Object measure) {
        Map<String, Object> m = (Map<String, Object>) measure;
        if (m == null) {
            into.put(path, null);
            return;
        }
        for (String field : List.of("agenciesStating", "withCount", "withPercentOnly", "percentOnlyWithoutBase")) {
            into.put(path + "." + field, number(m.get(field)));
        }
        Map<String, Object> rate = (Map<String, Object>) m.get("rate");
        for (String field : List.of("value", "numerator", "denominator")) {
            into.put(path + ".rate." + field, rate == null ? "no rate" : number(rate.get(field)));
        }
        into.put(path + ".estimated", m.get("estimated"));
        Map<String, Object> stated = (Map<String, Object>) m.get("statedPercent");
        for (String field : List.of("mean", "min", "max", "at100")) {
            into.put(path + ".statedPercent." + field, stated == null ? "none" : number(stated.get(field)));
        }
    }

    /** A number as plain text without trailing zeros (90, 90.0 and 90.00 are all "90"); null stays null. */
    private static String number(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> numbers(Map<String, ?> values) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((k, v) -> result.put(k, number(v)));
        return result;
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
            JsonPath answer = JsonPath.from(given().get("/api/v1/reports?round=" + ROUND + "&size=200&page=" + page)
                    .then().statusCode(200).extract().asString())
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
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

    /** The value at a dotted path of a report (or of a part of it), or null. */
    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> holder, String path) {
        Object node = holder;
        for (String part : path.split("\\.")) {
            node = node == null ? null : ((Map<String, Object>) node).get(part);
        }
        return node;
    }

    private static long num(Map<String, Object> report, String path) {
        Object node = at(report, path);
        return node == null ? 0 : ((Number) node).longValue();
    }

    /** The count a figure states (a bare number, or its {@code count}), or null: a percent alone is no count. */
    private static Long statedCount(Map<String, Object> report, String path) {
        Object figure = at(report, path);
        if (figure instanceof Number n) {
            return n.longValue();
        }
        Object count = figure == null ? null : ((Map<?, ?>) figure).get("count");
        return count == null ? null : ((Number) count).longValue();
    }

    private static long count(Map<String, Object> report, String path) {
        Long count = statedCount(report, path);
        return count == null ? 0 : count;
    }

    private static long sum(List<Map<String, Object>> reports, Function<Map<String, Object>, Long> value) {
        return reports.stream().mapToLong(value::apply).sum();
    }

    private static void add(Map<String, Long> counts, String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    /** The registry's staffing of every agency that has one, by code: the base of a percent when a report has no total. */
    private static Map<String, Integer> staffing() {
        Map<String, Integer> staffing = new TreeMap<>();
        for (int page = 0;; page++) {
            JsonPath answer = given().get("/api/v1/agencies?size=200&page=" + page).then().statusCode(200)
                    .extract().jsonPath();
            answer.<Map<String, Object>>getList("items").stream().filter(a -> a.get("staffing") != null)
                    .forEach(a -> staffing.put((String) a.get("code"), ((Number) a.get("staffing")).intValue()));
            if ((page + 1) * 200 >= answer.getInt("total")) {
                return staffing;
            }
        }
    }

    private static Map<String, Object> cited(String kind, String issuedBy, String number, String issuedOn, String title) {
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("kind", kind);
        directive.put("issuer", "CITED");
        directive.put("issuedBy", issuedBy);
        if (number != null) {
            directive.put("number", number);
        }
        if (issuedOn != null) {
            directive.put("issuedOn", issuedOn);
        }
        directive.put("title", title);
        return directive;
    }
}
