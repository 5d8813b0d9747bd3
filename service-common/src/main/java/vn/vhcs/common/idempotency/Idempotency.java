package vn.vhcs.common.idempotency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemExceptionMappers;
import vn.vhcs.common.problem.ProblemType;

/**
 * {@code Idempotency-Key} (IETF httpapi draft), the one rule for every operation that takes it, in
 * every service: the first request with a key runs; a retry with the same key and the same request
 * (method, path, query and body) gets the first answer again (status, body, Location, ETag,
 * Content-Type) with {@code Idempotent-Replayed: true} and without a second effect; the same key with
 * another request is a 422; a retry while the first still runs is a 409. Keys are per client and
 * expire after 24 hours. Bad input (a 400) stores nothing, not even the key: the retry is judged again.
 * A secret shown once is not kept, nor replayed ({@link ShownOnce}).
 * The service keeps the keys in its own {@code idempotency_record} table ({@link IdempotencyStore}).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final Duration LIFETIME = Duration.ofHours(24);
    /**
     * A claim still unanswered after this long belongs to a request that died (process killed, database lost
     * before the claim could be freed): its transaction has timed out (60 s) and can no longer commit, so the
     * key is free again instead of answering 409 for 24 hours.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final List<String> REPLAYED_HEADERS = List.of("Location", "ETag", "Content-Type");

    private final IdempotencyStore records;
    private final ObjectMapper json;

    /**
     * Runs {@code action} at most once per (client, key), in one transaction with the storing of its
     * answer, so an answered request can never run again. {@code request} is the request's body as
     * read (null when it has none).
     */
    public Response once(String client, String key, String method, UriInfo uri, Object request,
            Supplier<Response> action) {
        return run(client, key, method, uri, request, action, true);
    }

    /**
     * As {@link #once}, for an action that commits its own transactions or tells other systems (an
     * import line by line, webhooks and e-mails): its answer is stored right after it. Should the
     * process die in between, the key is freed after {@link #ABANDONED_AFTER} and a retry runs the
     * action again.
     */
    public Response onceSeparately(String client, String key, String method, UriInfo uri, Object request,
            Supplier<Response> action) {
        return run(client, key, method, uri, request, action, false);
    }

    private Response run(String client, String key, String method, UriInfo uri, Object request,
            Supplier<Response> action, boolean oneTransaction) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", 1),
                    List.of(new FieldError(HEADER, Messages.get("idempotency.key.length"))));
        }
        URI target = uri.getRequestUri();
        String fingerprint = fingerprint(method, target, request);
        Instant now = Instant.now();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> records.claim(client, key, method,
                target.getRawPath(), fingerprint, now, now.plus(LIFETIME), now.minus(ABANDONED_AFTER)));
        if (!claimed) {
            return earlierAnswer(client, key, fingerprint);
        }
        try {
            if (oneTransaction) {
                return QuarkusTransaction.requiringNew().call(() -> remember(client, key, action.get()));
            }
            Response answer = action.get();
            return QuarkusTransaction.requiringNew().call(() -> remember(client, key, answer));
        } catch (ProblemException e) {
            if (e.type().status() == 400) {
                // bad input changed nothing and stores nothing: the corrected retry may use the same key
                release(client, key, e);
                throw e;
            }
            // a refused request changed nothing; its answer is the answer to this key
            return QuarkusTransaction.requiringNew().call(() -> remember(client, key,
                    ProblemExceptionMappers.answer(e, uri)));
        } catch (RuntimeException e) {
            // an unexpected failure: free the key so that the retry can run; when the database is away this
            // fails too, and the claim is released once abandoned (ABANDONED_AFTER)
            release(client, key, e);
            throw e;
        }
    }

    private void release(String client, String key, RuntimeException cause) {
        try {
            QuarkusTransaction.requiringNew().run(() -> records.release(client, key));
        } catch (RuntimeException release) {
            cause.addSuppressed(release);
        }
    }

    private Response earlierAnswer(String client, String key, String fingerprint) {
        IdempotencyStore.Stored earlier = QuarkusTransaction.requiringNew().call(() -> records.find(client, key))
                .orElse(null);
        if (earlier == null || earlier.status() == null) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("idempotency.in-progress"));
        }
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("idempotency.mismatch"),
                    List.of(new FieldError(HEADER, Messages.get("idempotency.mismatch.field"))));
        }
        Response.ResponseBuilder replay = Response.status(earlier.status()).entity(earlier.body());
        headers(earlier.headers()).forEach(replay::header);
        return replay.header(REPLAYED, "true").build();
    }

    private Response remember(String client, String key, Response answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            Object value = answer.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value instanceof EntityTag tag ? tag.toString() : value.toString());
            }
        }
        if (!headers.containsKey("Content-Type") && answer.getMediaType() != null) {
            headers.put("Content-Type", answer.getMediaType().toString());
        }
        Object entity = answer.getEntity() instanceof ShownOnce secret ? secret.replayed() : answer.getEntity();
        records.answer(client, key, answer.getStatus(), body(entity), body(headers), Instant.now());
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

    /** The request as the key remembers it: method, path, query (when there is one) and body. */
    private String fingerprint(String method, URI target, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
            sha.update((method + " " + target.getRawPath() + query + "\n").getBytes(StandardCharsets.UTF_8));
            if (request != null) {
                sha.update(json.writeValueAsBytes(request));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
