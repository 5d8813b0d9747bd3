package vn.vhcs.common.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;

/**
 * Checks a JSON tree against the Java type it is to be bound to, before binding, and lists every
 * value of the wrong shape instead of stopping at the first: a value of the wrong JSON type (a
 * string where a count is expected, an object where a list is), a field the type does not have (at
 * any depth), an enum value not in the list, a number out of range, a date that is not
 * {@code YYYY-MM-DD}. Each offending value is removed from the tree (a list element becomes
 * {@code null}, so that the indexes of the others stay), so that the rest binds and can be judged.
 *
 * <p>It walks records component by component (their generic types, nested records, lists, maps),
 * with the strictness of {@link JsonReading}: numbers, strings and booleans are never taken for one
 * another, a float never for a whole number, a number never for an enum, a date-time never for a
 * date. A type it does not know (another class, a record with its own creator or deserializer) is
 * left to the service's ObjectMapper, and its failure reported at its path.
 *
 * <p>Before the walk, every name and string of the tree is checked for {@link UnsafeText} (NUL and
 * other controls, lone surrogates, bidirectional controls), wherever it is.
 *
 * <p>In text mode (CSV cells, form fields) every value comes as a string: a
 * string is parsed into the number, boolean, date or enum expected, and reported when it is not one.
 */
@RequiredArgsConstructor
final class JsonShape {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final ClassValue<Map<String, java.lang.reflect.Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, java.lang.reflect.Type> computeValue(Class<?> type) {
            Map<String, java.lang.reflect.Type> members = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
                members.put(name, component.getGenericType());
            }
            return members;
        }
    };

    private final ObjectMapper mapper;
    /** Whether values come as strings (CSV cells) to be parsed into the types expected. */
    private final boolean text;
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> broken = new LinkedHashSet<>();

    /** The problems found, in the order of the document. */
    List<FieldError> errors() {
        return errors;
    }

    /** The paths of the values removed. */
    Set<String> broken() {
        return broken;
    }

    /** Checks the members of {@code node}, an object to be bound to {@code type}, in place. */
    void check(ObjectNode node, JavaType type) {
        text(node, "");
        JsonNode checked = check(node, type, "");
        if (checked == null) {
            node.removeAll();
        }
    }

    /** The node to bind in place of {@code node}: itself, a converted one, or null to remove it. */
    private JsonNode check(JsonNode node, JavaType type, String path) {
        Class<?> raw = type.getRawClass();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return raw.isPrimitive() ? wrongType(path, type) : node;
        }
        if (raw == String.class) {
            return node.isTextual() ? node : wrongType(path, type);
        }
        if (wholeNumber(raw)) {
            return whole(node, raw, path, type);
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class
                || raw == float.class || raw == Number.class) {
            return decimal(node, path, type);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return bool(node, path, type);
        }
        if (raw == LocalDate.class) {
            return date(node, path, type);
        }
        if (raw.isEnum()) {
            return enumValue(node, raw, path);
        }
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
            return node;
        }
        if ((type.isArrayType() && !type.getContentType().isPrimitive()) || type.isCollectionLikeType()) {
            return list(node, type, path);
        }
        if (type.isMapLikeType() && type.getKeyType().getRawClass() == String.class) {
            return map(node, type, path);
        }
        if (raw.isRecord() && WALKABLE.get(raw)) {
            return record(node, type, path);
        }
        if (raw.isRecord()) {
            return ownCreator(node, type, path);
        }
        return delegated(node, type, path);
    }

    /**
     * Every name and string of the tree, whatever type it is bound to, is free of {@link UnsafeText}:
     * an unsafe string is removed, and so is a member whose name is unsafe (named with its unsafe
     * characters escaped).
     */
    private void text(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (String name : names(object)) {
                UnsafeText.Kind unsafe = UnsafeText.find(name);
                if (unsafe != null) {
                    fail(child(path, UnsafeText.visible(name)), Messages.get(unsafe.messageKey()));
                    object.remove(name);
                } else if (unsafe(object.get(name), child(path, name))) {
                    object.remove(name);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (unsafe(array.get(i), path + "[" + i + "]")) {
                    array.set(i, NullNode.getInstance());
                }
            }
        }
    }

    /** Whether {@code node} is an unsafe string (then reported); containers are walked. */
    private boolean unsafe(JsonNode node, String path) {
        if (node.isTextual()) {
            UnsafeText.Kind unsafe = UnsafeText.find(node.textValue());
            if (unsafe != null) {
                fail(path, Messages.get(unsafe.messageKey()));
                return true;
            }
        } else {
            text(node, path);
        }
        return false;
    }

    private JsonNode whole(JsonNode node, Class<?> raw, String path, JavaType type) {
        BigInteger value;
        if (text && node.isTextual()) {
            String given = node.textValue().strip();
            if (!WHOLE.matcher(given).matches()) {
                return invalid(path, given, type);
            }
            value = new BigInteger(given);
        } else if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else {
            return wrongType(path, type);
        }
        if (value.bitLength() >= bits(raw)) {
            return invalid(path, value.toString(), type);
        }
        if (node.isIntegralNumber()) {
            return node;
        }
        return value.bitLength() < 64 ? mapper.getNodeFactory().numberNode(value.longValue())
                : mapper.getNodeFactory().numberNode(value);
    }

    private JsonNode decimal(JsonNode node, String path, JavaType type) {
        if (text && node.isTextual()) {
            String given = node.textValue().strip();
            try {
                return DecimalNode.valueOf(new BigDecimal(given));
            } catch (NumberFormatException e) {
                return invalid(path, given, type);
            }
        }
        return node.isNumber() ? node : wrongType(path, type);
    }

    private JsonNode bool(JsonNode node, String path, JavaType type) {
        if (text && node.isTextual()) {
            String given = node.textValue().strip();
            if (given.equalsIgnoreCase("true") || given.equalsIgnoreCase("false")) {
                return BooleanNode.valueOf(Boolean.parseBoolean(given));
            }
            return invalid(path, given, type);
        }
        return node.isBoolean() ? node : wrongType(path, type);
    }

    /** Only {@code YYYY-MM-DD}: not a date-time, not a number of days, not {@code [2022, 4, 25]}. */
    private JsonNode date(JsonNode node, String path, JavaType type) {
        if (!node.isTextual()) {
            return wrongType(path, type);
        }
        String given = node.textValue().strip();
        try {
            LocalDate.parse(given, DateTimeFormatter.ISO_LOCAL_DATE);
            return given.equals(node.textValue()) ? node : TextNode.valueOf(given);
        } catch (DateTimeParseException e) {
            return invalid(path, given, type);
        }
    }

    /** Only the name of a constant: never its index. */
    private JsonNode enumValue(JsonNode node, Class<?> raw, String path) {
        Map<String, String> names = enumNames(raw);
        if (node.isTextual()) {
            String given = text ? node.textValue().strip() : node.textValue();
            String name = names.get(given);
            if (name == null && mapper.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)) {
                name = names.keySet().stream().filter(given::equalsIgnoreCase).findFirst().orElse(null);
            }
            if (name != null) {
                return name.equals(node.textValue()) ? node : TextNode.valueOf(name);
            }
        }
        return fail(path, Messages.get("field.enum", String.join(", ", names.keySet())));
    }

    private JsonNode list(JsonNode node, JavaType type, String path) {
        if (!node.isArray()) {
            return wrongType(path, type);
        }
        ArrayNode list = (ArrayNode) node;
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            JsonNode checked = check(element, type.getContentType(), path + "[" + i + "]");
            if (checked != element) {
                list.set(i, checked == null ? NullNode.getInstance() : checked);
            }
        }
        return node;
    }

    private JsonNode map(JsonNode node, JavaType type, String path) {
        if (!node.isObject()) {
            return wrongType(path, type);
        }
        ObjectNode object = (ObjectNode) node;
        for (String name : names(object)) {
            JsonNode value = object.get(name);
            JsonNode checked = check(value, type.getContentType(), child(path, name));
            replace(object, name, value, checked);
        }
        return node;
    }

    private JsonNode record(JsonNode node, JavaType type, String path) {
        if (!node.isObject()) {
            return wrongType(path, type);
        }
        Class<?> raw = type.getRawClass();
        JsonIgnoreProperties ignored = raw.getAnnotation(JsonIgnoreProperties.class);
        boolean refuseUnknown = mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                && (ignored == null || !ignored.ignoreUnknown());
        Set<String> ignoredNames = ignored == null ? Set.of() : Set.of(ignored.value());
        Map<String, java.lang.reflect.Type> members = COMPONENTS.get(raw);
        ObjectNode object = (ObjectNode) node;
        for (String name : names(object)) {
            java.lang.reflect.Type member = members.get(name);
            if (member == null) {
                if (refuseUnknown && !ignoredNames.contains(name)) {
                    fail(child(path, name), Messages.get("field.unknown"));
                    object.remove(name);
                }
                continue;
            }
            JsonNode value = object.get(name);
            JavaType memberType = mapper.getTypeFactory().resolveMemberType(member, type.getBindings());
            replace(object, name, value, check(value, memberType, child(path, name)));
        }
        return node;
    }

    /**
     * A record with a creator of its own, e.g. a figure: a whole number, or an object of its
     * components. The service's ObjectMapper judges it; when it refuses an object, the object is
     * walked as the record's components to name what is wrong inside it (an unknown field, a value
     * of the wrong type or not in an enum), else the value as a whole is named.
     */
    private JsonNode ownCreator(JsonNode node, JavaType type, String path) {
        try {
            mapper.readerFor(type).readValue(node);
            return node;
        } catch (java.io.IOException | RuntimeException e) {
            if (node.isObject()) {
                int before = errors.size();
                record(node.deepCopy(), type, path);
                if (errors.size() > before) {
                    broken.add(path);
                    return null;
                }
            }
            return wrongType(path, type);
        }
    }

    /** A type this walk does not know: the service's ObjectMapper judges it, and its failure is named. */
    private JsonNode delegated(JsonNode node, JavaType type, String path) {
        try {
            mapper.readerFor(type).readValue(node);
            return node;
        } catch (JsonMappingException e) {
            String at = path;
            for (JsonMappingException.Reference ref : e.getPath()) {
                at = ref.getFieldName() != null ? child(at, ref.getFieldName())
                        : ref.getIndex() >= 0 ? at + "[" + ref.getIndex() + "]" : at;
            }
            if (e instanceof UnrecognizedPropertyException) {
                return fail(at, Messages.get("field.unknown"));
            }
            if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                return fail(at, Messages.get("field.enum", String.join(", ", enumNames(invalid.getTargetType()).keySet())));
            }
            if (e instanceof InvalidFormatException invalid) {
                return fail(at, Messages.get("field.invalid-value", invalid.getValue() == null ? ""
                        : "'" + invalid.getValue() + "'", describe(invalid.getTargetType())));
            }
            if (e instanceof MismatchedInputException mismatch) {
                return fail(at, Messages.get("field.wrong-type", describe(mismatch.getTargetType())));
            }
            return fail(at, Messages.get("field.invalid-value", "", describe(type.getRawClass())));
        } catch (java.io.IOException | RuntimeException e) {
            return fail(path, Messages.get("field.invalid-value", "", describe(type.getRawClass())));
        }
    }

    private void replace(ObjectNode object, String name, JsonNode value, JsonNode checked) {
        if (checked == null) {
            object.remove(name);
        } else if (checked != value) {
            object.set(name, checked);
        }
    }

    private JsonNode wrongType(String path, JavaType type) {
        return fail(path, Messages.get("field.wrong-type", describe(type.getRawClass())));
    }

    private JsonNode invalid(String path, String given, JavaType type) {
        return fail(path, Messages.get("field.invalid-value", "'" + given + "'", describe(type.getRawClass())));
    }

    private JsonNode fail(String path, String message) {
        errors.add(new FieldError(path.isEmpty() ? "$" : path, message));
        broken.add(path);
        return null;
    }

    /** {@link #walkable} once per class: its reflection (constructors, methods, annotations) ran per value. */
    private static final ClassValue<Boolean> WALKABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return walkable(type);
        }
    };

    /** Records whose binding Jackson takes from their components; others are left to Jackson whole. */
    private static boolean walkable(Class<?> record) {
        if (record.isAnnotationPresent(JsonDeserialize.class)) {
            return false;
        }
        for (var constructor : record.getDeclaredConstructors()) {
            JsonCreator creator = constructor.getAnnotation(JsonCreator.class);
            if (creator != null && creator.mode() == JsonCreator.Mode.DELEGATING) {
                return false;
            }
        }
        for (Method method : record.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.isAnnotationPresent(JsonCreator.class)) {
                return false;
            }
        }
        return true;
    }

    /** The JSON names of an enum's constants ({@code @JsonProperty} honoured), each to itself. */
    private static Map<String, String> enumNames(Class<?> type) {
        return ENUM_NAMES.get(type);
    }

    private static final ClassValue<Map<String, String>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            return namesOf(type);
        }
    };

    private static Map<String, String> namesOf(Class<?> type) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                Field field = type.getField(name);
                JsonProperty renamed = field.getAnnotation(JsonProperty.class);
                if (renamed != null && !renamed.value().isEmpty()) {
                    name = renamed.value();
                }
            } catch (NoSuchFieldException e) {
                // the constant's name then
            }
            names.put(name, name);
        }
        return names;
    }

    private static boolean wholeNumber(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == Byte.class || raw == byte.class
                || raw == BigInteger.class;
    }

    /** Bits of the type's two's complement: a value fits when its bit length is below. */
    private static int bits(Class<?> raw) {
        if (raw == Integer.class || raw == int.class) {
            return 32;
        }
        if (raw == Long.class || raw == long.class) {
            return 64;
        }
        if (raw == Short.class || raw == short.class) {
            return 16;
        }
        if (raw == Byte.class || raw == byte.class) {
            return 8;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * How the type is named in messages ({@code type.*} texts). A class of its own may have its own
     * text, {@code type.<its simple name, decapitalized>} (e.g. {@code type.figure}).
     */
    static String describe(Class<?> type) {
        String name = typeName(type);
        if (name.equals("object") && !type.getSimpleName().isEmpty()) {
            String simple = type.getSimpleName();
            String own = "type." + Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            String text = Messages.get(own);
            if (!text.equals(own)) {
                return text;
            }
        }
        return Messages.get("type." + name);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (wholeNumber(type)) {
            return "whole-number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "string";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Whether {@code field} is {@code path} or inside it. */
    static boolean within(String field, String path) {
        if (path.isEmpty()) {
            return true;
        }
        return field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
    }

    /** Removes the value at a path such as {@code models[2].sector} (a list element becomes null). */
    static void remove(JsonNode root, String path) {
        List<Object> steps = steps(path);
        if (steps.isEmpty()) {
            return;
        }
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1 && node != null; i++) {
            Object step = steps.get(i);
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (node instanceof ObjectNode object && last instanceof String name) {
            object.remove(name);
        } else if (node instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, NullNode.getInstance());
        }
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                steps.add(name);
            }
            while (bracket >= 0) {
                int end = part.indexOf(']', bracket);
                if (end < 0) {
                    break;
                }
                try {
                    steps.add(Integer.parseInt(part.substring(bracket + 1, end)));
                } catch (NumberFormatException e) {
                    return List.of();
                }
                bracket = part.indexOf('[', end);
            }
        }
        return steps;
    }
}
