package vn.vhcs.common.web;

import java.util.ArrayList;
import java.util.List;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;

/** Validated {@code page}/{@code size} query parameters: page ≥ 0, 1 ≤ size ≤ 200, size 20 by default. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(String page, String size) {
        return of(number(page, 0), number(size, DEFAULT_SIZE));
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1; // reported as out of range
        }
    }

    public static PageRequest of(int p, int s) {
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", Messages.get("paging.page")));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", Messages.get("paging.size", MAX_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.paging"), errors);
        }
        return new PageRequest(p, s);
    }
}
