package vn.vhcs.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Envelope of every record on {@link Topics#REGISTRY_EVENTS}. Exactly one of {@code province}, {@code figure},
 * {@code agency}, {@code round}, {@code lock} is set, matching {@code type}; it is the entity's whole state.
 *
 * @param key the record key: {@code province:<code>:<validFrom>}, {@code agency:<code>} or {@code round:<code>}
 * @param revision increases with every change of the entity; consumers apply only a higher revision
 */
public record RegistryEvent(
        UUID eventId,
        RegistryEventType type,
        int schemaVersion,
        Instant occurredAt,
        String key,
        long revision,
        String correlationId,
        Province province,
        Agency agency,
        Round round,
        Lock lock,
        vn.vhcs.contract.figures.FigureDefinition figure) {

    /** An event of a province, an agency, a round or a lock, as every event was before the figure catalogue. */
    public RegistryEvent(UUID eventId, RegistryEventType type, int schemaVersion, Instant occurredAt, String key,
            long revision, String correlationId, Province province, Agency agency, Round round, Lock lock) {
        this(eventId, type, schemaVersion, occurredAt, key, revision, correlationId, province, agency, round, lock,
                null);
    }

    /** An event of a province, an agency or a round, as every event was before locks. */
    public RegistryEvent(UUID eventId, RegistryEventType type, int schemaVersion, Instant occurredAt, String key,
            long revision, String correlationId, Province province, Agency agency, Round round) {
        this(eventId, type, schemaVersion, occurredAt, key, revision, correlationId, province, agency, round, null, null);
    }

    /**
     * 2: agencies carry validFrom, validTo, successorCode, blocCode and staffing, and their
     * {@code active} is derived from the dates. Schema 1 events read into the same records, the new
     * fields absent (see {@link Agency}); provinces and rounds are the same in both.
     */
    public static final int SCHEMA_VERSION = 2;

    public enum RegistryEventType {
        ProvinceUpserted, AgencyUpserted, RoundUpserted,
        /** A province's board locked it for a round: the statistics of that moment are published as a snapshot. */
        ProvinceLocked,
        /** A figure of the catalogue was defined or changed (added to schema 2 additively): its whole definition. */
        FigureDefined
    }

    /**
     * A province locked for a round (added to schema 2 additively), and snapshot {@code snapshot} of its
     * statistics to publish. {@code reports} names every report of the round in the province with its
     * version at the lock (report id → version): the snapshot is taken once the consumer holds them.
     * Each snapshot has a key of its own, so compaction never removes one.
     */
    public record Lock(String roundCode, String provinceCode, int snapshot, Instant lockedAt, String lockedBy,
            java.util.Map<UUID, Integer> reports) {
    }

    public static String snapshotKey(String round, String province, int snapshot) {
        return "snapshot:" + round + ":" + province + ":" + snapshot;
    }

    public record Province(String code, String name, LocalDate validFrom, LocalDate validTo, String successorCode) {
    }

    /**
     * An agency's whole state. {@code validFrom} … {@code validTo} (both inclusive, see
     * {@link vn.vhcs.contract.rules.Validity}) say when it exists; added after the first agency events,
     * so a consumer reads events without them too: with no dates, {@code active} alone decides, for
     * ever ({@code true}: valid from ever to ever; {@code false}: not valid). With dates, {@code active}
     * is only what the producer derived on the day it wrote the event (valid that day and not dissolved).
     *
     * @param validFrom the first day it exists; absent when unknown (long-standing)
     * @param validTo the last day it exists, set when it is dissolved or merged; absent while it lasts
     * @param successorCode the agency that took over, if any
     * @param blocCode its emulation bloc (khối thi đua), e.g. {@code TĐS3}
     * @param staffing its headcount as the province's Sở Nội vụ knows it (0…1,000,000)
     * @param history every state of the agency in valid time, oldest first (added to schema 2
     *        additively): the top-level fields are the state in force when the event was written. A
     *        consumer reads an agency as it was on a day from its history; an event without one has a
     *        single state, the top-level fields, for the agency's whole life.
     */
    public record Agency(String code, String name, String kind, String provinceCode, String parentCode,
            boolean active, LocalDate validFrom, LocalDate validTo, String successorCode, String blocCode,
            Integer staffing, java.util.List<AgencyState> history) {

        /** An agency without history, as events were before valid time. */
        public Agency(String code, String name, String kind, String provinceCode, String parentCode, boolean active,
                LocalDate validFrom, LocalDate validTo, String successorCode, String blocCode, Integer staffing) {
            this(code, name, kind, provinceCode, parentCode, active, validFrom, validTo, successorCode, blocCode,
                    staffing, null);
        }

        /** Its states, oldest first: the history it carries, or its top-level fields as its only state. */
        public java.util.List<AgencyState> states() {
            if (history != null && !history.isEmpty()) {
                return history;
            }
            return java.util.List.of(new AgencyState(null, name, kind, provinceCode, parentCode, successorCode,
                    blocCode, staffing));
        }
    }

    /**
     * One state of an agency: what it was from {@code effectiveFrom} (absent for the first state: from
     * its beginning) until the next state's day.
     */
    public record AgencyState(LocalDate effectiveFrom, String name, String kind, String provinceCode,
            String parentCode, String successorCode, String blocCode, Integer staffing) {
    }

    /**
     * @param provinceDueDates deadlines provinces set for themselves, by province code (since schema 1, additive)
     * @param figures the codes of the figures the round asks for (added to schema 2 additively); absent or empty:
     *        the movement's standard set
     */
    public record Round(String code, String kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
            LocalDate closesOn, java.util.Map<String, LocalDate> provinceDueDates, java.util.List<String> figures) {

        /** A round as events carried it before figure sets. */
        public Round(String code, String kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                LocalDate closesOn, java.util.Map<String, LocalDate> provinceDueDates) {
            this(code, kind, periodStart, periodEnd, dueDate, closesOn, provinceDueDates, null);
        }
    }

    public static String provinceKey(String code, LocalDate validFrom) {
        return "province:" + code + ":" + validFrom;
    }

    public static String agencyKey(String code) {
        return "agency:" + code;
    }

    public static String figureKey(String code) {
        return "figure:" + code;
    }

    public static String roundKey(String code) {
        return "round:" + code;
    }
}
