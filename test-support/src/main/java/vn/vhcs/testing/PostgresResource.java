package vn.vhcs.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service under test at the machine's real PostgreSQL (started by {@code ./vhcs test}),
 * through a {@link TcpLink} that tests can cut to make the database unreachable.
 * Init arg {@code database}: the test database of the service; host and port come from
 * {@code VHCS_PG_HOST}/{@code VHCS_PG_PORT} (default 127.0.0.1:5432).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpLink link;
    private String database;

    public static TcpLink link() {
        return link;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "vhcs_test");
    }

    @Override
    public Map<String, String> start() {
        String host = env("VHCS_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("VHCS_PG_PORT", "5432"));
        link = new TcpLink(host, port);
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + link.port() + "/" + database);
    }

    @Override
    public void stop() {
        if (link != null) {
            link.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
