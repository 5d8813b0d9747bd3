package vn.vhcs.common.problem;

import java.util.List;
import java.util.Map;

import vn.vhcs.common.i18n.Messages;

/** Thrown anywhere to answer with a problem document; mapped by {@link ProblemExceptionMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** 404 for a {@code thing} (report, province, agency, round) with this identifier. */
    public static ProblemException notFound(String thing, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, Messages.get("not-found", Messages.get("thing." + thing), id));
    }

    /** 400 naming one field; {@code key} and {@code args} give the message in the caller's language. */
    public static ProblemException invalid(String field, String key, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", 1),
                List.of(new FieldError(field, Messages.get(key, args))));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
