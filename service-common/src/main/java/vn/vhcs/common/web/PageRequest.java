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

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
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
