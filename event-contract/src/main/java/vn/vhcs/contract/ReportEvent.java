package vn.vhcs.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * Envelope of every record on {@link Topics#REPORT_EVENTS}.
 *
 * @param schemaVersion the contract version; the schema evolves additively, consumers ignore unknown fields
 * @param version the report's version after the change; consumers apply only a higher version
 */
public record ReportEvent(
        UUID eventId,
        ReportEventType type,
        int schemaVersion,
        Instant occurredAt,
        UUID reportId,
        int version,
        String correlationId,
        ReportState payload) {

    /** 2: figures (count, percent, qualifier), optional totals and document fields, receivedOn,
     *  modelsRegistered, directive issuer, inspections. Schema 1 payloads read into the same records. */
    public static final int SCHEMA_VERSION = 2;
}
