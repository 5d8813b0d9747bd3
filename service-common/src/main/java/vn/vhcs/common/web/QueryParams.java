package vn.vhcs.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import vn.vhcs.common.problem.ProblemException;

/**
 * Query parameters read by hand: JAX-RS answers 404 to a parameter it cannot convert, where a
 * client deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "enum", Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "field.invalid-value", "'" + value + "'",
                    vn.vhcs.common.i18n.Messages.get("type.date"));
        }
    }

    /**
     * An RFC 3339 date-time with its offset ({@code 2026-12-01T00:00:00Z}, {@code …+07:00}); a time
     * without an offset is ambiguous and refused.
     */
    public static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "field.invalid-value", "'" + value + "'",
                    vn.vhcs.common.i18n.Messages.get("type.date-time"));
        }
    }

    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalid(name, "boolean");
    }
}
