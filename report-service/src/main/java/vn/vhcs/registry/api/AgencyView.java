package vn.vhcs.registry.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.registry.Agency;
import vn.vhcs.registry.AgencyKind;
import vn.vhcs.registry.AgencyState;

@Schema(name = "Agency", description = "A registered agency (cơ quan, đơn vị). A round expects a report from the "
        + "agencies that exist at the end of its period.", requiredProperties = { "code", "name", "kind", "active", "createdAt",
                "updatedAt" })
public record AgencyView(
        @Schema(description = "An agency's code: its official electronic identifier (mã định danh điện tử) where it has one; "
                + "2 to 40 of A–Z, a–z, 0–9, `.`, `_`, `-`.",
                pattern = "^[A-Za-z0-9._-]{2,40}$", examples = "70.SNGV")
        String code,
        @Schema(maxLength = 300, examples = "Sở Ngoại vụ tỉnh Bình Phước")
        String name,
        AgencyKind kind,
        @Schema(description = "Its province's official two-digit code; absent for a central body (`MINISTRY`, "
                + "`CENTRAL_AGENCY`).", pattern = "^[0-9]{2}$", examples = "70")
        String provinceCode,
        @Schema(description = "The parent agency's code; absent when none.", pattern = "^[A-Za-z0-9._-]{2,40}$")
        String parentCode,
        @Schema(description = "Derived from the dates: it exists today and is not dissolved (no validTo, or one "
                + "still ahead). False once deactivated (DELETE sets validTo to today); a PUT without validTo "
                + "reactivates.")
        boolean active,
        @Schema(description = "The first day it exists; absent when unknown (long-standing).", examples = "2008-08-01")
        LocalDate validFrom,
        @Schema(description = "The last day it exists; absent while it lasts.", examples = "2025-06-30")
        LocalDate validTo,
        @Schema(description = "The agency that took over; absent when none.", pattern = "^[A-Za-z0-9._-]{2,40}$",
                examples = "75.SNGV")
        String successorCode,
        @Schema(description = "Its emulation bloc (khối thi đua); absent when none.", examples = "TĐS3")
        String blocCode,
        @Schema(description = "Its headcount as the province's Sở Nội vụ knows it; absent when unknown.",
                minimum = "0", maximum = "1000000", examples = "20")
        Integer staffing,
        @Schema(description = "Where reminders to report are also e-mailed; absent when none.", format = "email",
                examples = "sngv@binhphuoc.gov.vn")
        String email,
        @Schema(description = "When registered.", examples = "2022-03-15T02:00:00Z")
        Instant createdAt,
        @Schema(description = "The latest change.", examples = "2022-03-15T02:00:00Z")
        Instant updatedAt,
        @Schema(description = "The first day of the state shown (name, kind, province, parent, successor, bloc, "
                + "staffing); absent for its first state, which holds from the agency's beginning.",
                examples = "2025-07-01")
        LocalDate effectiveFrom,
        @Schema(description = "The last day of the state shown; absent for its latest state, which lasts while "
                + "the agency does.", examples = "2025-06-30")
        LocalDate effectiveTo) {

    /** The agency as it is today. */
    public static AgencyView of(Agency a) {
        return new AgencyView(a.code, a.name, a.kind, a.provinceCode, a.parentCode, a.active(), a.validFrom, a.validTo,
                a.successorCode, a.blocCode, a.staffing, a.email, a.createdAt, a.updatedAt, null, null);
    }

    /**
     * The agency in one of its states; {@code active} still says whether it is active today.
     *
     * @param next the state after it, null for the latest
     */
    public static AgencyView of(Agency a, AgencyState s, AgencyState next) {
        return new AgencyView(a.code, s.name, s.kind, s.provinceCode, s.parentCode, a.active(), a.validFrom,
                a.validTo, s.successorCode, s.blocCode, s.staffing, a.email, a.createdAt, a.updatedAt,
                s.first() ? null : s.effectiveFrom(), next == null ? null : next.effectiveFrom().minusDays(1));
    }
}
