package vn.vhcs.common.idempotency;

/**
 * The body of an answer that holds a secret shown once (an API key): what {@link #replayed()} returns
 * is what {@link Idempotency} keeps and shows to a retry instead, so that the secret is never stored.
 */
public interface ShownOnce {

    /** This body without its secrets. */
    Object replayed();
}
