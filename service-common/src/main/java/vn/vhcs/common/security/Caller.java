package vn.vhcs.common.security;

import java.util.List;

/**
 * Who is calling, as established from an API key or an officer's token: the client, its role and
 * its scope, and for an officer the person and the client she acted through.
 *
 * @param clientId an API client's id, or for an officer {@code oidc:} and her subject at the identity
 *        provider (stable, unlike a username): what idempotency keys and rate limits are kept under
 * @param provinces province codes, or {@code national} for a national reader
 * @param reportsRead a reader may also read the reports of its provinces
 * @param person the officer's username; null for an API key
 * @param through the OIDC client the officer acted through (the token's {@code azp}); null for an API key
 */
public record Caller(String clientId, Role role, List<String> agencies, List<String> provinces, boolean reportsRead,
        String person, String through) {

    public static final String NATIONAL = "national";

    /** An API key's caller: no person. */
    public Caller(String clientId, Role role, List<String> agencies, List<String> provinces, boolean reportsRead) {
        this(clientId, role, agencies, provinces, reportsRead, null, null);
    }

    /** The same caller acting for these agencies (its scope as a service widens it, see {@link ScopeExpansion}). */
    public Caller withAgencies(List<String> scope) {
        return new Caller(clientId, role, List.copyOf(scope), provinces, reportsRead, person, through);
    }

    /** Who an audit record names: the officer, else the API client. */
    public String actor() {
        return person != null ? person : clientId;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    public boolean national() {
        return provinces.contains(NATIONAL);
    }

    /** Covers the province; a central body's null one only nationally. */
    public boolean coversProvince(String province) {
        return admin() || national() || inScope(province);
    }

    /** Names the province in its scope (never a central body's null one: immutable lists refuse to look for null). */
    private boolean inScope(String province) {
        return province != null && provinces.contains(province);
    }

    /** May act for this agency (submit, revise, withdraw its reports). */
    public boolean actsFor(String agency, String province) {
        return admin() || role == Role.SUBMITTER && (agencies.contains(agency) || inScope(province));
    }

    /** May read a report of this agency and province. */
    public boolean reads(String agency, String province) {
        return actsFor(agency, province) || role == Role.READER && reportsRead && coversProvince(province)
                || boards(province);
    }

    /** The province's board: reviews its reports and locks it for a round (an admin does everything). */
    public boolean boards(String province) {
        return role == Role.BOARD && inScope(province);
    }

    /** May read statistics at all (which ones: {@link #coversProvince}, {@link #national}). */
    public boolean readsStatistics() {
        return admin() || role == Role.READER || role == Role.BOARD;
    }
}
