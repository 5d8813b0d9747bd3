package vn.vhcs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Idempotency-Key on the report-service's other unsafe operations (issue 23): reviews, drafts (upload,
 * correction, submission) and CSV imports. For each: the same key twice has one effect and the second
 * answer says {@code Idempotent-Replayed: true}; the same key with another request is a 422; without a
 * key the operation behaves as it always did.
 */
@QuarkusTest
class SafeRetriesTest {

    private static RequestSpecification keyed(String key) {
        return given().header("Idempotency-Key", key);
    }

    private static void isReusedForAnotherRequest(io.restassured.response.ValidatableResponse answer) {
        answer.statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aRetriedReviewIsOneDecision() {
        String agency = ReportFixtures.roundAndAgency("26");
        String id = given().contentType(ContentType.JSON).body(ReportFixtures.report(agency)).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        Map<String, String> returned = Map.of("decision", "RETURNED", "comment", "Bổ sung số liệu về khen thưởng năm 2021");
        String review = "/api/v1/reports/" + id + "/review";
        keyed(key).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(returned).post(review).then()
                .statusCode(200).header("ETag", "\"2\"").header("Idempotent-Replayed", nullValue());
        // the retry: the first answer, not a 412 for the version the first request moved on
        keyed(key).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(returned).post(review).then()
                .statusCode(200).header("ETag", "\"2\"").header("Idempotent-Replayed", "true")
                .body("review.decision", equalTo("RETURNED"));
        given().get("/api/v1/reports/" + id + "/versions").then().body("total", equalTo(2));
        isReusedForAnotherRequest(keyed(key).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("decision", "ACCEPTED")).post(review).then());
        // without a key, as before: a stale If-Match is 412, the current one a new version
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(returned).post(review).then()
                .statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("decision", "ACCEPTED"))
                .post(review).then().statusCode(200).header("ETag", "\"3\"").header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRetriedDraftUploadCorrectionAndSubmissionEachHappenOnce() throws IOException {
        String round = "RETRY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14", "periodEnd", "2022-03-31",
                        "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(anyOf(is(200), is(201)));
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Ngoại vụ", "kind", "PROVINCIAL_DEPARTMENT",
                "provinceCode", "70")).put("/api/v1/agencies/70.SNGV").then().statusCode(anyOf(is(200), is(201)));
        byte[] document = seed("binh-phuoc-so-ngoai-vu-so-ket-2022");
        String upload = "/api/v1/drafts?agency=70.SNGV&round=" + round;

        String key = UUID.randomUUID().toString();
        Response first = keyed(key).contentType("text/plain; charset=UTF-8").body(document).post(upload);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = keyed(key).contentType("text/plain; charset=UTF-8").body(document).post(upload);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", "\"1\"");
        String id = first.path("id");
        assertEquals(id, again.path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        // the same key for another document, or for the same document to another round: 422
        isReusedForAnotherRequest(keyed(key).contentType("text/plain; charset=UTF-8")
                .body("BÁO CÁO sơ kết".getBytes(StandardCharsets.UTF_8)).post(upload).then());
        isReusedForAnotherRequest(keyed(key).contentType("text/plain; charset=UTF-8").body(document)
                .post("/api/v1/drafts?agency=70.SNGV&round=SO-KET-2022").then());
        // without a key, as before: every upload is a draft of its own
        String other = given().contentType("text/plain; charset=UTF-8").body(document).post(upload).then()
                .statusCode(201).extract().path("id");
        assertNotEquals(id, other);

        Map<String, Object> report = given().get("/api/v1/drafts/" + id).then().extract().path("report");
        @SuppressWarnings("unchecked")
        Map<String, Object> signed = (Map<String, Object>) report.get("document");
        signed.put("signerName", "Phạm Thị Anh Thư");
        String correction = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            keyed(correction).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report)
                    .put("/api/v1/drafts/" + id).then().statusCode(200).header("ETag", "\"2\"")
                    .header("Idempotent-Replayed", i == 0 ? nullValue() : equalTo("true"));
        }
        given().get("/api/v1/drafts/" + id).then().header("ETag", "\"2\"");
        signed.put("signerTitle", "Phó Giám đốc");
        isReusedForAnotherRequest(keyed(correction).contentType(ContentType.JSON).body(report)
                .put("/api/v1/drafts/" + id).then());

        String submission = UUID.randomUUID().toString();
        Response submitted = keyed(submission).post("/api/v1/drafts/" + id + "/submit");
        submitted.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        keyed(submission).post("/api/v1/drafts/" + id + "/submit").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", submitted.header("Location"))
                .body("id", equalTo(submitted.path("id")));
        given().get("/api/v1/reports?agency=70.SNGV&round=" + round).then().body("total", equalTo(1));
        isReusedForAnotherRequest(keyed(submission).post("/api/v1/drafts/" + other + "/submit").then());
        // without a key, as before: the draft is submitted already
        given().post("/api/v1/drafts/" + id + "/submit").then().statusCode(409);
    }

    @Test
    void aBrokenDraftSubmissionKeepsNothingSoItsCorrectedRetryMayUseTheKey() throws IOException {
        String round = "RETRY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14", "periodEnd", "2022-03-31",
                        "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(anyOf(is(200), is(201)));
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Ngoại vụ", "kind", "PROVINCIAL_DEPARTMENT",
                "provinceCode", "70")).put("/api/v1/agencies/70.SNGV").then().statusCode(anyOf(is(200), is(201)));
        String id = given().contentType("text/plain; charset=UTF-8").body(seed("binh-phuoc-so-ngoai-vu-so-ket-2022"))
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round).then().statusCode(201).extract().path("id");
        Map<String, Object> report = given().get("/api/v1/drafts/" + id).then().extract().path("report");
        report.put("workforce", Map.of("total", 20, "participating", 99, "commitmentsSigned", 20));
        given().contentType(ContentType.JSON).body(report).put("/api/v1/drafts/" + id).then().statusCode(200);
        String key = UUID.randomUUID().toString();
        keyed(key).post("/api/v1/drafts/" + id + "/submit").then().statusCode(400)
                .body("errors.field", hasItem("report.workforce.participating"));
        report.put("workforce", Map.of("total", 20, "participating", 20, "commitmentsSigned", 20));
        given().contentType(ContentType.JSON).body(report).put("/api/v1/drafts/" + id).then().statusCode(200);
        keyed(key).post("/api/v1/drafts/" + id + "/submit").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRetriedImportImportsOnce() {
        String code = "62.IMP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv = "code,name,kind,provinceCode\n" + code + ",Sở Tư pháp tỉnh Kon Tum,PROVINCIAL_DEPARTMENT,62\n";
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            keyed(key).urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body(csv)
                    .post("/api/v1/agencies:import").then().statusCode(200)
                    .header("Idempotent-Replayed", i == 0 ? nullValue() : equalTo("true"))
                    .body("created", equalTo(1)).body("updated", equalTo(0));
        }
        // one effect: the agency was written once (a second import would have replaced it, later)
        Response agency = given().get("/api/v1/agencies/" + code);
        agency.then().statusCode(200);
        assertEquals(agency.<String>path("createdAt"), agency.<String>path("updatedAt"));
        isReusedForAnotherRequest(keyed(key).urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body(csv.replace("Kon Tum", "Quảng Ngãi")).post("/api/v1/agencies:import").then());
        // without a key, as before: importing again replaces
        given().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/agencies:import").then().statusCode(200).body("updated", equalTo(1))
                .header("Idempotent-Replayed", nullValue());
        // a refused file keeps nothing: its corrected retry runs with the same key
        String refused = UUID.randomUUID().toString();
        keyed(refused).urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                .body("code,name,kind,provinceCode\n" + code + ",Sở Tư pháp,,62\n").post("/api/v1/agencies:import")
                .then().statusCode(400);
        keyed(refused).urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/agencies:import").then().statusCode(200).header("Idempotent-Replayed", nullValue())
                .body("updated", equalTo(1));
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = SafeRetriesTest.class.getResourceAsStream("/drafts/" + name + ".txt")) {
            return in.readAllBytes();
        }
    }
}
