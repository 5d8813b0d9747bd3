package vn.vhcs.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExampleEventsTest {

    private final ObjectMapper plain = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(ExampleEvents.class)
    void everyExampleSurvivesARoundTripWithoutLosingAField(ExampleEvents example) throws Exception {
        byte[] json = example.json();
        Object event = example.name().startsWith("REPORT") ? EventCodec.reportEvent(json) : EventCodec.registryEvent(json);
        JsonNode original = plain.readTree(json);
        JsonNode again = plain.readTree(EventCodec.toJson(event));
        assertEquals(original, again, "the records must carry every field of " + example);
    }

    @Test
    void reportEventsKeepTheirTypeAndVersionInTheEnvelopeAndThePayload() {
        ReportEvent revised = EventCodec.reportEvent(ExampleEvents.REPORT_REVISED.json());
        assertEquals(ReportEventType.ReportRevised, revised.type());
        assertEquals(revised.version(), revised.payload().version());
        assertEquals(revised.reportId(), revised.payload().id());
        ReportEvent withdrawn = EventCodec.reportEvent(ExampleEvents.REPORT_WITHDRAWN.json());
        assertEquals("WITHDRAWN", withdrawn.payload().status());
    }

    @Test
    void unknownFieldsAreIgnoredSoTheSchemaCanGrowAdditively() {
        String json = new String(ExampleEvents.REPORT_SUBMITTED.json(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedInV2\": {\"x\": 1},");
        assertNotNull(EventCodec.reportEvent(json.getBytes(StandardCharsets.UTF_8)).eventId());
    }

    @Test
    void aMalformedEventIsReportedAsSuch() {
        assertThrows(EventCodec.MalformedEventException.class,
                () -> EventCodec.reportEvent("{\"version\": \"not a number\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
