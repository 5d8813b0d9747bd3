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
        assertEquals(ReportStatus.WITHDRAWN, withdrawn.payload().status());
    }

    @Test
    void aReviewTravelsInTheStateAndOlderEventsHaveNone() {
        ReportState reviewed = EventCodec.reportEvent(ExampleEvents.REPORT_REVIEWED.json()).payload();
        assertEquals("ACCEPTED", reviewed.review().decision());
        assertEquals(Integer.valueOf(2), reviewed.review().reviewedVersion());
        assertEquals(true, reviewed.accepted());
        ReportState revised = EventCodec.reportEvent(ExampleEvents.REPORT_REVISED.json()).payload();
        assertEquals(null, revised.review());
        assertEquals(false, revised.accepted());
        assertEquals(false, EventCodec.reportEvent(ExampleEvents.REPORT_SUBMITTED_V1.json()).payload().accepted());
    }

    @Test
    void aSchemaOneEventReadsWithTheSameMeaning() {
        ReportEvent v1 = EventCodec.reportEvent(ExampleEvents.REPORT_SUBMITTED_V1.json());
        assertEquals(1, v1.schemaVersion());
        ReportState state = v1.payload();
        assertEquals(Figure.ofCount(20), state.workforce().participating(), "a v1 whole number is a count");
        assertEquals(Integer.valueOf(20), state.workforce().total());
        assertEquals(0, new java.math.BigDecimal("92.5").compareTo(state.indicators().citizenSatisfactionPercent().percent()),
                "a v1 indicator is a percent");
        assertEquals(Figure.ofCount(18), state.emulationTitles().get(0).count());
        assertEquals(true, state.directives().get(0).own(), "a v1 directive is the agency's own");
        assertEquals(null, state.modelsRegistered());
        assertEquals(1, state.modelsTotal(), "without modelsRegistered, the models named");
    }

    @Test
    void aSchemaTwoEventCarriesFiguresAsStated() {
        ReportState state = EventCodec.reportEvent(ExampleEvents.REPORT_SUBMITTED.json()).payload();
        assertEquals(Figure.ofPercent(new java.math.BigDecimal("100"), null), state.workforce().participating());
        assertEquals(Figure.Qualifier.APPROXIMATELY, state.memberUnits().withCultureRules().qualifier());
        assertEquals(false, state.directives().get(1).own());
        assertEquals(5, state.modelsTotal(), "modelsRegistered 5 with one named");
        assertEquals(Figure.Qualifier.AT_LEAST, state.emulationTitles().get(0).count().qualifier());
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
