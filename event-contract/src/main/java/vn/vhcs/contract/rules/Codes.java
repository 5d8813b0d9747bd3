package vn.vhcs.contract.rules;

import java.util.regex.Pattern;

/**
 * The code formats of the registry (docs/architecture.md), for every service that takes or checks a code. The strings
 * are compile-time constants so Bean Validation's {@code @Pattern(regexp = Codes.AGENCY)} can use them.
 */
public final class Codes {

    /** An agency: its official electronic identifier (mã định danh điện tử) where it has one. */
    public static final String AGENCY = "[A-Za-z0-9._-]{2,40}";
    public static final String ROUND = "[A-Z0-9-]{2,40}";
    /** The start of a central body's code (a ministry, a central agency: no province), e.g. {@code TW.BNV}. */
    public static final String CENTRAL_PREFIX = "TW.";
    /** A province: its official two-digit code. */
    public static final String PROVINCE = "\\d{2}";
    /**
     * An emulation bloc (khối thi đua) as a province names it, e.g. {@code TĐS3}: 1 to 40 letters
     * (Vietnamese ones too), digits, {@code .}, {@code _}, {@code -}.
     */
    public static final String BLOC = "[\\p{L}\\p{N}._-]{1,40}";
    /** A reader's province scope: a province, or {@value #NATIONAL} for the whole country. */
    public static final String NATIONAL = "national";
    public static final String PROVINCE_SCOPE = PROVINCE + "|" + NATIONAL;

    private static final Pattern AGENCY_PATTERN = Pattern.compile(AGENCY);
    private static final Pattern ROUND_PATTERN = Pattern.compile(ROUND);
    private static final Pattern PROVINCE_PATTERN = Pattern.compile(PROVINCE);

    private Codes() {
    }

    public static boolean isAgency(String value) {
        return value != null && AGENCY_PATTERN.matcher(value).matches();
    }

    public static boolean isRound(String value) {
        return value != null && ROUND_PATTERN.matcher(value).matches();
    }

    public static boolean isProvince(String value) {
        return value != null && PROVINCE_PATTERN.matcher(value).matches();
    }
}
