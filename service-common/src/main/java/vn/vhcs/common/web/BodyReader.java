package vn.vhcs.common.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RequestValidator;

/**
 * Reads a request body so that one answer lists every rule it breaks, each with its JSON path:
 * values of the wrong shape, unknown fields (at any depth), enum values not in the list (see
 * {@link JsonShape}), then Bean Validation on what could be bound, then the caller's cross-field
 * rules ({@link Reading#check}). Jackson alone would stop at the first shape error, and Bean
 * Validation would never see a body that does not bind.
 *
 * <p>A resource takes the body as {@code byte[]} and reads it here:
 * <pre>{@code
 * Reading<ReportRequest> reading = bodies.read(body, ReportRequest.class);
 * ReportRequest request = reading.check(rules::of).get(); // or a 400 listing every broken rule
 * }</pre>
 * A body that is not JSON at all stays a 400 {@code malformed-request} with the line and column, and
 * its one error names where the parser stopped: bytes that are not UTF-8, a member given twice, a
 * syntax error, content after the document. Names and strings anywhere in the body must be free of
 * {@link UnsafeText}.
 */
@ApplicationScoped
public class BodyReader {

    private final ObjectMapper mapper;
    private final ObjectReader trees;
    private final RequestValidator validator;

    public BodyReader(ObjectMapper mapper, RequestValidator validator) {
        this.mapper = mapper;
        this.validator = validator;
        // decimals exactly as written (100.0 stays 100.0), and nothing after the document
        this.trees = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /**
     * Reads a JSON body (a JSON object) into {@code type}. The bytes must be UTF-8 exactly (an
     * overlong or otherwise invalid sequence is refused, never repaired), a member may not be given
     * twice, and nothing may follow the document.
     */
    public <T> Reading<T> read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.required"));
        }
        JsonNode tree;
        try {
            tree = trees.readTree(utf8(body));
        } catch (MismatchedInputException e) {
            // what Jackson finds after the document (FAIL_ON_TRAILING_TOKENS)
            boolean trailing = String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
            throw malformed(e, "$", Messages.get(trailing ? "body.trailing" : "body.syntax"));
        } catch (JsonProcessingException e) {
            String duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? Messages.get("body.duplicate") : null;
            throw malformed(e, at(e), duplicate == null ? Messages.get("body.syntax") : duplicate);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.unreadable"));
        }
        return read(tree, type);
    }

    /** The body as text, when it is UTF-8 exactly; else a 400 naming the first bad byte. */
    public static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.utf8", in.position()),
                    List.of(new FieldError("$", Messages.get("body.utf8", in.position()))));
        }
        return out.flip().toString();
    }

    private static ProblemException malformed(JsonProcessingException e, String field, String message) {
        String detail = e.getLocation() == null ? Messages.get("body.malformed")
                : Messages.get("body.malformed.at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, List.of(new FieldError(field, message)));
    }

    /** The JSON path where the parser stopped: {@code models[2].sector}, or {@code $}. */
    private static String at(JsonProcessingException e) {
        JsonParser parser = e instanceof StreamReadException read ? read.getProcessor() : null;
        if (parser == null) {
            return "$";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                steps.add(0, UnsafeText.visible(context.getCurrentName()));
            } else if (context.inArray()) {
                steps.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    /** Reads a JSON body already parsed; the tree is not changed. */
    public <T> Reading<T> read(JsonNode body, Class<T> type) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.required"));
        }
        if (!body.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.not-object"));
        }
        return judge(body.deepCopy(), body, type, false);
    }

    /**
     * Reads fields that come as text (a CSV line's cells by column name, a form): each is parsed
     * into the type its field expects (whole number, number, boolean, date, enum), and reported
     * when it is not one. A null or missing cell is an absent field; a name the type does not have
     * is an unknown field.
     */
    public <T> Reading<T> readText(Map<String, String> fields, Class<T> type) {
        ObjectNode tree = mapper.createObjectNode();
        fields.forEach((name, value) -> {
            if (value != null) {
                tree.put(name, value);
            }
        });
        return judge(tree, tree.deepCopy(), type, true);
    }

    private <T> Reading<T> judge(ObjectNode tree, JsonNode sent, Class<T> type, boolean text) {
        JavaType javaType = mapper.constructType(type);
        JsonShape shape = new JsonShape(mapper, text);
        shape.check(tree, javaType);
        List<FieldError> errors = new ArrayList<>(shape.errors());
        Set<String> broken = new LinkedHashSet<>(shape.broken());
        T value = bind(tree, javaType, errors, broken);
        T valid = value;
        if (value != null) {
            List<FieldError> violations = validator.violations(value).stream()
                    .filter(v -> broken.stream().noneMatch(path -> JsonShape.within(v.field(), path)))
                    .toList();
            if (!violations.isEmpty()) {
                errors.addAll(violations);
                // the cross-field rules judge only values that are each valid: the others are left out
                ObjectNode cleaned = tree.deepCopy();
                for (FieldError violation : violations) {
                    if (!violation.field().isEmpty()) {
                        JsonShape.remove(cleaned, violation.field());
                        broken.add(violation.field());
                    }
                }
                valid = bind(cleaned, javaType, new ArrayList<>(), new LinkedHashSet<>());
            }
        }
        return new Reading<>(shape.errors().isEmpty() ? value : sent, value, valid, broken, errors);
    }

    /** Binds the checked tree; a failure left (a constructor refusing a value) is one more error. */
    private <T> T bind(ObjectNode tree, JavaType type, List<FieldError> errors, Set<String> broken) {
        try {
            return mapper.readerFor(type).readValue(tree);
        } catch (JsonMappingException e) {
            String field = vn.vhcs.common.problem.ProblemExceptionMappers.path(e);
            errors.add(new FieldError(field.isEmpty() ? "$" : field,
                    Messages.get("field.invalid-value", "", JsonShape.describe(null))));
            broken.add(field);
            return null;
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new FieldError("$", Messages.get("body.unreadable")));
            broken.add("");
            return null;
        }
    }
}
