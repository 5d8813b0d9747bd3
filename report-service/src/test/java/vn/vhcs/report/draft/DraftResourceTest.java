package vn.vhcs.report.draft;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.vhcs.testing.GatewayTokens;

/** Drafts through the REST API: upload (.txt and a .docx made here with POI), read, correct, submit. */
@QuarkusTest
class DraftResourceTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private String round;

    /** A round of its own for each test, so that the seeds' agencies may report in each. */
    @BeforeEach
    void registry() {
        round = "DRAFT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14", "periodEnd", "2022-03-31",
                        "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(anyOf(is(200), is(201)));
        agency("70.SNGV", "Sở Ngoại vụ", "PROVINCIAL_DEPARTMENT", "70");
        agency("26.VPUBND", "Văn phòng UBND tỉnh", "OFFICE", "26");
    }

    private static void agency(String code, String name, String kind, String province) {
        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", kind, "provinceCode", province))
                .put("/api/v1/agencies/" + code).then().statusCode(anyOf(is(200), is(201)));
    }

    /** Binary bodies go as they are: REST Assured would add "charset=ISO-8859-1", which the service refuses. */
    static io.restassured.specification.RequestSpecification binary() {
        return given().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    static String seed(String name) throws IOException {
        try (InputStream in = DraftResourceTest.class.getResourceAsStream("/drafts/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed as a Word file: one paragraph a line, as a typist's document would hold it. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTextSeedBecomesADraftWithEvidenceThatIsEditedAndSubmitted() throws IOException {
        Response created = given().contentType("text/plain; charset=UTF-8")
                .body(seed("binh-phuoc-so-ngoai-vu-so-ket-2022").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round);
        created.then().statusCode(201).header("Location", containsString("/api/v1/drafts/"))
                .header("ETag", "\"1\"")
                .body("status", equalTo("OPEN"))
                .body("reportId", nullValue())
                .body("report.agencyCode", equalTo("70.SNGV"))
                .body("report.roundCode", equalTo(round))
                .body("report.document.signerTitle", equalTo("Giám đốc"))
                .body("report.document.number", nullValue())
                .body("report.workforce", nullValue())
                .body("report.indicators.computerEquipmentPercent", equalTo(100))
                .body("report.directives.findAll { it.number == '18/KH-SNgV' }.issuer", hasItem("SELF"))
                .body("report.directives.findAll { it.number == '167/KH-UBND' }.issuedBy", hasItem("UBND tỉnh"))
                .body("report.emulationTitles[0].count.qualifier", equalTo("AT_LEAST"))
                .body("evidence.field", hasItem("indicators.computerEquipmentPercent"))
                // the catalogue's figures the text states, in the report's figures, each with its evidence
                .body("report.figures.ownCultureRules", equalTo(true))
                .body("report.figures.linkedCampaigns",
                        equalTo(List.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")))
                .body("evidence.field", hasItem("figures.inspectionsConducted"))
                .body("narrative", nullValue());
        String id = created.path("id");
        String text = created.path("text");
        List<Map<String, Object>> evidence = created.path("evidence");
        assertFalse(evidence.isEmpty());
        for (Map<String, Object> e : evidence) {
            assertEquals(e.get("quote"), text.substring((Integer) e.get("start"), (Integer) e.get("end")), (String) e.get("field"));
        }
        // nothing was submitted by the upload
        given().get("/api/v1/reports?agency=70.SNGV&round=" + round).then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> report = given().get("/api/v1/drafts/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").extract().path("report");
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) report.get("document");
        document.put("signerName", "Phạm Thị Anh Thư");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report).put("/api/v1/drafts/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("report.document.signerName", equalTo("Phạm Thị Anh Thư"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(report).put("/api/v1/drafts/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        report.put("agencyCode", "26.VPUBND");
        given().contentType(ContentType.JSON).body(report).put("/api/v1/drafts/" + id)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("agencyCode"));
        report.put("agencyCode", "70.SNGV");
        report.put("color", "blue");
        given().contentType(ContentType.JSON).body(report).put("/api/v1/drafts/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("color"));

        String reportId = given().post("/api/v1/drafts/" + id + "/submit").then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/"))
                .body("status", equalTo("SUBMITTED"))
                .body("document.signerName", equalTo("Phạm Thị Anh Thư"))
                .extract().path("id");
        given().get("/api/v1/reports/" + reportId).then().statusCode(200).body("agencyCode", equalTo("70.SNGV"));
        given().get("/api/v1/drafts/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("reportId", equalTo(reportId));
        given().post("/api/v1/drafts/" + id + "/submit").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aWordFileMadeFromTheSeedGivesTheSameDraft() throws IOException {
        binary().contentType(DOCX).body(docx(seed("vinh-phuc-van-phong-ubnd-so-ket-2022")))
                .post("/api/v1/drafts?agency=26.VPUBND&round=" + round)
                .then().statusCode(201)
                .body("mediaType", equalTo(DOCX))
                .body("report.document.signerName", equalTo("Phan Thế Huy"))
                .body("report.document.signerTitle", equalTo("Chánh Văn phòng"))
                .body("report.directives.findAll { it.number == '301/KH-VP' }.issuer", hasItem("SELF"))
                .body("report.directives.findAll { it.number == '733/QĐ-TTg' }.issuedBy", hasItem("Thủ tướng Chính phủ"))
                .body("report.emulationTitles[0].title", equalTo("CULTURAL_STANDARD_UNIT"))
                .body("report.narrative.inspection", startsWith("Văn phòng đã làm tốt công tác kiểm tra"));
    }

    @Test
    void aBrokenRuleAtSubmissionPointsAtTheDraftsField() throws IOException {
        String id = given().contentType("text/plain; charset=UTF-8")
                .body(seed("binh-phuoc-so-ngoai-vu-so-ket-2022").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round).then().statusCode(201).extract().path("id");
        Map<String, Object> report = given().get("/api/v1/drafts/" + id).then().extract().path("report");
        @SuppressWarnings("unchecked")
        Map<String, Object> commendation = ((List<Map<String, Object>>) report.get("commendations")).get(0);
        commendation.put("year", 2030); // outside the round's period
        given().contentType(ContentType.JSON).body(report).put("/api/v1/drafts/" + id).then().statusCode(200);
        given().post("/api/v1/drafts/" + id + "/submit").then().statusCode(anyOf(is(400), is(422)))
                .contentType("application/problem+json")
                .body("errors.field", hasItem("report.commendations[0].year"));
        given().get("/api/v1/drafts/" + id).then().body("status", equalTo("OPEN"));
        given().get("/api/v1/reports?agency=70.SNGV&round=" + round).then().body("total", equalTo(0));
    }

    @Test
    void badUploadsAreProblems() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/drafts?agency=70.SNGV&round=" + round)
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/plain; charset=UTF-8").body("BÁO CÁO").post("/api/v1/drafts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("agency")).body("errors.field", hasItem("round"));
        binary().contentType(DOCX).body("not a zip".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round)
                .then().statusCode(422).contentType("application/problem+json");
        binary().contentType("application/pdf").body("%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round)
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType("text/plain; charset=UTF-8").body("BÁO CÁO").post("/api/v1/drafts?agency=99.NONE&round=" + round)
                .then().statusCode(422).body("errors.field", hasItem("agency"));
        given().get("/api/v1/drafts/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTheAgencysSubmitterOrAnAdminMayUseItsDrafts() {
        String other = GatewayTokens.bearer(GatewayTokens.submitter("portal-26", List.of("26.VPUBND"), List.of()));
        String own = GatewayTokens.bearer(GatewayTokens.submitter("portal-70", List.of("70.SNGV"), List.of()));
        String reader = GatewayTokens.bearer(GatewayTokens.reader("r", List.of("70"), true));
        given().header("Authorization", other).contentType("text/plain; charset=UTF-8").body("BÁO CÁO")
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round).then().statusCode(403);
        given().header("Authorization", reader).contentType("text/plain; charset=UTF-8").body("BÁO CÁO")
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round).then().statusCode(403);
        String id = given().header("Authorization", own).contentType("text/plain; charset=UTF-8")
                .body("BÁO CÁO\nSở đã ban hành Kế hoạch số 18/KH-SNgV ngày 11/7/2019 về phát động Phong trào thi đua.")
                .post("/api/v1/drafts?agency=70.SNGV&round=" + round).then().statusCode(201)
                .body("report.directives[0].issuer", equalTo("SELF"))
                .body("report.directives[0].issuedOn", equalTo("2019-07-11"))
                .extract().path("id");
        given().header("Authorization", own).get("/api/v1/drafts/" + id).then().statusCode(200);
        given().header("Authorization", other).get("/api/v1/drafts/" + id).then().statusCode(404);
        given().header("Authorization", reader).get("/api/v1/drafts/" + id).then().statusCode(403)
                .body("status", not(equalTo(200)));
    }
}
