package vn.vhcs.report.idempotency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemExceptionMappers;
import vn.vhcs.common.problem.ProblemType;

/**
 * {@code Idempotency-Key} (IETF httpapi draft): the first request with a key runs; a retry with
 * the same key and the same request gets the first answer again (status, body, Location, ETag)
 * without a second write; the same key with another request is a 422; a retry while the first
 * still runs is a 409. Keys are per client and expire after 24 hours.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration LIFETIME = Duration.ofHours(24);
    /**
     * A claim still unanswered after this long belongs to a request that died (process killed, database lost
     * before the claim could be freed): its transaction has timed out (60 s) and can no longer commit, so the
     * key is free again instead of answering 409 for 24 hours.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final List<String> REPLAYED_HEADERS = List.of("Location", "ETag", "Content-Type");
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final IdempotencyRepository records;
    private final ObjectMapper json;

    /**
     * Runs {@code action} at most once per (client, key). The action's transaction also stores
     * its answer, so an answered request can never run again.
     */
    public Response once(String client, String key, String method, UriInfo uri, Object request,
            Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", 1),
                    List.of(new FieldError(HEADER, Messages.get("idempotency.key.length"))));
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(client, key);
        String path = uri.getRequestUri().getRawPath();
        String fingerprint = fingerprint(method, path, request);
        Instant now = Instant.now();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
            records.delete("key.clientId = ?1 and key.idempotencyKey = ?2 and (expiresAt < ?3"
                    + " or (status is null and createdAt < ?4))", client, key, now, now.minus(ABANDONED_AFTER));
            return records.claim(id, method, path, fingerprint, now, now.plus(LIFETIME));
        });
        if (!claimed) {
            return earlierAnswer(id, fingerprint);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> remember(id, action.get()));
        } catch (ProblemException e) {
            // a refused request changed nothing; its answer is the answer to this key
            return QuarkusTransaction.requiringNew().call(() -> remember(id, ProblemExceptionMappers.answer(e, uri)));
        } catch (RuntimeException e) {
            // an unexpected failure: free the key so that the retry can run; when the database is away this
            // fails too, and the claim is released once abandoned (ABANDONED_AFTER)
            try {
                QuarkusTransaction.requiringNew().run(() -> records.deleteById(id));
            } catch (RuntimeException release) {
                e.addSuppressed(release);
            }
            throw e;
        }
    }

    private Response earlierAnswer(IdempotencyRecord.Key id, String fingerprint) {
        IdempotencyRecord earlier = QuarkusTransaction.requiringNew().call(() -> records.findById(id));
        if (earlier == null) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("idempotency.in-progress"));
        }
        if (earlier.status == null) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("idempotency.in-progress"));
        }
        if (!earlier.fingerprint.equals(fingerprint)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("idempotency.mismatch"),
                    List.of(new FieldError(HEADER, Messages.get("idempotency.mismatch.field"))));
        }
        Response.ResponseBuilder replay = Response.status(earlier.status).entity(earlier.responseBody);
        headers(earlier.responseHeaders).forEach(replay::header);
        return replay.header("Idempotent-Replayed", "true").build();
    }

    private Response remember(IdempotencyRecord.Key id, Response answer) {
        IdempotencyRecord row = records.findById(id);
        row.status = answer.getStatus();
        row.responseBody = body(answer.getEntity());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            Object value = answer.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value instanceof jakarta.ws.rs.core.EntityTag tag ? tag.toString() : value.toString());
            }
        }
        if (!headers.containsKey("Content-Type") && answer.getMediaType() != null) {
            headers.put("Content-Type", answer.getMediaType().toString());
        }
        row.responseHeaders = body(headers);
        row.completedAt = Instant.now();
        return answer;
    }

    private String body(Object entity) {
        try {
            return entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> headers(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            if (request != null) {
                sha.update(json.writeValueAsBytes(request));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys live 24 hours. */
    @Scheduled(every = "1h", delayed = "1m")
    void forgetExpired() {
        long gone = QuarkusTransaction.requiringNew().call(() -> records.deleteExpired(Instant.now()));
        if (gone > 0) {
            LOG.debugf("Forgot %d expired idempotency keys", gone);
        }
    }
}
