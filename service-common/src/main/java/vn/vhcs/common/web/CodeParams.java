package vn.vhcs.common.web;

import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.contract.rules.Codes;

/** Codes that arrive in a path or a query: a malformed one is a 400 naming the parameter. */
public final class CodeParams {

    private CodeParams() {
    }

    public static String agency(String value, String field) {
        return checked(Codes.isAgency(value), value, field, "code.agency");
    }

    public static String round(String value, String field) {
        return checked(Codes.isRound(value), value, field, "code.round");
    }

    public static String province(String value, String field) {
        return checked(Codes.isProvince(value), value, field, "code.province");
    }

    private static String checked(boolean valid, String value, String field, String messageKey) {
        if (!valid) {
            throw ProblemException.invalid(field, messageKey);
        }
        return value;
    }
}
