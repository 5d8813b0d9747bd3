package vn.vhcs.aggregation.store;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Named counters that add and subtract exactly: what one report contributes to the statistics,
 * and the sum over the reports of a cell. Everything the statistics show is a function of such
 * sums (a minimum or maximum from a count per stated value), so a revision is "subtract the old
 * contribution, add the new one" and a read never needs the reports. A counter at zero is absent.
 */
public final class Tally {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<TreeMap<String, BigDecimal>> MAP = new TypeReference<>() {
    };

    private final NavigableMap<String, BigDecimal> counters;

    public Tally() {
        this(new TreeMap<>());
    }

    private Tally(NavigableMap<String, BigDecimal> counters) {
        this.counters = counters;
    }

    public Tally add(String key, long amount) {
        return add(key, BigDecimal.valueOf(amount));
    }

    public Tally add(String key, BigDecimal amount) {
        if (amount.signum() != 0) {
            BigDecimal sum = counters.getOrDefault(key, BigDecimal.ZERO).add(amount);
            if (sum.signum() == 0) {
                counters.remove(key);
            } else {
                counters.put(key, sum);
            }
        }
        return this;
    }

    /** Adds every counter of another tally, times {@code sign} (1 adds, -1 subtracts). */
    public Tally add(Tally other, int sign) {
        BigDecimal factor = BigDecimal.valueOf(sign);
        other.counters.forEach((key, value) -> add(key, value.multiply(factor)));
        return this;
    }

    public long count(String key) {
        return counters.getOrDefault(key, BigDecimal.ZERO).longValueExact();
    }

    public BigDecimal value(String key) {
        return counters.getOrDefault(key, BigDecimal.ZERO);
    }

    /** The counters whose key starts with {@code prefix}, by the rest of the key, in key order. */
    public void forEachUnder(String prefix, BiConsumer<String, BigDecimal> action) {
        for (Map.Entry<String, BigDecimal> e : counters.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            action.accept(e.getKey().substring(prefix.length()), e.getValue());
        }
    }

    /** Only the counters named in {@code keys}. */
    public Tally only(java.util.Collection<String> keys) {
        Tally part = new Tally();
        keys.forEach(k -> {
            BigDecimal v = counters.get(k);
            if (v != null) {
                part.counters.put(k, v);
            }
        });
        return part;
    }

    /** Every counter, its key behind {@code prefix}. */
    public Tally prefixed(String prefix) {
        Tally copy = new Tally();
        counters.forEach((key, value) -> copy.counters.put(prefix + key, value));
        return copy;
    }

    /** The counters whose key starts with {@code prefix}, the prefix taken off. */
    public Tally under(String prefix) {
        Tally part = new Tally();
        forEachUnder(prefix, (key, value) -> part.counters.put(key, value));
        return part;
    }

    public boolean isEmpty() {
        return counters.isEmpty();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(counters);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Tally fromJson(String json) {
        if (json == null || json.isEmpty()) {
            return new Tally();
        }
        try {
            return new Tally(JSON.readValue(json, MAP));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable statistics cell", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && normalised().equals(t.normalised());
    }

    @Override
    public int hashCode() {
        return normalised().hashCode();
    }

    private Map<String, BigDecimal> normalised() {
        Map<String, BigDecimal> n = new TreeMap<>();
        counters.forEach((k, v) -> n.put(k, v.stripTrailingZeros()));
        return n;
    }

    @Override
    public String toString() {
        return counters.toString();
    }
}
