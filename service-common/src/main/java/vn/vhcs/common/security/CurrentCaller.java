package vn.vhcs.common.security;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import lombok.RequiredArgsConstructor;

/**
 * The caller of the current request to a service, from the token the gateway signed: client id,
 * role and scope, and the officer's person and client if an officer called. Services check the scope again (defence in depth).
 */
@RequestScoped
@IfBuildProperty(name = "vhcs.gateway-tokens.verify", stringValue = "true", enableIfMissing = true)
@RequiredArgsConstructor
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final Instance<ScopeExpansion> expansions;
    private Caller caller;

    public Caller get() {
        if (caller == null) {
            Caller established = from(identity);
            for (ScopeExpansion expansion : expansions) {
                established = expansion.expand(established);
            }
            caller = established;
        }
        return caller;
    }

    private static Caller from(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return new Caller("anonymous", Role.READER, List.of(), List.of(), false);
        }
        return new Caller(jwt.getSubject(), Role.valueOf(jwt.<String>getClaim(DownstreamToken.ROLE)),
                strings(jwt, DownstreamToken.AGENCIES), strings(jwt, DownstreamToken.PROVINCES),
                Boolean.TRUE.equals(asBoolean(jwt.getClaim(DownstreamToken.REPORTS))),
                string(jwt, DownstreamToken.PERSON), string(jwt, DownstreamToken.THROUGH));
    }

    private static String string(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    private static List<String> strings(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof jakarta.json.JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof jakarta.json.JsonValue v) {
            return v == jakarta.json.JsonValue.TRUE;
        }
        return value instanceof Boolean b ? b : null;
    }
}
