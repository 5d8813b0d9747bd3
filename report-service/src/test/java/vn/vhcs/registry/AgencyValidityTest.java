package vn.vhcs.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import vn.vhcs.contract.ExampleEvents;
import vn.vhcs.contract.Topics;
import vn.vhcs.contract.rules.Deadlines;
import vn.vhcs.testing.JsonPaths;
import vn.vhcs.testing.KafkaBrokerResource;

/** Agencies' validity (validFrom, validTo, successorCode), bloc and staffing: REST, CSV and their events. */
@QuarkusTest
class AgencyValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalDate today() {
        return LocalDate.now(Deadlines.VIETNAM);
    }

    private static String code(String province) {
        return province + ".V" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> body(Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Cơ quan thử", "kind", "PROVINCIAL_DEPARTMENT",
                "provinceCode", "11"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static String put(String code, Map<String, Object> body, int status) {
        given().contentType(ContentType.JSON).body(body).put("/api/v1/agencies/" + code).then().statusCode(status);
        return code;
    }

    @Test
    void theNewFieldsAreStoredAndAnsweredByPutGetAndList() {
        String successor = put(code("75"), body("provinceCode", "75"), 201);
        String code = code("11");
        given().contentType(ContentType.JSON)
                .body(body("validFrom", "2008-08-01", "validTo", "2099-06-30", "successorCode", successor,
                        "blocCode", "TĐS3", "staffing", 45))
                .put("/api/v1/agencies/" + code).then().statusCode(201)
                .body("validFrom", equalTo("2008-08-01")).body("validTo", equalTo("2099-06-30"))
                .body("successorCode", equalTo(successor)).body("blocCode", equalTo("TĐS3"))
                .body("staffing", equalTo(45)).body("active", equalTo(true));
        given().get("/api/v1/agencies/" + code).then().statusCode(200)
                .body("blocCode", equalTo("TĐS3")).body("staffing", equalTo(45))
                .body("validTo", equalTo("2099-06-30")).body("successorCode", equalTo(successor));
        given().get("/api/v1/agencies?province=11&size=200").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.blocCode", equalTo("TĐS3"))
                .body("items.find { it.code == '" + code + "' }.staffing", equalTo(45))
                .body("items.find { it.code == '" + code + "' }.validFrom", equalTo("2008-08-01"));
        // a PUT replaces: what it leaves out is gone
        given().contentType(ContentType.JSON).body(body()).put("/api/v1/agencies/" + code).then().statusCode(200)
                .body("validFrom", nullValue()).body("blocCode", nullValue())
                .body("staffing", nullValue()).body("successorCode", nullValue());
        // an agency without any of them, as before, is long-standing and active
        given().get("/api/v1/agencies/" + put(code("11"), body(), 201)).then()
                .body("active", equalTo(true)).body("validTo", nullValue());
    }

    @Test
    void everyBrokenRuleOfTheNewFieldsIsNamedByItsJsonPath() {
        String code = code("11");
        given().contentType(ContentType.JSON)
                .body(body("staffing", -1, "blocCode", "TĐ S3", "successorCode", "x"))
                .put("/api/v1/agencies/" + code).then().statusCode(400)
                .body("errors.field", equalTo(List.of("blocCode", "staffing", "successorCode")));
        given().contentType(ContentType.JSON).body(body("staffing", 1_000_001)).put("/api/v1/agencies/" + code)
                .then().statusCode(400).body("errors.field", equalTo(List.of("staffing")));
        given().contentType(ContentType.JSON).body(body("blocCode", "x".repeat(41))).put("/api/v1/agencies/" + code)
                .then().statusCode(400).body("errors.field", equalTo(List.of("blocCode")));
        given().contentType(ContentType.JSON).body(body("staffing", 2.5)).put("/api/v1/agencies/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("staffing"));
        given().contentType(ContentType.JSON).body(body("staffing", "many")).put("/api/v1/agencies/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("staffing"));
        given().contentType(ContentType.JSON).body(body("validFrom", "2022-02-30")).put("/api/v1/agencies/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("validFrom"));
        // the agency's own rules: 400, all at once
        given().contentType(ContentType.JSON)
                .body(body("validFrom", "2022-01-01", "validTo", "2021-12-31", "successorCode", code, "parentCode", code))
                .put("/api/v1/agencies/" + code).then().statusCode(400)
                .body("errors.field", equalTo(List.of("parentCode", "successorCode", "validTo")));
        // what the registry does not have: 422, all at once
        given().contentType(ContentType.JSON).body(body("successorCode", "75.NOBODY", "parentCode", "70.NOBODY"))
                .put("/api/v1/agencies/" + code).then().statusCode(422)
                .body("errors.field", equalTo(List.of("parentCode", "successorCode")));
        given().get("/api/v1/agencies/" + code).then().statusCode(404);
        // one day is a period
        given().contentType(ContentType.JSON).body(body("validFrom", "2022-01-01", "validTo", "2022-01-01"))
                .put("/api/v1/agencies/" + code).then().statusCode(201).body("active", equalTo(false));
    }

    @Test
    void deactivatingSetsValidToTodayAndAPutWithoutValidToReactivates() {
        String today = today().toString();
        String code = put(code("11"), body("validFrom", "2010-01-01", "blocCode", "TĐS1", "staffing", 12), 201);
        given().delete("/api/v1/agencies/" + code).then().statusCode(200)
                .body("validTo", equalTo(today)).body("active", equalTo(false))
                .body("validFrom", equalTo("2010-01-01")).body("blocCode", equalTo("TĐS1")).body("staffing", equalTo(12));
        given().get("/api/v1/agencies/" + code).then().body("validTo", equalTo(today)).body("active", equalTo(false));
        // today is its last day: it still exists today, not tomorrow
        given().get("/api/v1/agencies?province=11&size=200&on=" + today).then().body("items.code", hasItem(code));
        given().get("/api/v1/agencies?province=11&size=200&on=" + today().plusDays(1))
                .then().body("items.code", not(hasItem(code)));
        given().get("/api/v1/agencies?province=11&size=200&active=false").then().body("items.code", hasItem(code));
        given().get("/api/v1/agencies?province=11&size=200&active=true").then().body("items.code", not(hasItem(code)));
        // again: nothing changes
        given().delete("/api/v1/agencies/" + code).then().statusCode(200).body("validTo", equalTo(today));
        put(code, body("validFrom", "2010-01-01"), 200);
        given().get("/api/v1/agencies/" + code).then().body("active", equalTo(true)).body("validTo", nullValue());

        // a dissolution planned for later comes forward to today
        String planned = put(code("11"), body("validTo", "2099-12-31"), 201);
        given().delete("/api/v1/agencies/" + planned).then().statusCode(200).body("validTo", equalTo(today));
        // one that exists only from tomorrow is not deactivated: its dates are to be PUT
        String future = put(code("11"), body("validFrom", today().plusDays(1).toString()), 201);
        given().get("/api/v1/agencies/" + future).then().body("active", equalTo(false));
        given().delete("/api/v1/agencies/" + future).then().statusCode(409);
    }

    @Test
    void activeAndOnFollowTheDates() {
        String gone = put(code("11"), body("validTo", today().minusDays(1).toString()), 201);
        String coming = put(code("11"), body("validFrom", today().plusDays(1).toString()), 201);
        String always = put(code("11"), body(), 201);
        String since2023 = put(code("11"), body("validFrom", "2023-01-01"), 201);
        given().get("/api/v1/agencies/" + gone).then().body("active", equalTo(false));
        given().get("/api/v1/agencies/" + coming).then().body("active", equalTo(false));
        given().get("/api/v1/agencies?province=11&active=true&size=200").then()
                .body("items.code", hasItem(always)).body("items.code", hasItem(since2023))
                .body("items.code", not(hasItem(gone))).body("items.code", not(hasItem(coming)));
        given().get("/api/v1/agencies?province=11&active=false&size=200").then()
                .body("items.code", hasItem(gone)).body("items.code", hasItem(coming))
                .body("items.code", not(hasItem(always)));
        given().get("/api/v1/agencies?province=11&on=2022-03-31&size=200").then()
                .body("items.code", hasItem(always)).body("items.code", hasItem(gone))
                .body("items.code", not(hasItem(since2023))).body("items.code", not(hasItem(coming)));
        given().get("/api/v1/agencies?on=2022-13-01").then().statusCode(400).body("errors[0].field", equalTo("on"));
    }

    @Test
    void aCsvImportTakesTheNewColumnsAndNamesEachBrokenRuleWithItsLine() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        String csv = "code,name,kind,provinceCode,parentCode,validFrom,validTo,successorCode,blocCode,staffing\n"
                + "26.OLD" + n + ",Sở cũ,PROVINCIAL_DEPARTMENT,26,,2008-08-01,2025-06-30,25.NEW" + n + ",TĐS3,30\n"
                + "25.NEW" + n + ",Sở mới,PROVINCIAL_DEPARTMENT,25,,2025-07-01,,,TĐS3,55\n"
                + "25.DATE" + n + ",Ngày sai,OFFICE,25,,2025-02-30,,,,\n"
                + "25.MANY" + n + ",Biên chế sai,OFFICE,25,,,,,T Đ,nhiều\n"
                + "25.BACK" + n + ",Ngược,OFFICE,25,,2025-07-01,2025-06-30,25.BACK" + n + ",,\n"
                + "25.NONE" + n + ",Không kế thừa,OFFICE,25,,,,25.NOBODY,,-3\n";
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/agencies:import").then().statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(4))
                .body("lines.line", equalTo(List.of(2, 3, 4, 5, 6, 7)))
                .body("lines.outcome", equalTo(List.of("CREATED", "CREATED", "REJECTED", "REJECTED", "REJECTED",
                        "REJECTED")))
                .body("lines[2].errors.field", equalTo(List.of("validFrom")))
                .body("lines[3].errors.field", equalTo(List.of("blocCode", "staffing")))
                .body("lines[4].errors.field", equalTo(List.of("successorCode", "validTo")))
                .body("lines[5].errors.field", equalTo(List.of("staffing")));
        // the successor came later in the file, yet went in first
        given().get("/api/v1/agencies/26.OLD" + n).then().statusCode(200)
                .body("validFrom", equalTo("2008-08-01")).body("validTo", equalTo("2025-06-30"))
                .body("successorCode", equalTo("25.NEW" + n)).body("blocCode", equalTo("TĐS3"))
                .body("staffing", equalTo(30)).body("active", equalTo(false));
        given().get("/api/v1/agencies/25.NEW" + n).then().body("staffing", equalTo(55)).body("active", equalTo(true));
        // once the rules of the cells hold, what the registry does not have: 422's field, on its line
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("25.NONE" + n + ",Không kế thừa,OFFICE,25,,,,25.NOBODY,,\n").post("/api/v1/agencies:import")
                .then().statusCode(400).body("errors.field", equalTo(List.of("line[1].successorCode")));

        // a header names the columns: any subset, any order, any case
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("staffing,code,name,provinceCode,kind,BlocCode\n60,25.NEW" + n + ",Sở mới,25,OFFICE,TĐS4\n")
                .post("/api/v1/agencies:import").then().statusCode(200).body("updated", equalTo(1));
        given().get("/api/v1/agencies/25.NEW" + n).then().body("staffing", equalTo(60)).body("blocCode", equalTo("TĐS4"))
                .body("kind", equalTo("OFFICE")).body("validFrom", nullValue());
        // an old file, without header and without the new columns, still imports
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("25.OLDFILE" + n + ",Tệp cũ,OFFICE,25,25.NEW" + n + "\n").post("/api/v1/agencies:import")
                .then().statusCode(200).body("created", equalTo(1));
        given().get("/api/v1/agencies/25.OLDFILE" + n).then().body("parentCode", equalTo("25.NEW" + n))
                .body("active", equalTo(true));
        // a header with a column nobody knows: the whole file is refused, naming it
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,provinceCode,bloc\n25.X" + n + ",X,OFFICE,25,TĐS3\n")
                .post("/api/v1/agencies:import").then().statusCode(400).body("errors.field", equalTo(List.of("bloc")));
        given().get("/api/v1/agencies/25.X" + n).then().statusCode(404);
    }

    @Test
    void theAgencyEventCarriesTheNewFieldsInTheShapeOfTheContractsExample() throws Exception {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBrokerResource.broker().bootstrapServers()), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRY_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            String successor = put(code("75"), body("provinceCode", "75"), 201);
            String code = put(code("11"), body("validFrom", "2008-08-01", "validTo", "2099-06-30",
                    "successorCode", successor, "blocCode", "TĐS3", "staffing", 20), 201);
            JsonNode upserted = JSON.readTree(awaitRecords(consumer, "agency:" + code, 1).get(0).value());
            JsonNode example = JSON.readTree(ExampleEvents.AGENCY_UPSERTED.json());
            assertEquals(JsonPaths.of(example), JsonPaths.of(upserted), "same fields as the contract's example event");
            assertEquals(2, upserted.get("schemaVersion").asInt());
            JsonNode agency = upserted.get("agency");
            assertEquals("2099-06-30", agency.get("validTo").asText());
            assertEquals(successor, agency.get("successorCode").asText());
            assertEquals("TĐS3", agency.get("blocCode").asText());
            assertEquals(20, agency.get("staffing").asInt());
            assertEquals(true, agency.get("active").asBoolean());

            given().delete("/api/v1/agencies/" + code).then().statusCode(200);
            JsonNode deactivated = JSON.readTree(awaitRecords(consumer, "agency:" + code, 2).get(1).value());
            assertEquals(today().toString(), deactivated.get("agency").get("validTo").asText());
            assertEquals(false, deactivated.get("agency").get("active").asBoolean());
            assertEquals(upserted.get("revision").asLong() + 1, deactivated.get("revision").asLong());
        }
    }

    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private List<ConsumerRecord<String, String>> awaitRecords(KafkaConsumer<String, String> consumer, String key,
            int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> key.equals(r.key())).count() >= count;
        });
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }
}
