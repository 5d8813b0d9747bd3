package vn.vhcs.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Forms of Luật Thi đua, khen thưởng 2022 Art. 9; PRAISE (biểu dương) is no legal form but is reported. */
@Schema(name = "CommendationForm", description = "Forms of the Luật Thi đua, khen thưởng 2022 (Art. 9): "
        + "`ORDER` Huân chương, `MEDAL` Huy chương, `PRIME_MINISTER_MERIT` Bằng khen của Thủ tướng Chính phủ, "
        + "`MINISTRY_PROVINCE_MERIT` Bằng khen cấp bộ, ngành, tỉnh, `CERTIFICATE_OF_MERIT` Giấy khen; `PRAISE` biểu "
        + "dương (not a legal form, reported anyway).")
public enum CommendationForm {
    ORDER, MEDAL, PRIME_MINISTER_MERIT, MINISTRY_PROVINCE_MERIT, CERTIFICATE_OF_MERIT, PRAISE
}
