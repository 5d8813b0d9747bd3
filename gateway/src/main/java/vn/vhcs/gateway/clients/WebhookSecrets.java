package vn.vhcs.gateway.clients;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Webhook signing secrets as the Standard Webhooks specification shows them: {@code whsec_} and the
 * base64 of 32 random bytes (the specification asks for 24 to 64).
 */
public final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
