package vn.vhcs.common.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;

/**
 * A request body read by {@link BodyReader}: what could be bound, and every rule it breaks so far
 * (shape, unknown fields, enums, Bean Validation). The caller adds its cross-field rules with
 * {@link #check(Function)}, then takes the body with {@link #get()}, which answers one 400 listing
 * every broken rule when there is any.
 *
 * @param <T> the type of the body
 */
public final class Reading<T> {

    private final Object request;
    private final T value;
    private final T valid;
    private final Set<String> broken;
    private final List<FieldError> errors;

    Reading(Object request, T value, T valid, Set<String> broken, List<FieldError> errors) {
        this.request = request;
        this.value = value;
        this.valid = valid;
        this.broken = new LinkedHashSet<>(broken);
        this.errors = new ArrayList<>(errors);
    }

    /** The body as bound, every value of the wrong shape left out; null when nothing could be bound. */
    public T value() {
        return value;
    }

    /** Every broken rule found so far, each with its JSON path. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * What identifies the request, e.g. for an idempotency fingerprint: the bound body when every
     * value had its shape, else the JSON as sent (so that two different broken bodies differ).
     */
    public Object request() {
        return request;
    }

    /**
     * Adds what {@code rules} (the rules that relate several fields, or a field to stored data)
     * find broken. They see a body in which every value is valid on its own: a value of the wrong
     * shape or breaking a Bean Validation constraint is null there (a list element too, so that
     * indexes stay), and they must skip nulls. What they report inside such a value is dropped: it
     * is reported already. Not called when nothing could be bound.
     */
    public Reading<T> check(Function<? super T, ? extends Collection<FieldError>> rules) {
        if (valid != null) {
            for (FieldError error : rules.apply(valid)) {
                if (!brokenAlready(error.field())) {
                    errors.add(error);
                }
            }
        }
        return this;
    }

    /**
     * Runs a check that answers a 400 {@link ProblemException} (e.g. {@link CodeParams}) and adds
     * its broken rules instead of answering them alone. Other problems are thrown on.
     */
    public Reading<T> attempt(Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION || e.errors().isEmpty()) {
                throw e;
            }
            errors.addAll(e.errors());
        }
        return this;
    }

    /** Adds one broken rule. */
    public Reading<T> add(FieldError error) {
        errors.add(error);
        return this;
    }

    /** The body when it breaks no rule; else a 400 listing every broken rule. */
    public T get() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", errors.size()),
                    errors);
        }
        return value;
    }

    private boolean brokenAlready(String field) {
        for (String path : broken) {
            if (!path.isEmpty() && JsonShape.within(field, path)) {
                return true;
            }
        }
        return false;
    }
}
