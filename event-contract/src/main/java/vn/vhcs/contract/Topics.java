package vn.vhcs.contract;

/** Kafka topic names; the one place both sides take them from. */
public final class Topics {
    /** Report lifecycle events, key = report id, so that one report's events stay in order. */
    public static final String REPORT_EVENTS = "report-events";
    /** Registry (provinces, agencies, rounds) state, compacted, key = {@link RegistryEvent#key()}. */
    public static final String REGISTRY_EVENTS = "registry-events";
    /**
     * Which rounds' statistics may have changed ({@link StatisticsChange}), published by aggregation-service after
     * each batch it commits, read by every gateway to drop the answers it keeps. Notices, not state: short retention.
     */
    public static final String STATISTICS_CHANGES = "statistics-changes";

    private Topics() {
    }

    /** The schema version of what is published now on a topic (the {@code schemaVersion} header). */
    public static int schemaVersion(String topic) {
        return REPORT_EVENTS.equals(topic) ? ReportEvent.SCHEMA_VERSION : RegistryEvent.SCHEMA_VERSION;
    }
}
