package vn.vhcs.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyKind", description = "`PROVINCIAL_DEPARTMENT` Sở, ban, ngành; `OFFICE` Văn phòng "
        + "UBND, Văn phòng Đoàn ĐBQH và HĐND, …; `MASS_ORGANISATION` Liên đoàn Lao động, Đoàn TN, …; "
        + "`DISTRICT_COMMITTEE` UBND cấp huyện/xã; `PUBLIC_SERVICE_UNIT`; `ENTERPRISE`; `OTHER`; and the central "
        + "bodies, which have no province and a code `TW.<…>`: `MINISTRY` Bộ, cơ quan ngang Bộ; `CENTRAL_AGENCY` cơ "
        + "quan thuộc Chính phủ, cơ quan trung ương của các đoàn thể.")
public enum AgencyKind {
    /** Sở, ban, ngành */
    PROVINCIAL_DEPARTMENT,
    /** Văn phòng UBND, Văn phòng Đoàn ĐBQH và HĐND, … */
    OFFICE,
    /** Liên đoàn Lao động, Đoàn TN, … */
    MASS_ORGANISATION,
    /** UBND cấp huyện/xã */
    DISTRICT_COMMITTEE,
    PUBLIC_SERVICE_UNIT,
    ENTERPRISE,
    OTHER,
    /** Bộ, cơ quan ngang Bộ: a central body, no province. */
    MINISTRY,
    /** Cơ quan thuộc Chính phủ, cơ quan trung ương: a central body, no province. */
    CENTRAL_AGENCY;

    /** A central body: it has no province, its code is {@code TW.<…>}, and it counts nationally only. */
    public boolean central() {
        return this == MINISTRY || this == CENTRAL_AGENCY;
    }
}
