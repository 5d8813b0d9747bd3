package vn.vhcs.common.problem;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.web.RequestIds;

/**
 * Turns every failure into an RFC 9457 problem document. Bad input is a 4xx naming the field;
 * a 500 carries only the request id, and the stack trace goes to the log under that id.
 */
@jakarta.inject.Singleton
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    public static Response problem(ProblemType type, String detail, List<FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), RequestIds.current(),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e, uri);
    }

    /** The answer to a {@link ProblemException}: its problem document and its headers. */
    public static Response answer(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = Response.fromResponse(problem(e.type(), e.getMessage(), e.errors(), uri));
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return problem(ProblemType.VALIDATION, Messages.get("problem.detail.unknown-field"),
                List.of(new FieldError(path(e), Messages.get("field.unknown"))), uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? Messages.get("field.enum", List.of(e.getTargetType().getEnumConstants()).stream().map(Object::toString)
                        .collect(Collectors.joining(", ")))
                : Messages.get("field.invalid-value", e.getValue() == null ? "" : "'" + e.getValue() + "'",
                        describe(e.getTargetType()));
        return problem(ProblemType.VALIDATION, Messages.get("problem.detail.wrong-form"),
                List.of(new FieldError(path(e), message)), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        if (field.isEmpty()) {
            return problem(ProblemType.MALFORMED_REQUEST, Messages.get("body.not-object"), null, uri);
        }
        return problem(ProblemType.VALIDATION, Messages.get("problem.detail.wrong-type"),
                List.of(new FieldError(field, Messages.get("field.wrong-type", describe(e.getTargetType())))), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = path(e);
        Throwable cause = e.getCause() instanceof ProblemException p ? p : null;
        if (cause != null) {
            return problem((ProblemException) cause, uri);
        }
        return problem(ProblemType.VALIDATION, Messages.get("body.unreadable"),
                List.of(new FieldError(field.isEmpty() ? "$" : field, Messages.get("field.invalid-value", "", describe(null)))),
                uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String detail = e.getLocation() == null ? Messages.get("body.malformed")
                : Messages.get("body.malformed.at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return problem(ProblemType.MALFORMED_REQUEST, detail, null, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, Messages.get("path.not-found"), null, uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response answer = problem(ProblemType.METHOD_NOT_ALLOWED, Messages.get("method.not-allowed"), null, uri);
        return Response.fromResponse(answer).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, UriInfo uri) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, Messages.get("media.unsupported"), null, uri);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE, Messages.get("media.not-acceptable"), null, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // RESTEasy Reactive wraps body-reading failures: answer for the Jackson failure inside.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException u) {
                return unknownField(u, uri);
            }
            if (cause instanceof InvalidFormatException i) {
                return invalidValue(i, uri);
            }
            if (cause instanceof MismatchedInputException m) {
                return mismatchedInput(m, uri);
            }
            if (cause instanceof JsonMappingException m) {
                return jsonMapping(m, uri);
            }
            if (cause instanceof JsonProcessingException p) {
                return malformed(p, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status == 400) {
            return problem(ProblemType.MALFORMED_REQUEST, Messages.get("body.unreadable"), null, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = java.util.Arrays.stream(ProblemType.values()).filter(t -> t.status() == status).findFirst()
                .orElse(ProblemType.MALFORMED_REQUEST);
        return Response.fromResponse(problem(type, e.getMessage(), null, uri)).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            return DatabaseUnavailable.answer(e, uri);
        }
        LOG.errorf(e, "Unexpected failure of request %s", RequestIds.current());
        return problem(ProblemType.INTERNAL, Messages.get("problem.detail.internal"), null, uri);
    }

    /** The JSON path of a Jackson failure: {@code models[2].sector}. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        return Messages.get("type." + typeName(type));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "whole-number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "date";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        return "object";
    }
}
