package vn.vhcs.gateway.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys: {@code vhcs_<prefix>_<secret>}, a 10-character public prefix to find the client and
 * 256 random bits. Only a SHA-256 hash is stored: the key is random, so a fast hash is enough.
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("vhcs_([a-z0-9]{10})_([A-Za-z0-9_-]{43})");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private ApiKeys() {
    }

    public record NewKey(String key, String prefix, String hash) {
    }

    public static NewKey generate() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            prefix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "vhcs_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(key, prefix.toString(), hash(key));
    }

    /** The public prefix of a well-formed key. */
    public static Optional<String> prefix(String key) {
        Matcher m = FORMAT.matcher(key);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a presented key with a stored hash. */
    public static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
