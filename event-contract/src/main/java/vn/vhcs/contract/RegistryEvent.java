package vn.vhcs.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Envelope of every record on {@link Topics#REGISTRY_EVENTS}. Exactly one of {@code province},
 * {@code agency}, {@code round} is set, matching {@code type}; it is the entity's whole state.
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
        Round round) {

    public static final int SCHEMA_VERSION = 1;

    public enum RegistryEventType {
        ProvinceUpserted, AgencyUpserted, RoundUpserted
    }

    public record Province(String code, String name, LocalDate validFrom, LocalDate validTo, String successorCode) {
    }

    public record Agency(String code, String name, String kind, String provinceCode, String parentCode,
            boolean active) {
    }

    /** @param provinceDueDates deadlines provinces set for themselves, by province code (since schema 1, additive) */
    public record Round(String code, String kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
            LocalDate closesOn, java.util.Map<String, LocalDate> provinceDueDates) {
    }

    public static String provinceKey(String code, LocalDate validFrom) {
        return "province:" + code + ":" + validFrom;
    }

    public static String agencyKey(String code) {
        return "agency:" + code;
    }

    public static String roundKey(String code) {
        return "round:" + code;
    }
}
