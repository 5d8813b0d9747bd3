package vn.vhcs.gateway.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A portal's verification of a webhook, written from the Standard Webhooks specification
 * (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md) and
 * nothing of the gateway's code: the official Java library is published without classes
 * (com.standardwebhooks:standardwebhooks:1.0.0 holds only its pom), and Svix's does not resolve from
 * the mirror. The secret is {@code whsec_<base64>}; the signed content {@code {id}.{timestamp}.{body}};
 * the header a space-separated list of {@code <version>,<base64>}, any {@code v1} of which may match;
 * the timestamp within five minutes of now.
 */
final class StandardWebhooksVerifier {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] key;

    StandardWebhooksVerifier(String secret) {
        if (!secret.startsWith("whsec_")) {
            throw new IllegalArgumentException("not a Standard Webhooks secret: " + secret);
        }
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** Throws when the webhook is not authentic or too old (or too far ahead); quiet otherwise. */
    void verify(String id, String timestamp, String signatureHeader, String body) {
        if (id == null || timestamp == null || signatureHeader == null) {
            throw new IllegalStateException("missing webhook-id, webhook-timestamp or webhook-signature");
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
            throw new IllegalStateException("timestamp outside the tolerance: " + sent);
        }
        byte[] expected = hmac(id + "." + timestamp + "." + body);
        for (String signature : signatureHeader.split(" ")) {
            int comma = signature.indexOf(',');
            if (comma < 0 || !signature.substring(0, comma).equals("v1")) {
                continue; // another scheme (v1a) or a later version: not ours to check
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(signature.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new IllegalStateException("no signature matches: " + signatureHeader);
    }

    boolean verifies(String id, String timestamp, String signatureHeader, String body) {
        try {
            verify(id, timestamp, signatureHeader, body);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private byte[] hmac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
