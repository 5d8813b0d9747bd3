package vn.vhcs.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Vert.x's header checks and Quarkus' request-target check off, so that a
 * header holding a control character (NUL, BEL, a bare CR) or a target with malformed
 * percent-encoding ({@code %zz}) reaches {@code RequestHygiene}, which refuses it with a problem
 * document naming the header or the part of the target, instead of an empty 400. RequestHygiene
 * runs before any other route and makes both checks itself (header names are tokens, values hold no
 * control; the target parses as a URI), so nothing unchecked is routed, forwarded or echoed.
 */
@QuarkusMain
public final class GatewayMain {

    private GatewayMain() {
    }

    public static void main(String... args) {
        // both are read once, when Vert.x's HttpHeaders class loads and the HTTP server starts
        System.setProperty("vertx.disableHttpHeadersValidation", "true");
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
