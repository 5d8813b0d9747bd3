package vn.vhcs.common.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * The answers of writes: a versioned resource carries its version as its ETag ({@code "3"}), sent
 * back as {@code If-Match}; a creation is a 201 with the new resource's {@code Location}.
 */
public final class Answers {

    private Answers() {
    }

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** 200 with the resource at this version. */
    public static Response ok(Object view, int version) {
        return Response.ok(view).tag(etag(version)).build();
    }

    /** 201 with the new resource at this version and its URL. */
    public static Response created(String location, Object view, int version) {
        return Response.created(URI.create(location)).tag(etag(version)).entity(view).build();
    }

    /** A PUT that creates or replaces: 201 with the resource's URL, or 200. */
    public static Response createdOrReplaced(boolean created, String location, Object view) {
        return created ? Response.created(URI.create(location)).entity(view).build() : Response.ok(view).build();
    }
}
