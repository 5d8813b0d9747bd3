package vn.vhcs.common.web;

import java.util.UUID;

import vn.vhcs.common.problem.ProblemException;

/** Ids that arrive in a path: a malformed one is "not found" (404), as an unknown one would be. */
public final class IdParams {

    private IdParams() {
    }

    /** @param thing what the id names, for the 404's detail ({@code "report"}, {@code "client"}) */
    public static UUID uuid(String id, String thing) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(thing, id);
        }
    }
}
