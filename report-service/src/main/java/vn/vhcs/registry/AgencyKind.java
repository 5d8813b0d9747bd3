package vn.vhcs.registry;

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
