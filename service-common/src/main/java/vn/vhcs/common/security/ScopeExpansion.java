package vn.vhcs.common.security;

/**
 * What a service knows that widens a caller's scope beyond the token's: report-service lets the portal of an agency
 * act for the agencies it took over (their successor chain reaches it). Applied once per request by
 * {@link CurrentCaller}; a service without one takes the token's scope as it is.
 */
public interface ScopeExpansion {

    Caller expand(Caller caller);
}
