package vn.vhcs.aggregation.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;

/** The {@code ?kind=} filter of a series: the round kinds asked for, none meaning every kind. */
public final class RoundKinds {

    /** The kinds a round has (report-service's RoundKind). */
    static final List<String> KINDS = List.of("ANNUAL", "MIDTERM_REVIEW", "FINAL_REVIEW");

    private RoundKinds() {
    }

    /** The kinds of the repeated parameter; 400 naming every value that is no kind. */
    public static Set<String> of(List<String> asked) {
        Set<String> kinds = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String kind : asked == null ? List.<String>of() : asked) {
            if (KINDS.contains(kind)) {
                kinds.add(kind);
            } else {
                errors.add(new FieldError("kind", Messages.get("statistics.kind", kind, String.join(", ", KINDS))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", errors.size()), errors);
        }
        return kinds;
    }
}
