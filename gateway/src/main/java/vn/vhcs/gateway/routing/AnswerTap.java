package vn.vhcs.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * Sees a forwarded answer whole, as it is sent on: put in the routing context under {@link #KEY} by a handler
 * before the forwarding one (the statistics answers the gateway keeps). The answer still streams to the client;
 * the tap gets a copy of the body only if it is no longer than {@link #maxBytes()}.
 */
public interface AnswerTap {

    String KEY = "vhcs.answer.tap";

    /** Whether an answer with this status and these headers is wanted. */
    boolean wants(int status, MultiMap headers);

    /** The longest body wanted; a longer answer is only sent on. */
    long maxBytes();

    /**
     * The answer, once sent whole: the headers the gateway forwards (no hop-by-hop ones, no Content-Length, no
     * X-Request-Id) and the body.
     */
    void answered(int status, MultiMap headers, Buffer body);
}
