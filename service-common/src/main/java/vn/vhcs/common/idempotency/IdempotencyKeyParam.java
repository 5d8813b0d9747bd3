package vn.vhcs.common.idempotency;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.HeaderParam;

/**
 * The {@code Idempotency-Key} header of every operation that takes it, documented once: a
 * {@code @BeanParam} of the operation's method, whose answer documents {@link #REPLAYED} among its
 * headers. Which operations take it: docs/portal-guide.md, "Safe retries".
 */
public class IdempotencyKeyParam {

    public static final String DESCRIPTION = "Any unique string (1–255 characters) to make a retry safe: a retry "
            + "with the same key and the same request (method, URL and body) gets the first answer again (status, "
            + "body, `Location`, `ETag`) with `Idempotent-Replayed: true`, and has no second effect. The same key "
            + "with another request answers 422; a retry while the first still runs answers 409; a request refused "
            + "with 400 keeps nothing, so its corrected retry may use the key again. Keys belong to the API client "
            + "and are forgotten after 24 hours.";
    /** The description of the {@code Idempotent-Replayed} header of an answer. */
    public static final String REPLAYED = "`true` when this is the stored answer to an earlier request with the "
            + "same `Idempotency-Key`.";

    @Parameter(description = DESCRIPTION, example = "5b0e6c1e-portal-0001",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    @HeaderParam(Idempotency.HEADER)
    public String key;
}
