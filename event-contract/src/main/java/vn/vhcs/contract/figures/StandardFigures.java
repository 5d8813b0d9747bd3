package vn.vhcs.contract.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The built-in figures, read once from {@code standard-figures.json}: today's v2 fields (each with its alias)
 * and the facts the movement's reports state. Adding a built-in figure is an entry in that file.
 */
public final class StandardFigures {

    private static final List<FigureDefinition> ALL = load();
    private static final Map<String, FigureDefinition> BY_CODE = index(ALL);

    private StandardFigures() {
    }

    /** Every built-in figure, in the file's order (the outline's). */
    public static List<FigureDefinition> all() {
        return ALL;
    }

    public static Optional<FigureDefinition> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The built-in figures that are the same as a v2 field. */
    public static List<FigureDefinition> aliased() {
        return ALL.stream().filter(f -> f.alias() != null).toList();
    }

    private static List<FigureDefinition> load() {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = StandardFigures.class.getResourceAsStream("standard-figures.json")) {
            List<FigureDefinition> read = json.readValue(in, new TypeReference<List<FigureDefinition>>() {
            });
            return read.stream().map(f -> new FigureDefinition(f.code(), f.kind(), f.label(), f.description(),
                    f.base(), f.levels(), f.outline(), f.breakdown(), f.alias(), f.standard(), true, 1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("standard-figures.json cannot be read", e);
        }
    }

    private static Map<String, FigureDefinition> index(List<FigureDefinition> all) {
        Map<String, FigureDefinition> byCode = new LinkedHashMap<>();
        all.forEach(f -> {
            if (byCode.put(f.code(), f) != null) {
                throw new IllegalStateException("figure " + f.code() + " is defined twice");
            }
        });
        return Map.copyOf(byCode);
    }
}
