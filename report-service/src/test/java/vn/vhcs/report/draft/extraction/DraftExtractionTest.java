package vn.vhcs.report.draft.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.vhcs.report.DirectiveIssuer;
import vn.vhcs.report.DirectiveKind;
import vn.vhcs.report.api.ReportRequest;

/** The extractor on the public seeds, scored field by field against the faithful v2 fixtures. */
class DraftExtractionTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).setSerializationInclusion(JsonInclude.Include.NON_NULL);
    /** The fixtures of the contract issue, kept once in e2e-tests. */
    static final Path FIXTURES = Path.of("..", "e2e-tests", "src", "test", "resources", "reports");

    static final DraftExtractor.Agency SNGV = new DraftExtractor.Agency("70.SNGV", "Sở Ngoại vụ");
    static final DraftExtractor.Agency VPUBND = new DraftExtractor.Agency("26.VPUBND", "Văn phòng UBND tỉnh");

    static String seed(String name) throws IOException {
        try (InputStream in = DraftExtractionTest.class.getResourceAsStream("/drafts/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private DraftScore.Result score(String seed, DraftExtractor.Agency agency) throws IOException {
        Extraction extraction = DraftExtractor.extract(seed(seed), agency, "SO-KET-2022");
        JsonNode draft = JSON.valueToTree(extraction.report());
        JsonNode fixture = JSON.readTree(Files.readString(FIXTURES.resolve(seed + ".json")));
        DraftScore.Result result = DraftScore.score(draft, fixture);
        DraftScore.Result figures = DraftScore.scoreFigures(draft, fixture);
        String summary = String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | figures %d | %d | %d |", seed,
                result.expected(), result.predicted(), result.correct(), result.precision(), result.recall(),
                figures.expected(), figures.predicted(), figures.correct());
        System.out.println("draft score " + summary);
        result.wrong().forEach(w -> System.out.println("  wrong  " + w));
        result.missed().forEach(w -> System.out.println("  missed " + w));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "draft-score-" + seed + ".md"), summary + "\n");
        // every filled field has evidence inside the text
        for (Evidence e : extraction.evidence()) {
            assertEquals(e.quote(), extraction.text().substring(e.start(), e.end()), e.field());
        }
        // every catalogue figure the draft states is stated as the fixture states it, and has its evidence
        assertEquals(figures.predicted(), figures.correct(), "figures stated wrongly: " + figures.wrong());
        for (String code : extraction.figures().keySet()) {
            assertTrue(extraction.evidence().stream().anyMatch(e -> e.field().startsWith("figures." + code)), code);
        }
        return result;
    }

    @Test
    void binhPhuocSoKetScoresAtLeastTheBar() throws IOException {
        DraftScore.Result r = score("binh-phuoc-so-ngoai-vu-so-ket-2022", SNGV);
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.7, "recall " + r.recall());
    }

    @Test
    void vinhPhucSoKetScoresAtLeastTheBar() throws IOException {
        DraftScore.Result r = score("vinh-phuc-van-phong-ubnd-so-ket-2022", VPUBND);
        assertTrue(r.precision() >= 0.9, "precision " + r.precision());
        assertTrue(r.recall() >= 0.7, "recall " + r.recall());
    }

    @Test
    void thePlanGivesItsCitedDocumentsAndSigner() throws IOException {
        ReportRequest plan = DraftExtractor.extract(seed("binh-phuoc-so-ngoai-vu-ke-hoach-2022"), SNGV, "SO-KET-2022")
                .report();
        ReportRequest.Directive ubnd = plan.directives().stream().filter(d -> "167/KH-UBND".equals(d.number()))
                .findFirst().orElseThrow();
        assertEquals(DirectiveKind.PLAN, ubnd.kind());
        assertEquals(DirectiveIssuer.CITED, ubnd.issuer());
        assertEquals("UBND tỉnh", ubnd.issuedBy());
        assertEquals(java.time.LocalDate.of(2019, 7, 9), ubnd.issuedOn());
        ReportRequest.Directive ct = plan.directives().stream().filter(d -> "05-CT/TW".equals(d.number()))
                .findFirst().orElseThrow();
        assertEquals(DirectiveKind.DIRECTIVE, ct.kind());
        assertEquals("Bộ Chính trị", ct.issuedBy());
        assertNull(ct.issuedOn());
        assertEquals("Phạm Thị Anh Thư", plan.document().signerName());
        assertEquals("Giám đốc", plan.document().signerTitle());
        assertTrue(plan.workforce() == null && plan.commendations().isEmpty(), "a plan states no figures");
    }

    @Test
    void theCatalogueFiguresAreReadWhereTheTextStatesThem() {
        String text = """
                BÁO CÁO
                II. CÔNG TÁC TRIỂN KHAI
                Sở đã tổ chức 2 hội nghị quán triệt và tổ chức hơn 3 lớp tập huấn cho cán bộ, công chức.
                Phong trào được thực hiện gắn với “Thi đua xây dựng cơ quan văn minh”, “Dân vận khéo” và “Cải cách hành chính”.
                III. KẾT QUẢ ĐẠT ĐƯỢC
                Tỷ lệ văn bản đi, đến được gửi, nhận điện tử đạt trên 95,5%. Năm 2021 cơ quan chưa đạt chuẩn văn hóa.
                Tập thể điển hình tiên tiến là “Phòng Lãnh sự”. Cá nhân điển hình tiên tiến là đồng chí Nguyễn Văn An.
                """;
        Extraction x = DraftExtractor.extract(text, SNGV, "SO-KET-2022");
        java.util.Map<String, JsonNode> f = x.figures();
        assertEquals(2, f.get("conferencesHeld").intValue());
        assertEquals("{\"count\":3,\"qualifier\":\"MORE_THAN\"}", f.get("trainingsHeld").toString());
        assertEquals(List.of("Thi đua xây dựng cơ quan văn minh", "Dân vận khéo", "Cải cách hành chính"),
                JSON.convertValue(f.get("linkedCampaigns"), List.class));
        assertEquals("{\"percent\":95.5,\"qualifier\":\"MORE_THAN\"}", f.get("eDocumentsPercent").toString());
        assertEquals(false, f.get("culturalStandard").booleanValue());
        assertEquals("[\"Phòng Lãnh sự\"]", f.get("exemplaryUnits").toString());
        assertEquals("[\"Nguyễn Văn An\"]", f.get("exemplaryIndividuals").toString());
        assertNull(f.get("inspectionsConducted"), "not stated, so absent");
        assertTrue(x.evidence().stream().anyMatch(e -> e.field().equals("figures.eDocumentsPercent")
                && e.quote().startsWith("Tỷ lệ văn bản đi, đến")));
        assertTrue(DraftExtractor.extract("BÁO CÁO\nKhông có số liệu. Cơ quan phấn đấu đạt chuẩn văn hóa.", SNGV,
                "SO-KET-2022").figures().isEmpty(), "an aim is not a fact");
        // an ORDINAL is read by its levels' labels: "mức cao" is the level HIGH, a level it does not have is nothing
        assertEquals("HIGH", DraftExtractor.extract("BÁO CÁO\nTỷ lệ văn bản điện tử trao đổi nội bộ đạt mức cao.", SNGV,
                "SO-KET-2022").figures().get("eDocumentsLevel").textValue());
        assertNull(DraftExtractor.extract("BÁO CÁO\nTỷ lệ văn bản điện tử trao đổi nội bộ đạt mức khá.", SNGV,
                "SO-KET-2022").figures().get("eDocumentsLevel"));
    }

    @Test
    void aFilledHeaderIsReadAndABlankOneIsAbsent() {
        String filled = """
                UBND TỈNH BÌNH PHƯỚC
                SỞ NGOẠI VỤ
                Số: 45/BC-SNgV
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Bình Phước, ngày 25 tháng 4 năm 2022
                BÁO CÁO
                Sơ kết 03 năm
                Trên 85,5% cán bộ, công chức đã ký cam kết thực hiện văn hóa công sở; khoảng 70% người dân hài lòng.
                Sở đã triển khai 5 mô hình, trong đó mô hình “Cà phê doanh nhân” được nhân rộng.
                Năm 2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể và 3 cá nhân.
                """;
        ReportRequest r = DraftExtractor.extract(filled, SNGV, "SO-KET-2022").report();
        assertEquals("45/BC-SNgV", r.document().number());
        assertEquals(java.time.LocalDate.of(2022, 4, 25), r.document().issuedOn());
        assertEquals(0, r.workforce().commitmentsSigned().percent().compareTo(new java.math.BigDecimal("85.5")));
        assertEquals(vn.vhcs.contract.Figure.Qualifier.MORE_THAN, r.workforce().commitmentsSigned().qualifier());
        assertEquals(vn.vhcs.contract.Figure.Qualifier.APPROXIMATELY, r.indicators().citizenSatisfactionPercent().qualifier());
        assertEquals(5, r.modelsRegistered());
        assertEquals("Cà phê doanh nhân", r.models().get(0).name());
        assertEquals(List.of(2, 3), r.commendations().stream().map(ReportRequest.Commendation::count).toList());
        assertEquals(2021, r.commendations().get(0).year());

        String counted = """
                BÁO CÁO
                Tổng số cán bộ, công chức của cơ quan là 25 người. Có 18/25 cán bộ, công chức đã ký cam kết; 24 công chức tham gia phong trào.
                """;
        ReportRequest c = DraftExtractor.extract(counted, SNGV, "SO-KET-2022").report();
        assertEquals(25, c.workforce().total());
        assertEquals(18, c.workforce().commitmentsSigned().count());
        assertEquals(24, c.workforce().participating().count());

        String blank = """
                Số:      /BC-SNgV
                Bình Phước, ngày     tháng 4 năm 2022
                BÁO CÁO
                """;
        assertNull(DraftExtractor.extract(blank, SNGV, "SO-KET-2022").report().document());
    }
}
