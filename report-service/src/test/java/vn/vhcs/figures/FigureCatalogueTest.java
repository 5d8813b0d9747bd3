package vn.vhcs.figures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.vhcs.contract.Topics;
import vn.vhcs.report.ReportFixtures;
import vn.vhcs.testing.GatewayTokens;
import vn.vhcs.testing.KafkaBrokerResource;

@QuarkusTest
class FigureCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A code of this run's own, so that reruns on the same database never meet an older figure. */
    static String code(String word) {
        return word + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
    }

    static Map<String, Object> ordinal() {
        return Map.of("kind", "ORDINAL", "label", Map.of("vi", "Mức độ chuyển đổi số", "en", "Digital level"),
                "levels", List.of(Map.of("code", "LOW", "label", Map.of("vi", "Thấp")),
                        Map.of("code", "MEDIUM", "label", Map.of("vi", "Trung bình")),
                        Map.of("code", "HIGH", "label", Map.of("vi", "Cao", "en", "High"))),
                "outline", "III.1.c");
    }

    static Map<String, Object> count(String label) {
        return Map.of("kind", "COUNT", "label", Map.of("vi", label), "outline", "II.2");
    }

    static ValidatableResponse put(String code, Object body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/figures/" + code).then();
    }

    @Test
    void theBuiltInFiguresAreListedInTheOutlinesOrderWithTheirAliases() {
        given().get("/api/v1/figures?size=200").then().statusCode(200)
                .body("items.code", hasItems("workforceTotal", "participation", "trainingsHeld", "exemplaryUnits"))
                .body("items[0].outline", equalTo("I"))
                .body("items.find { it.code == 'participation' }.alias", equalTo("workforce.participating"))
                .body("items.find { it.code == 'participation' }.builtIn", equalTo(true))
                .body("items.find { it.code == 'trainingsHeld' }.alias", nullValue());
        given().get("/api/v1/figures/participation").then().statusCode(200).body("kind", equalTo("SHARE"))
                .body("base", equalTo("WORKFORCE")).body("label.vi", equalTo("Cán bộ, công chức, viên chức tham gia "
                        + "phong trào")).body("standard", equalTo(true));
        given().get("/api/v1/figures/noSuchFigure").then().statusCode(404).contentType("application/problem+json");
        // every authenticated client reads the catalogue
        given().header("Authorization", GatewayTokens.bearer(GatewayTokens.reader("figures-reader", List.of("70"),
                false))).get("/api/v1/figures/trainingsHeld").then().statusCode(200);
    }

    @Test
    void anAdminDefinesAnOrdinalAndACountFigureAndChangesThem() {
        String level = code("digitalLevel");
        put(level, ordinal()).statusCode(201).header("Location", endsWith("/api/v1/figures/" + level))
                .body("code", equalTo(level)).body("kind", equalTo("ORDINAL")).body("revision", equalTo(1))
                .body("levels.code", equalTo(List.of("LOW", "MEDIUM", "HIGH"))).body("builtIn", equalTo(false))
                .body("standard", equalTo(false)).body("alias", nullValue());
        String held = code("clubsHeld");
        put(held, count("Số câu lạc bộ")).statusCode(201).body("kind", equalTo("COUNT"));
        put(held, Map.of("kind", "COUNT", "label", Map.of("vi", "Số câu lạc bộ văn hóa"), "standard", true))
                .statusCode(200).body("revision", equalTo(2)).body("label.vi", equalTo("Số câu lạc bộ văn hóa"))
                .body("standard", equalTo(true));
        given().get("/api/v1/figures/" + level).then().statusCode(200).body("levels[2].label.en", equalTo("High"));
        given().get("/api/v1/figures?size=200").then().body("items.code", hasItems(level, held));
    }

    @Test
    void onlyAnAdminDefinesAFigure() {
        String submitter = GatewayTokens.bearer(GatewayTokens.submitter("figures-portal", List.of(), List.of("70")));
        String code = code("notAllowed");
        given().header("Authorization", submitter).contentType(ContentType.JSON).body(count("x"))
                .put("/api/v1/figures/" + code).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/figures/" + code).then().statusCode(404);
    }

    @Test
    void aBadDefinitionIsAnsweredWithEveryBrokenRuleAtItsPath() {
        put(code("badShare"), Map.of("kind", "SHARE", "label", Map.of("en", "x"), "outline", "3.1",
                "alias", "workforce.total", "levels", List.of(Map.of("code", "low"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("label.vi", "outline", "levels[0].code", "levels[0].label",
                        "base", "levels", "alias"));
        put(code("badOrdinal"), Map.of("kind", "ORDINAL", "label", Map.of("vi", "x"),
                "levels", List.of(Map.of("code", "A", "label", Map.of("vi", "a")),
                        Map.of("code", "A", "label", Map.of("vi", "b")))))
                .statusCode(400).body("errors.field", equalTo(List.of("levels[1].code")));
        put(code("fewLevels"), Map.of("kind", "ORDINAL", "label", Map.of("vi", "x"),
                "levels", List.of(Map.of("code", "A", "label", Map.of("vi", "a")))))
                .statusCode(400).body("errors.field", equalTo(List.of("levels")));
        put("Bad-Code", Map.of("label", Map.of("vi", "x"))).statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "kind"));
        put(code("withBase"), Map.of("kind", "COUNT", "label", Map.of("vi", "x"), "base", "WORKFORCE"))
                .statusCode(400).body("errors.field", equalTo(List.of("base")));
    }

    @Test
    void aBuiltInKeepsItsKindAndAUsedFigureKeepsItsKindWhileItsLabelChanges() {
        given().get("/api/v1/figures/participation").then().statusCode(200);
        put("participation", Map.of("kind", "COUNT", "label", Map.of("vi", "x"))).statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItems("kind", "base"));

        String used = code("clubsUsed");
        String unused = code("clubsUnused");
        put(used, count("Số câu lạc bộ")).statusCode(201);
        put(unused, count("Số câu lạc bộ")).statusCode(201);
        String round = RoundFiguresTest.round(List.of(used));
        String agency = ReportFixtures.agency("70");
        Map<String, Object> report = RoundFiguresTest.report(agency, round);
        report.put("figures", Map.of(used, 3));
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().statusCode(201);

        put(used, Map.of("kind", "PERCENT", "label", Map.of("vi", "x"))).statusCode(409)
                .body("errors[0].field", equalTo("kind"));
        put(used, count("Số câu lạc bộ đã lập")).statusCode(200).body("label.vi", equalTo("Số câu lạc bộ đã lập"));
        put(unused, Map.of("kind", "PERCENT", "label", Map.of("vi", "Tỷ lệ"))).statusCode(200)
                .body("kind", equalTo("PERCENT"));
    }

    @Test
    void everyChangeIsAnnouncedOnTheRegistryTopic() throws Exception {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.broker().bootstrapServers()), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRY_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            String code = code("announced");
            put(code, ordinal()).statusCode(201);
            put(code, count("Đếm")).statusCode(200);
            String round = RoundFiguresTest.round(List.of(code, "trainingsHeld"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> ("figure:" + code).equals(r.key())).count() >= 2
                        && seen.stream().anyMatch(r -> ("round:" + round).equals(r.key()));
            });
            JsonNode upserted = JSON.readTree(seen.stream().filter(r -> ("round:" + round).equals(r.key()))
                    .findFirst().orElseThrow().value());
            assertEquals(JSON.valueToTree(List.of(code, "trainingsHeld")), upserted.get("round").get("figures"));
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> r : seen) {
                if (("figure:" + code).equals(r.key())) {
                    events.add(JSON.readTree(r.value()));
                }
            }
            assertEquals("FigureDefined", events.get(0).get("type").asText());
            assertEquals(1, events.get(0).get("revision").asLong());
            assertEquals("ORDINAL", events.get(0).get("figure").get("kind").asText());
            assertEquals("HIGH", events.get(0).get("figure").get("levels").get(2).get("code").asText());
            assertEquals(2, events.get(1).get("revision").asLong());
            assertEquals("COUNT", events.get(1).get("figure").get("kind").asText());
        }
    }
}
