package vn.vhcs.contract;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of events, used by producer and consumer alike. Readers ignore unknown
 * fields so that additive schema changes do not break older consumers.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            // a tree keeps a figure's number as written: 100, not 1E+2
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private EventCodec() {
    }

    public static String toJson(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A contract value as a JSON tree, mapped as events map it. */
    public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static ReportEvent reportEvent(byte[] json) {
        return read(json, ReportEvent.class);
    }

    public static RegistryEvent registryEvent(byte[] json) {
        return read(json, RegistryEvent.class);
    }

    public static StatisticsChange statisticsChange(byte[] json) {
        return read(json, StatisticsChange.class);
    }

    /** Reads any contract type, e.g. a {@link ReportState} kept as JSON by a consumer. */
    public static <T> T fromJson(String json, Class<T> type) {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedEventException(type.getSimpleName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** An event that does not follow the contract; consumers park it instead of retrying forever. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
