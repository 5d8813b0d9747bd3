package vn.vhcs.aggregation.api;

import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;

/**
 * One format's answer at one URL: its ETag, known before anything is built, and the entity its
 * format's writer writes, built only when it is sent (never for a 304).
 */
public record Representation(EntityTag tag, Supplier<Object> entity) {

    public static Representation of(String tag, Supplier<Object> entity) {
        return new Representation(new EntityTag(tag), entity);
    }
}
