package vn.vhcs.common.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;

/**
 * Bean Validation of a request body, answered as a 400 problem listing every broken rule by its
 * JSON path ({@code workforce.participating}, {@code models[2].sector}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RequestValidator {

    private final Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.required"));
        }
        List<FieldError> errors = violations(body);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", errors.size()), errors);
        }
        return body;
    }

    public <T> List<FieldError> violations(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        return violations.stream()
                .map(v -> new FieldError(path(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    static String path(String beanPath) {
        return beanPath.replace(".<list element>", "").replace(".<iterable element>", "")
                .replace("<list element>", "");
    }
}
