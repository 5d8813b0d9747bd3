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

    public static String check(String value, String regex, String field, String what) {
        if (value == null || !Pattern.matches(regex, value)) {
            throw ProblemException.invalid(field, "must be " + what + " (" + regex + ")");
        }
        return value;
    }
}
