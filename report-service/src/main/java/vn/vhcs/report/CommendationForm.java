package vn.vhcs.report;

/** Forms of Luật Thi đua, khen thưởng 2022 Art. 9; PRAISE (biểu dương) is no legal form but is reported. */
public enum CommendationForm {
    ORDER, MEDAL, PRIME_MINISTER_MERIT, MINISTRY_PROVINCE_MERIT, CERTIFICATE_OF_MERIT, PRAISE
}
