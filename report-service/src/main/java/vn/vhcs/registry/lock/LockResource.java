package vn.vhcs.registry.lock;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.security.CurrentCaller;

/** A province's lock for a round: read, lock (its board or an admin), unlock (an admin, with a reason). */
@Path("/api/v1/rounds/{round}/provinces/{province}/lock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry")
@APIResponse(responseCode = "404", ref = NOT_FOUND)
@RequiredArgsConstructor
public class LockResource {

    private final ProvinceLocks locks;
    private final CurrentCaller callers;

    @GET
    @Operation(operationId = "getProvinceLock", summary = "Whether a province is locked for a round", description = "The "
            + "lock (if any) and its audit trail: every lock with its snapshot and every unlock with its reason, who "
            + "and when.\n\n**Roles:** every key.")
    @APIResponse(responseCode = "200", description = "The lock and its history.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public LockView get(@BeanParam LockPath path) {
        return locks.state(path.round(), path.province());
    }

    @PUT
    @Operation(operationId = "lockProvince", summary = "Lock a province for a round (province board)", description = "Freezes "
            + "the province's reports for the round: submissions, revisions, withdrawals and reviews answer 409 "
            + "`urn:vhcs:problem:round-locked` (in Vietnamese with `Accept-Language: vi`); other provinces of the round "
            + "go on. Publishes an immutable snapshot of the province's statistics, numbered 1, 2, … per lock: "
            + "`GET /api/v1/statistics/rounds/{round}/provinces/{province}?snapshot=N` (or `latest`), once "
            + "aggregation-service has applied the report versions the lock names. Locking a locked province changes "
            + "nothing. Audited (`GET …/lock`).\n\n**Roles:** `ADMIN`; `BOARD` of the province (403 otherwise).")
    @APIResponse(responseCode = "200", description = "Locked: the lock and its history.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    public LockView lock(@BeanParam LockPath path) {
        return locks.lock(path.round(), path.province(), callers.get());
    }

    @DELETE
    @Operation(operationId = "unlockProvince", summary = "Unlock a province for a round (admin)", description = "Reopens "
            + "the province's reports for the round, saying why (`reason`, audited with who and when). Snapshots "
            + "already published stay as they are; the next lock publishes the next one. A province that is not "
            + "locked: 409.\n\n**Roles:** `ADMIN` only.")
    @APIResponse(responseCode = "200", description = "Unlocked: the lock's history.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public LockView unlock(
            @BeanParam LockPath path,
            @Parameter(required = true, description = "Why the province is reopened (required, up to 2,000 "
                    + "characters).", example = "Sở Tư pháp nộp bổ sung báo cáo",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 2000))
            @QueryParam("reason") String reason) {
        if (reason != null && reason.length() > 2000) {
            throw vn.vhcs.common.problem.ProblemException.invalid("reason", "lock.reason.required");
        }
        return locks.unlock(path.round(), path.province(), reason, callers.get());
    }
}
