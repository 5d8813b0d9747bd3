package vn.vhcs.common.security;

/**
 * The token the gateway signs for each request it forwards, as the gateway writes it and the
 * services read it: issuer, audience and claim names live here once.
 */
public final class DownstreamToken {

    public static final String ISSUER = "vhcs-gateway";
    public static final String AUDIENCE = "vhcs-services";
    /** The client's {@link Role}. */
    public static final String ROLE = "role";
    /** Agency codes a submitter acts for. */
    public static final String AGENCIES = "agencies";
    /** Province codes (or "national") of the client's scope. */
    public static final String PROVINCES = "provinces";
    /** Whether a reader may read reports too. */
    public static final String REPORTS = "reports";
    /** An officer's username (absent for an API key). */
    public static final String PERSON = "person";
    /** The OIDC client an officer acted through (absent for an API key). */
    public static final String THROUGH = "through";

    private DownstreamToken() {
    }
}
