package vn.vhcs.aggregation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.aggregation.statistics.MissingAgency;
import vn.vhcs.aggregation.statistics.ProvinceStatistics;
import vn.vhcs.aggregation.statistics.Rate;

/** The CSV a board officer opens in a spreadsheet: BOM, plain numbers, a header always, Vietnamese titles. */
class CsvTableTest {

    record Figures(BigDecimal hundred, BigDecimal half, Rate rate, long count) {
    }

    private static List<String> lines(String csv) {
        assertTrue(csv.startsWith("\uFEFF"), "starts with the byte order mark");
        return List.of(csv.substring(1).split("\r\n", -1));
    }

    @Test
    void numbersAreNeverInExponentForm() {
        // 100.00 stripped of its zeros is 1E+2 as a BigDecimal; a double 0.00001 prints as 1.0E-5
        Figures figures = new Figures(new BigDecimal("100.00").stripTrailingZeros(), new BigDecimal("0.50"),
                Rate.of(1, 100_000), 10_000_000L);
        List<String> lines = lines(CsvTable.of(List.of(figures), Figures.class, Locale.ENGLISH));
        assertEquals("hundred,half,rate.value,rate.numerator,rate.denominator,count", lines.get(0));
        assertEquals("100,0.5,0.00001,1,100000,10000000", lines.get(1));
        assertFalse(String.join("\n", lines).contains("E"), String.join("\n", lines));
    }

    @Test
    void aTableWithoutRowsStillHasItsHeader() {
        assertEquals(List.of("code,name,kind,blocCode", ""),
                lines(CsvTable.of(List.of(), MissingAgency.class, Locale.ENGLISH)));
        String header = lines(CsvTable.of(List.of(), ProvinceStatistics.class, Locale.ENGLISH)).get(0);
        assertTrue(header.startsWith("roundCode,provinceCode,boundaries,agenciesExpected,agenciesReported,"
                + "reportingRate.value,reportingRate.numerator,reportingRate.denominator,"), header);
        assertTrue(header.contains(",agenciesMissing,"), header);
        // a field added later is a column added at the end: the columns a spreadsheet knows stay where they were
        assertTrue(header.contains(",updatedAt,agenciesAccepted,"), header);
        assertTrue(header.endsWith(",coverage.ownPlan.agencies,coverage.ownPlan.of,coverage.ownPlan.rate,"
                + "coverage.ownRegulation.agencies,coverage.ownRegulation.of,coverage.ownRegulation.rate,"
                + "coverage.commitments.agencies,coverage.commitments.of,coverage.commitments.rate,"
                + "coverage.models.agencies,coverage.models.of,coverage.models.rate,"
                + "coverage.culturalStandard.agencies,coverage.culturalStandard.of,coverage.culturalStandard.rate,"
                + "figures"), header);
    }

    @Test
    void vietnameseTitlesTranslateEachPartOfTheFieldName() {
        Locale vi = Messages.VIETNAMESE;
        assertEquals("Tỷ lệ tham gia - Giá trị", CsvTable.title("participationRate.value", vi));
        assertEquals("Khen thưởng - Giấy khen - Tập thể", CsvTable.title("commendations.CERTIFICATE_OF_MERIT.COLLECTIVE", vi));
        assertEquals("Danh hiệu thi đua - Lao động tiên tiến - 2021", CsvTable.title("emulationTitles.ADVANCED_WORKER.2021", vi));
        assertEquals("Cơ quan thực hiện - Tự ban hành kế hoạch - Số cơ quan",
                CsvTable.title("coverage.ownPlan.agencies", vi));
        assertEquals("Cơ quan thực hiện - Đạt chuẩn văn hóa - Trên số cơ quan đã báo cáo",
                CsvTable.title("coverage.culturalStandard.of", vi));
        assertEquals("participationRate.value", CsvTable.title("participationRate.value", Locale.ENGLISH));
        List<String> lines = lines(CsvTable.of(List.of(new MissingAgency("70.SNV", "Sở Nội vụ, tỉnh Bình Phước",
                "PROVINCIAL_DEPARTMENT", "TĐS3"), new MissingAgency("70.X", "X", "OTHER", null)), MissingAgency.class, vi));
        assertEquals("Mã cơ quan,Tên cơ quan,Loại cơ quan,Khối thi đua", lines.get(0));
        assertEquals("70.SNV,\"Sở Nội vụ, tỉnh Bình Phước\",PROVINCIAL_DEPARTMENT,TĐS3", lines.get(1));
        assertEquals("70.X,X,OTHER,", lines.get(2));
    }

    /** OWASP's CSV injection: an agency registered as a formula is shown as text; numbers stay numbers. */
    @Test
    void aCellThatAFormulaWouldBeIsWrittenAsText() {
        List<String> lines = lines(CsvTable.of(List.of(
                new MissingAgency("70.X", "=HYPERLINK(\"http://x\")", "OTHER", "@SUM(1)"),
                new MissingAgency("70.Y", "+1+1", "-2+3", "\tx")), MissingAgency.class, Locale.ENGLISH));
        assertEquals("70.X,\"'=HYPERLINK(\"\"http://x\"\")\",OTHER,'@SUM(1)", lines.get(1));
        assertEquals("70.Y,'+1+1,'-2+3,'\tx", lines.get(2));
        assertEquals("-2", CsvTable.inert("-2"));
        assertEquals("-2.5", CsvTable.inert("-2.5"));
        assertEquals("'-", CsvTable.inert("-"));
        assertEquals("'\rx", CsvTable.inert("\rx"));
        assertEquals("Sở Nội vụ", CsvTable.inert("Sở Nội vụ"));
    }

    @Test
    void countedListsBecomeOneColumnPerKey() {
        ProvinceStatistics.CommendationCount praise = new ProvinceStatistics.CommendationCount("PRAISE", "INDIVIDUAL", 4);
        record Row(List<ProvinceStatistics.CommendationCount> commendations, Map<String, Long> bySector, Instant at) {
        }
        List<String> lines = lines(CsvTable.of(List.of(new Row(List.of(praise), Map.of("HEALTH", 100L),
                Instant.parse("2022-04-26T03:12:46.402Z"))), Row.class, Locale.ENGLISH));
        assertEquals("commendations.PRAISE.INDIVIDUAL,bySector.HEALTH,at", lines.get(0));
        assertEquals("4,100,2022-04-26T03:12:46.402Z", lines.get(1));
    }
}
