package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No private key in the deployment files (docker-compose.yml, k8s/, ops/): the gateway's signing key is made by
 * compose's keygen or created in the cluster (docs/operations.md, "The gateway's key pair"), in dev too. Looks for PEM
 * private keys and for an RSA PKCS#8 DER in base64, also once more base64-encoded (a Secret's data).
 */
class KeyMaterialTest {

    private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE" + " KEY-----");

    /** The base64 of an RSA PKCS#8 DER's start: SEQUENCE (2-byte length), INTEGER 0, rsaEncryption. */
    private static final Pattern PKCS8_RSA_BASE64 = Pattern.compile("MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAAS");

    private static final Pattern BASE64_TOKEN = Pattern.compile("[A-Za-z0-9+/]{64,}={0,2}");

    @Test
    void noPrivateKeyInTheDeploymentFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Repo.path("docker-compose.yml"));
        for (String dir : List.of("k8s", "ops")) {
            try (Stream<Path> walk = Files.walk(Repo.path(dir))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertTrue(files.size() > 10, "the deployment files were found: " + files);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (holdsPrivateKey(read(file))) {
                found.add(Repo.root().relativize(file).toString());
            }
        }
        assertEquals(List.of(), found, "private key material committed; create it outside git (docs/operations.md)");
    }

    /** The check is real: it finds a fresh key in every shape it looks for, and not its public key. */
    @Test
    void theCheckFindsAKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        String der = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        String label = "PRIVATE" + " KEY-----"; // split, so that no scanner takes this file for a key
        String pem = "-----BEGIN " + label + "\n" + Base64.getMimeEncoder().encodeToString(
                pair.getPrivate().getEncoded()) + "\n-----END " + label + "\n";
        assertTrue(holdsPrivateKey("  - signing-key=" + der), "base64 DER on one line");
        assertTrue(holdsPrivateKey(pem), "PEM");
        assertTrue(holdsPrivateKey("data:\n  signing-key: " + base64(der) + "\n"), "a Secret's data");
        assertTrue(holdsPrivateKey("data:\n  key.pem: " + base64(pem) + "\n"), "PEM in a Secret's data");
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        assertFalse(holdsPrivateKey("public-key=" + publicKey + "\ndata: " + base64(publicKey)), "a public key");
    }

    static boolean holdsPrivateKey(String text) {
        if (PEM.matcher(text).find() || PKCS8_RSA_BASE64.matcher(text).find()) {
            return true;
        }
        Matcher token = BASE64_TOKEN.matcher(text);
        while (token.find()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(token.group()), StandardCharsets.ISO_8859_1);
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (PEM.matcher(decoded).find() || PKCS8_RSA_BASE64.matcher(decoded).find()) {
                return true;
            }
        }
        return false;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
