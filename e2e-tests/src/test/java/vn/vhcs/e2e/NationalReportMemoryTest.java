package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The national Word report of a round with 50,000 expected agencies that have not reported, through
 * the gateway, from an aggregation-service running with the production JVM options of ./vhcs (128 MB
 * heap, exit on OutOfMemoryError): it answers, lists every one of them in its annex, and is still up.
 * (Before the annexes were streamed, 10,515 agencies were enough to end it.) The agencies are
 * written straight into aggregation-service's copy of the registry — 50,000 registry events would
 * take minutes to apply and are not what is measured — so the kept statistics do not count them;
 * the annex, read from that copy, does. They are removed afterwards.
 */
@ExtendWith(RunningSystem.class)
class NationalReportMemoryTest {

    private static final int AGENCIES = 50_000;
    private static final String RUN = "MEM" + (System.nanoTime() % 100000);
    private static final String ROUND = RUN + "-NAM-2024";

    @Test
    void theNationalReportOfFiftyThousandMissingAgenciesFitsTheProductionHeap() throws Exception {
        RunningSystem system = RunningSystem.get();
        try (Connection db = DriverManager.getConnection(RunningSystem.database("vhcs_e2e_aggregation"),
                "vhcs_aggregation", "vhcs_aggregation")) {
            try {
                register(db);
                system.restartAggregation(system.productionJvmOptions());
                byte[] docx = given().get("/api/v1/statistics/rounds/" + ROUND + "/national/report.docx").then()
                        .statusCode(200).extract().asByteArray();
                assertEquals(AGENCIES, listed(docx), "every missing agency in Phụ lục II");
                assertTrue(system.aggregation.alive(), "aggregation-service is still up:\n" + system.aggregation.logTail());
                given().get("/api/v1/statistics/rounds/" + ROUND + "/national").then().statusCode(200);
            } finally {
                try (PreparedStatement agencies = db.prepareStatement("delete from agency where code like ?");
                        PreparedStatement round = db.prepareStatement("delete from reporting_round where code = ?")) {
                    agencies.setString(1, RUN + ".%");
                    agencies.executeUpdate();
                    round.setString(1, ROUND);
                    round.executeUpdate();
                }
                system.restartAggregation();
            }
        }
    }

    /** An annual round of 2024, and 50,000 public service units of Lai Châu (12) with names of a realistic length. */
    private static void register(Connection db) throws Exception {
        try (PreparedStatement province = db.prepareStatement("insert into province (code, valid_from, name, revision) "
                + "values ('12', date '2004-01-01', 'Lai Châu', 1) on conflict do nothing");
                PreparedStatement round = db.prepareStatement("insert into reporting_round (code, kind, period_start, "
                        + "period_end, due_date, closes_on, revision) values (?, 'ANNUAL', date '2024-01-01', "
                        + "date '2024-12-31', date '2025-01-31', date '2025-03-31', 1)");
                PreparedStatement agencies = db.prepareStatement("insert into agency (code, name, kind, province_code, "
                        + "active, valid_from, bloc_code, staffing, revision) select ? || '.' || lpad(n::text, 5, '0'), "
                        + "'Trường Trung học cơ sở thực hành số ' || n || ' thuộc Ủy ban nhân dân xã Mường Tè, tỉnh Lai "
                        + "Châu', 'PUBLIC_SERVICE_UNIT', '12', true, date '2008-08-01', 'TĐ' || (n % 20), 30, 1 from "
                        + "generate_series(1, ?) n")) {
            province.executeUpdate();
            round.setString(1, ROUND);
            round.executeUpdate();
            agencies.setString(1, RUN);
            agencies.setInt(2, AGENCIES);
            assertEquals(AGENCIES, agencies.executeUpdate());
        }
    }

    /** How many of this test's agency codes the document's text holds, read as a stream (not as a DOM). */
    private static int listed(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(zip, "UTF-8");
                    int codes = 0;
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t")
                                && xml.getElementText().startsWith(RUN + ".")) {
                            codes++;
                        }
                    }
                    return codes;
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
