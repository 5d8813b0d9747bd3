package vn.vhcs.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import vn.vhcs.testing.ServiceProcess;

/**
 * A PostgreSQL cluster of the tests' own (initdb in {@code target/}, its own port on 127.0.0.1), so that restarting
 * it disturbs nothing else on the machine. PostgreSQL refuses to run as root: as root (CI) its commands run as the
 * {@code postgres} OS user through runuser; as anyone else they run as that user, without sudo. Local connections
 * are trusted: the cluster listens on 127.0.0.1 only and lives as long as the test run.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path home;
    private final Path data;
    final int port;
    private final Thread stopOnExit = new Thread(this::stopQuietly, "private-postgres-stop");

    private PrivatePostgres(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
    }

    /** A fresh cluster in {@code home} (whatever was there is stopped and removed), started. */
    static PrivatePostgres create(Path home) {
        PrivatePostgres pg = new PrivatePostgres(binaries(), home.toAbsolutePath(), ServiceProcess.freePort());
        pg.init();
        pg.start();
        Runtime.getRuntime().addShutdownHook(pg.stopOnExit);
        return pg;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A superuser connection. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /** Creates a login role with its own database, as ./vhcs db does for each service. */
    void createRoleAndDatabase(String role, String password) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE DATABASE " + role + " OWNER " + role + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + role, e);
        }
    }

    /** Starts the server and waits until it accepts connections. */
    void start() {
        pgCtl("start", "-w", "-t", "60", "-l", home.resolve("server.log").toString());
    }

    /** Stops the server as {@code pg_ctl stop -m fast} does: sessions are ended (57P01), then it shuts down. */
    void stop() {
        pgCtl("stop", "-w", "-t", "60", "-m", "fast");
    }

    private void init() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stopQuietly(); // left running by an interrupted earlier run
            }
            if (Files.exists(home)) {
                try (Stream<Path> old = Files.walk(home)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(home);
            if (ROOT) {
                UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(home, postgres);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        // appended to the file initdb wrote (it keeps its owner); fsync off: the tests restart the server cleanly
        try {
            Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "", "port = " + port,
                    "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''", "max_connections = 200",
                    "shared_buffers = 32MB", "fsync = off", "full_page_writes = off", ""),
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pgCtl(String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(args));
        run(command);
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path out = Files.createTempFile("private-postgres", ".out");
            Process p = new ProcessBuilder(full).directory(Path.of("/").toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + Files.readString(out));
            }
            Files.delete(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stopQuietly() {
        try {
            pgCtl("stop", "-w", "-t", "30", "-m", "immediate");
        } catch (RuntimeException e) {
            // not running
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    /** {@code VHCS_PG_BIN}, else the newest /usr/lib/postgresql/N/bin (Debian's layout). */
    private static Path binaries() {
        String configured = System.getenv("VHCS_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin/initdb; set VHCS_PG_BIN"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL server binaries not found (/usr/lib/postgresql); set VHCS_PG_BIN", e);
        }
    }
}
