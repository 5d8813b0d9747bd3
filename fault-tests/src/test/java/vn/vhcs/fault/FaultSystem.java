package vn.vhcs.fault;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import vn.vhcs.testing.GatewayTokens;
import vn.vhcs.testing.ServiceProcess;

/**
 * What the fault experiments break, each a real process they can kill: a private PostgreSQL cluster, the Kafka
 * broker (LocalKafkaBroker's main, as ./vhcs up runs it) and report-service and aggregation-service from their
 * packaged apps. The gateway is left out: it forwards status and headers unchanged, and the experiments are about
 * what lies behind it; the tests call the services with tokens signed as the gateway signs them.
 */
final class FaultSystem implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "fault-logs");

    final Path root = Path.of(System.getProperty("vhcs.root", "..")).toAbsolutePath().normalize();
    final PrivatePostgres postgres;
    private final int kafkaPort = ServiceProcess.freePort();
    private final Path kafkaData = Path.of("target", "kafka-data").toAbsolutePath();
    ServiceProcess kafka;
    ServiceProcess reports;
    ServiceProcess aggregation;

    FaultSystem() {
        postgres = PrivatePostgres.create(Path.of("target", "pg"));
        postgres.createRoleAndDatabase("vhcs_report", "vhcs_report");
        postgres.createRoleAndDatabase("vhcs_aggregation", "vhcs_aggregation");
        deleteKafkaData();
        startKafka();
        reports = startService("report-service", 0);
        aggregation = startService("aggregation-service", 0);
        awaitReady(reports);
        awaitReady(aggregation);
    }

    String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    void startKafka() {
        kafka = ServiceProcess.kafka(root, LOGS, kafkaPort, kafkaData);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertTrue(kafka.alive(), "kafka exited:\n" + kafka.logTail());
            assertTrue(kafka.logHas("ready on"), "kafka not ready yet");
        });
    }

    /** Starts a service on {@code port} (0: any) against the private cluster and the broker; not yet ready. */
    ServiceProcess startService(String name, int port) {
        String role = name.equals("report-service") ? "vhcs_report" : "vhcs_aggregation";
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(role),
                "QUARKUS_DATASOURCE_USERNAME", role, "QUARKUS_DATASOURCE_PASSWORD", role,
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "VHCS_SECURITY_PUBLIC_KEY", GatewayTokens.publicKeyPem(),
                // one stable name per instance: what a pod's host name gives in Kubernetes
                "VHCS_CONSUMER_INSTANCE_ID", "fault-tests",
                // how long each batch of events took to apply, in the service's log
                "QUARKUS_LOG_CATEGORY__VN_VHCS_AGGREGATION_INGEST__LEVEL", "DEBUG"));
        return ServiceProcess.start(root, LOGS, name, env, port);
    }

    /** SIGKILLs aggregation-service and starts it again on the same port; returns the new process, not yet ready. */
    ServiceProcess killAndRestartAggregation() {
        aggregation.kill();
        aggregation = startService("aggregation-service", aggregation.port);
        return aggregation;
    }

    void awaitReady(ServiceProcess service) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsMatching(e -> e instanceof ConnectException).untilAsserted(() -> {
                    assertTrue(service.alive(), service.name + " exited:\n" + service.logTail());
                    given().baseUri("http://localhost").port(service.managementPort).get("/q/health/ready").then()
                            .statusCode(200);
                });
    }

    Connection reportDatabase() throws SQLException {
        return postgres.connect("vhcs_report");
    }

    private void deleteKafkaData() {
        try (var files = java.nio.file.Files.walk(kafkaData)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // first run
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (ServiceProcess p : new ServiceProcess[] { aggregation, reports, kafka }) {
            if (p != null) {
                p.close();
            }
        }
        postgres.close();
    }
}
