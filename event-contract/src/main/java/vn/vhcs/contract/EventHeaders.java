package vn.vhcs.contract;

/** Kafka record headers set on every event; values are UTF-8 strings. */
public final class EventHeaders {
    /** Same value as the envelope's {@code eventId}: lets a consumer dedupe without parsing. */
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    /** The request id of the HTTP request that caused the event. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String SCHEMA_VERSION = "schemaVersion";

    private EventHeaders() {
    }
}
