package vn.vhcs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Keycloak, the officers' identity provider, started from its Maven distribution as ./vhcs up starts it
 * (its database in memory: every test run begins with an empty one), with the realm
 * {@code vhcs} of {@code ops/keycloak/vhcs-realm.json} created through its admin API.
 *
 * <p>Where the distribution is: {@code VHCS_KEYCLOAK_HOME} and the JDK to run it {@code VHCS_KEYCLOAK_JAVA_HOME}
 * (./vhcs test sets both), else the file {@code .vhcs/keycloak/test.properties} that ./vhcs writes when it
 * installs Keycloak ({@code ./vhcs keycloak}).
 */
public final class KeycloakServer implements AutoCloseable {

    /** An officer's login; the password is made up per run. */
    public record Officer(String username, String password) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";

    private final Process process;
    private final int port;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, int port, String adminPassword) {
        this.process = process;
        this.port = port;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak on free ports, waits until it answers, and creates the realm {@code vhcs} whose dashboard
     * client accepts redirects to {@code dashboardUrl} (e.g. {@code http://localhost:8080/dashboard}).
     */
    public static KeycloakServer start(Path repoRoot, Path logDir, String dashboardUrl) {
        Installation kc = Installation.find(repoRoot);
        int port = ServiceProcess.freePort();
        String adminPassword = secret();
        List<String> command = new ArrayList<>(List.of(kc.home().resolve("bin/kc.sh").toString()));
        if (Files.exists(kc.home().resolve(".built-for-tests"))) {
            // ./vhcs built this copy for an in-memory database: no rebuild at each start
            command.addAll(List.of("start", "--optimized", "--http-enabled=true", "--hostname-strict=false"));
        } else {
            command.addAll(List.of("start-dev", "--db=dev-mem"));
        }
        command.add("--http-port=" + port);
        if (kc.hasManagementInterface()) {
            command.add("--http-management-port=" + ServiceProcess.freePort());
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", kc.javaHome().toString());
            // 26 reads the first pair, 24 the second
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.put("KEYCLOAK_ADMIN", ADMIN);
            env.put("KEYCLOAK_ADMIN_PASSWORD", adminPassword);
            env.put("JAVA_OPTS_APPEND", "-Xmx512m");
            KeycloakServer server = new KeycloakServer(builder.start(), port, adminPassword);
            try {
                server.awaitReady(log);
                server.createRealm(Installation.realmFile(Installation.root(repoRoot)), dashboardUrl);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The issuer of the officers' tokens, e.g. {@code http://localhost:41234/realms/vhcs}. */
    public String issuer() {
        return base() + "/realms/vhcs";
    }

    /**
     * Creates the officer, or sets her again if she exists: enabled, a new password, this realm role and only it
     * among READER, BOARD and ADMIN, and these provinces (codes, or {@code national}).
     */
    public Officer officer(String username, String role, String... provinces) {
        String password = secret();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("firstName", username);
        user.put("lastName", "Officer");
        user.put("email", username + "@officers.vhcs.test");
        user.put("emailVerified", true);
        user.put("attributes", Map.of("provinces", List.of(provinces)));
        String id = userId(username);
        if (id == null) {
            admin("POST", "/users", user);
            id = userId(username);
        } else {
            admin("PUT", "/users/" + id, user);
        }
        admin("PUT", "/users/" + id + "/reset-password", Map.of("type", "password", "value", password, "temporary", false));
        JsonNode current = admin("GET", "/users/" + id + "/role-mappings/realm", null);
        List<JsonNode> ours = new ArrayList<>();
        current.forEach(r -> {
            if (List.of("READER", "BOARD", "ADMIN").contains(r.path("name").asText())) {
                ours.add(r);
            }
        });
        if (!ours.isEmpty()) {
            admin("DELETE", "/users/" + id + "/role-mappings/realm", ours);
        }
        admin("POST", "/users/" + id + "/role-mappings/realm", List.of(admin("GET", "/roles/" + role, null)));
        return new Officer(username, password);
    }

    /** Disables the officer: she can no longer sign in or renew her tokens. */
    public void disable(String username) {
        String id = userId(username);
        if (id == null) {
            throw new IllegalArgumentException("no officer " + username);
        }
        admin("PUT", "/users/" + id, Map.of("enabled", false));
    }

    /** An access token of the officer, by the vhcs-cli client's password grant (as a script gets one). */
    public String token(Officer officer) {
        JsonNode answer = form(issuer() + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "vhcs-cli", "username", officer.username(), "password", officer.password()));
        return answer.path("access_token").asText();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void awaitReady(Path log) {
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/realms/master"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS); // returns early only if it exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not ready after 180 s; see " + log);
    }

    /** The realm file's one placeholder is the one Keycloak itself replaces from the environment on import. */
    private void createRealm(String realmFile, String dashboardUrl) {
        String realm = realmFile.replace("${VHCS_DASHBOARD_URL}", dashboardUrl);
        try {
            send("POST", base() + "/admin/realms", JSON.readTree(realm));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String userId(String username) {
        JsonNode found = admin("GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        return found.isEmpty() ? null : found.get(0).path("id").asText();
    }

    private JsonNode admin(String method, String path, Object body) {
        return send(method, base() + "/admin/realms/vhcs" + path, body);
    }

    private JsonNode send(String method, String url, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), method + " " + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() {
        return form(base() + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", ADMIN, "password", adminPassword)).path("access_token").asText();
    }

    private JsonNode form(String url, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        try {
            return answer(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString()), "POST " + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode answer(HttpResponse<String> r, String what) throws IOException {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "pw-" + HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Where Keycloak is installed and the JDK that runs it. */
    record Installation(Path home, Path javaHome) {

        static Installation find(Path repoRoot) {
            String home = System.getenv("VHCS_KEYCLOAK_HOME");
            String java = System.getenv("VHCS_KEYCLOAK_JAVA_HOME");
            if (home == null || home.isBlank()) {
                Path file = root(repoRoot).resolve(".vhcs/keycloak/test.properties");
                if (!Files.isReadable(file)) {
                    throw new IllegalStateException("Keycloak is not installed: run ./vhcs keycloak (./vhcs test does), "
                            + "or set VHCS_KEYCLOAK_HOME and VHCS_KEYCLOAK_JAVA_HOME");
                }
                Properties p = new Properties();
                try (var in = Files.newBufferedReader(file)) {
                    p.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                home = p.getProperty("home");
                java = p.getProperty("java");
            }
            if (java == null || java.isBlank()) {
                java = System.getProperty("java.home");
            }
            return new Installation(Path.of(home), Path.of(java));
        }

        /** Keycloak 25 and later answer health and metrics on a management port of their own. */
        boolean hasManagementInterface() {
            String name = home.getFileName().toString().replaceAll("^keycloak-", "");
            try {
                return Integer.parseInt(name.split("\\.")[0]) >= 25;
            } catch (NumberFormatException e) {
                return true;
            }
        }

        /** The repository's root: the one given, else {@code vhcs.root}, else the parent of a module's folder. */
        static Path root(Path given) {
            if (given != null) {
                return given.toAbsolutePath().normalize();
            }
            return Path.of(System.getProperty("vhcs.root", "..")).toAbsolutePath().normalize();
        }

        static String realmFile(Path root) {
            try {
                return Files.readString(root.resolve("ops/keycloak/vhcs-realm.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
