package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

/** A seed uploaded as Word through the gateway becomes a draft, and the draft a report. */
@ExtendWith(RunningSystem.class)
class DraftsThroughGatewayTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ROUND = "DRAFTS-2022";
    /** The seeds as report-service's tests keep them. */
    static final Path SEEDS = Path.of("..", "report-service", "src", "test", "resources", "drafts");

    @Test
    void aWordSeedBecomesADraftThenAReport() throws IOException {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(anyOf(is(200), is(201)));
        given().contentType(ContentType.JSON).body(Map.of("name", "Văn phòng UBND tỉnh", "kind", "OFFICE",
                "provinceCode", "25")).put("/api/v1/agencies/25.D-VP").then().statusCode(anyOf(is(200), is(201)));

        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : Files.readString(SEEDS.resolve("vinh-phuc-van-phong-ubnd-so-ket-2022.txt")).split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }
        String id = given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(DOCX).body(docx).post("/api/v1/drafts?agency=25.D-VP&round=" + ROUND)
                .then().statusCode(201)
                .body("report.document.signerName", equalTo("Phan Thế Huy"))
                .body("report.directives.number", hasItem("733/QĐ-TTg"))
                .body("evidence.field", hasItem("indicators.computerEquipmentPercent"))
                .extract().path("id");
        given().get("/api/v1/drafts/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        // the agency's submitter reads it; another agency's gets 404 (no existence leaks); a reader is stopped at the gateway
        String in = "Bearer " + AuthorizationMatrixTest.client("SUBMITTER", List.of("25.D-VP"), List.of(), false);
        String out = "Bearer " + AuthorizationMatrixTest.client("SUBMITTER", List.of("70.SNGV"), List.of(), false);
        String reader = "Bearer " + AuthorizationMatrixTest.client("READER", List.of(), List.of("25"), true);
        given().header("Authorization", in).get("/api/v1/drafts/" + id).then().statusCode(200);
        given().header("Authorization", out).get("/api/v1/drafts/" + id).then().statusCode(404);
        given().header("Authorization", reader).get("/api/v1/drafts/" + id).then().statusCode(403);
        given().header("Authorization", out).contentType("text/plain; charset=UTF-8").body("BÁO CÁO")
                .post("/api/v1/drafts?agency=25.D-VP&round=" + ROUND).then().statusCode(403);
        String report = given().post("/api/v1/drafts/" + id + "/submit").then().statusCode(201)
                .body("agencyCode", equalTo("25.D-VP")).extract().path("id");
        given().get("/api/v1/reports/" + report).then().statusCode(200).body("id", notNullValue());

        // the public API document shows the drafts' operations
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/drafts'.post.operationId", equalTo("createDraft"))
                .body("paths.'/api/v1/drafts/{id}/submit'.post.operationId", equalTo("submitDraft"));
    }
}
