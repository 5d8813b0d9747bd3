package vn.vhcs.registry.lock;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a province is locked for a round, and every lock and unlock so far. */
@Schema(name = "ProvinceLock", description = "Whether a province is locked for a round (its reports take no "
        + "submissions, revisions, withdrawals or reviews), and its audit trail: every lock and unlock, oldest first.",
        requiredProperties = { "roundCode", "provinceCode", "locked", "history" })
public record LockView(
        @Schema(examples = "SO-KET-2022") String roundCode,
        @Schema(examples = "70") String provinceCode,
        boolean locked,
        @Schema(description = "While locked: the statistics snapshot the lock published "
                + "(`GET /api/v1/statistics/rounds/{round}/provinces/{province}?snapshot=N`).", examples = "1")
        Integer snapshot,
        @Schema(description = "While locked: when.") Instant lockedAt,
        @Schema(description = "While locked: who locked it: the officer's username, or else the API client's id.")
        String lockedBy,
        List<Entry> history) {

    @Schema(name = "ProvinceLockEntry", requiredProperties = { "action", "actedBy", "at" })
    public record Entry(
            @Schema(type = SchemaType.STRING, enumeration = { "LOCKED", "UNLOCKED" }) String action,
            @Schema(description = "For a lock: the snapshot it published.") Integer snapshot,
            @Schema(description = "Who: the officer's username when an officer signed in acted, else the API client's "
                    + "id (`bootstrap-admin` for the configured admin key).", examples = "bp.thiduakhenthuong")
            String actedBy,
            @Schema(description = "For an officer: the OIDC client she acted through (`vhcs-dashboard` for the page, "
                    + "`vhcs-cli` for scripts); absent for an API key.", examples = "vhcs-dashboard")
            String actedThrough,
            Instant at,
            @Schema(description = "For an unlock: why.", examples = "Sở Tư pháp nộp bổ sung báo cáo") String reason) {
    }
}
