package vn.vhcs.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Agency events written before agencies had validity, bloc and staffing are still read. */
class RegistryEventCompatibilityTest {

    private static final String FIRST_AGENCY_EVENT = """
            {"eventId": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d05", "type": "AgencyUpserted",
             "occurredAt": "2026-11-01T00:00:00Z", "key": "agency:70.SNGV", "revision": 3,
             "agency": {"code": "70.SNGV", "name": "Sở Ngoại vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT",
                        "provinceCode": "70", "active": false},
             "schemaVersion": 1}""";

    @Test
    void anAgencyEventWithoutTheNewFieldsReadsWithThemAbsent() {
        RegistryEvent event = EventCodec.registryEvent(FIRST_AGENCY_EVENT.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, event.schemaVersion());
        RegistryEvent.Agency agency = event.agency();
        assertFalse(agency.active());
        assertNull(agency.validFrom());
        assertNull(agency.validTo());
        assertNull(agency.successorCode());
        assertNull(agency.blocCode());
        assertNull(agency.staffing());
    }

    @Test
    void theExampleCarriesValidityBlocAndStaffing() {
        RegistryEvent event = EventCodec.registryEvent(ExampleEvents.AGENCY_UPSERTED.json());
        assertEquals(RegistryEvent.SCHEMA_VERSION, event.schemaVersion());
        RegistryEvent.Agency agency = event.agency();
        assertEquals(LocalDate.of(2008, 8, 1), agency.validFrom());
        assertEquals(LocalDate.of(2025, 6, 30), agency.validTo());
        assertEquals("75.SNGV", agency.successorCode());
        assertEquals("TĐS3", agency.blocCode());
        assertEquals(20, agency.staffing());
    }
}
