package vn.vhcs.registry;

import java.util.regex.Pattern;

import vn.vhcs.common.problem.ProblemException;

/** The code formats of DESIGN.md, checked where a code arrives in a path. */
public final class Codes {

    public static final String AGENCY = "[A-Za-z0-9._-]{2,40}";
    public static final String ROUND = "[A-Z0-9-]{2,40}";
    public static final String PROVINCE = "\\d{2}";

    private Codes() {
    }

    /** @param messageKey the message saying what the field must be (code.province, code.agency, code.round) */
    public static String check(String value, String regex, String field, String messageKey) {
        if (value == null || !Pattern.matches(regex, value)) {
            throw ProblemException.invalid(field, messageKey);
        }
        return value;
    }

    public static String province(String value, String field) {
        return check(value, PROVINCE, field, "code.province");
    }
}
