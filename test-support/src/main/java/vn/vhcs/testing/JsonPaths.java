package vn.vhcs.testing;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The shape of a JSON tree, to compare an event with the contract's example field for field. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** Every field path of a JSON tree ({@code a.b}), lists collapsed to their first element's shape ({@code a[].b}). */
    public static Set<String> of(JsonNode node) {
        return of(node, "");
    }

    private static Set<String> of(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                paths.addAll(of(field.getValue(), path));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            paths.addAll(of(node.get(0), prefix + "[]"));
        }
        return paths;
    }
}
