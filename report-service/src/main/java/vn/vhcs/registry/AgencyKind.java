package vn.vhcs.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyKind", description = "`PROVINCIAL_DEPARTMENT` Sở, ban, ngành; `OFFICE` Văn phòng "
        + "UBND, Văn phòng Đoàn ĐBQH và HĐND, …; `MASS_ORGANISATION` Liên đoàn Lao động, Đoàn TN, …; "
        + "`DISTRICT_COMMITTEE` UBND cấp huyện/xã; `PUBLIC_SERVICE_UNIT`; `ENTERPRISE`; `OTHER`.")
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
    OTHER
}
