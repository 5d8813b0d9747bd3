package vn.vhcs.common.web;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The {@code updatedSince} query parameter of the lists a portal keeps a copy of, documented once:
 * a {@code @BeanParam}. Read as text, so that a bad value is a 400 naming the parameter.
 */
public class UpdatedSinceParam {

    public static final String NAME = "updatedSince";

    @Parameter(description = "Only the items changed at or after this instant (an RFC 3339 date-time with its offset: "
            + "`2026-12-01T00:00:00Z`, or `+07:00` written `%2B07:00` in the URL), ordered by the time of their last "
            + "change, then by their key, instead of the list's usual order. To keep a copy in sync, ask again from the "
            + "latest `updatedAt` you hold: items changed at that very instant come again, none is missed.",
            example = "2026-12-01T00:00:00+07:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam(NAME)
    public String updatedSince;

    /** The instant asked for, or null when none. */
    public Instant instant() {
        return QueryParams.instant(updatedSince, NAME);
    }
}
