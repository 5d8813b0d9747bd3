package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.vhcs.kafka.LocalKafkaBroker;
import vn.vhcs.testing.GatewayTokens;
import vn.vhcs.testing.KeycloakServer;
import vn.vhcs.testing.ServiceProcess;

/**
 * The whole system as ./vhcs up runs it, started once for all end-to-end tests: a real KRaft
 * broker in this JVM, the real PostgreSQL (fresh e2e databases), a real Keycloak (the officers'
 * identity provider, its realm fresh), and the three packaged services as separate processes.
 * REST Assured points at the gateway.
 */
public final class RunningSystem implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static RunningSystem current;
    /** Whether a test class has had the current system: it is then no longer as fresh as ./vhcs up leaves it. */
    private static boolean handedOut;
    private static WireCheck wireCheck;
    private static final Path LOGS = Path.of("target", "e2e-logs");
    /** The bootstrap admin key the gateway is started with (VHCS_ADMIN_KEY). */
    static final String ADMIN_KEY = "e2e-admin-key-" + java.util.UUID.randomUUID();

    final LocalKafkaBroker broker;
    /** The officers' identity provider: {@code keycloak.officer(…)} makes one, {@code keycloak.token(…)} her token. */
    final KeycloakServer keycloak;
    final ServiceProcess reports;
    ServiceProcess aggregation;
    final ServiceProcess gateway;
    private final Path root;
    private Map<String, String> aggregationEnv;
    private final Map<String, String> gatewayEnv;

    /** JUnit creates the extension; the system itself starts once. */
    public RunningSystem() {
        this.broker = null;
        this.keycloak = null;
        this.reports = null;
        this.gateway = null;
        this.root = null;
        this.aggregationEnv = null;
        this.gatewayEnv = null;
    }

    private RunningSystem(Path root) throws IOException {
        this.root = root;
        broker = LocalKafkaBroker.create(Files.createTempDirectory("vhcs-e2e-kafka").resolve("data"), 0).start();
        broker.createTopics();
        // the gateway's port is chosen first: the realm's dashboard client accepts redirects to its page only
        int gatewayPort = ServiceProcess.freePort();
        keycloak = KeycloakServer.start(root, LOGS, "http://localhost:" + gatewayPort + "/dashboard");
        String pg = "jdbc:postgresql://" + env("VHCS_PG_HOST", "127.0.0.1") + ":" + env("VHCS_PG_PORT", "5432") + "/";
        Map<String, String> fresh = Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "true", "QUARKUS_FLYWAY_CLEAN_DISABLED",
                "false", "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "VHCS_SECURITY_PUBLIC_KEY", GatewayTokens.publicKeyPem());
        reports = ServiceProcess.start(root, LOGS, "report-service", with(fresh,
                "QUARKUS_DATASOURCE_JDBC_URL", pg + "vhcs_e2e_report",
                "QUARKUS_DATASOURCE_USERNAME", "vhcs_report", "QUARKUS_DATASOURCE_PASSWORD", "vhcs_report"), 0);
        aggregationEnv = with(fresh, "QUARKUS_DATASOURCE_JDBC_URL", pg + "vhcs_e2e_aggregation",
                "QUARKUS_DATASOURCE_USERNAME", "vhcs_aggregation", "QUARKUS_DATASOURCE_PASSWORD", "vhcs_aggregation");
        aggregation = ServiceProcess.start(root, LOGS, "aggregation-service", aggregationEnv, 0);
        gatewayEnv = with(Map.of(
                "VHCS_GATEWAY_REPORT_SERVICE_URL", reports.url(),
                "VHCS_GATEWAY_AGGREGATION_SERVICE_URL", aggregation.url(),
                "QUARKUS_DATASOURCE_JDBC_URL", pg + "vhcs_e2e_gateway",
                "QUARKUS_DATASOURCE_USERNAME", "vhcs_gateway", "QUARKUS_DATASOURCE_PASSWORD", "vhcs_gateway",
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true", "QUARKUS_FLYWAY_CLEAN_DISABLED", "false",
                "VHCS_ADMIN_KEY", ADMIN_KEY,
                "VHCS_SECURITY_SIGNING_KEY", GatewayTokens.privateKeyPem(), "KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers()),
                // a fresh broker: the review webhooks' consumer reads it from the start, so no review races its join
                "MP_MESSAGING_INCOMING_REPORT_EVENTS_AUTO_OFFSET_RESET", "earliest",
                // officers sign in at this Keycloak's realm
                "VHCS_OIDC_ISSUER", keycloak.issuer(),
                // the reminder scheduler checks often here, so that RemindersThroughGatewayTest sees it act
                "VHCS_REMINDERS_CHECK_EVERY", "2s", "VHCS_REMINDERS_CHECK_DELAY", "1s");
        gateway = ServiceProcess.start(root, LOGS, "gateway", gatewayEnv, gatewayPort);
        for (ServiceProcess service : List.of(reports, aggregation, gateway)) {
            awaitReady(service);
        }
    }

    static RunningSystem get() {
        return current;
    }

    /**
     * A system as fresh as ./vhcs up starts it, before its demo data: the current one if no test has had it yet,
     * else the current one closed and a new one started (empty databases, a new broker). For test classes marked
     * {@link TakesFreshSystems}, which call this instead of taking the shared system as it is.
     */
    static synchronized RunningSystem fresh() {
        if (current != null && handedOut) {
            closeCurrent();
        }
        if (current == null) {
            current = startNew();
        }
        handedOut = true;
        pointRestAssuredAtGateway();
        return current;
    }

    /**
     * Closes the current system, so that the next test class gets a new one: for a class that leaves data the
     * others do not expect (the guides' demo round and reports).
     */
    static synchronized void discard() {
        closeCurrent();
    }

    /** Marks a test class that takes its systems from {@link #fresh()}: having the shared one does not use it up. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface TakesFreshSystems {
    }

    private static RunningSystem startNew() {
        handedOut = false;
        try {
            return new RunningSystem(Path.of(System.getProperty("vhcs.root", "..")).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void closeCurrent() {
        if (current != null) {
            current.close();
        }
    }

    private static void pointRestAssuredAtGateway() {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = current.gateway.port;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningSystem.class) {
            if (current == null) {
                current = startNew();
                // closes whichever system is current when the run ends (fresh() may have replaced the first)
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSystem.class.getName(),
                        (ExtensionContext.Store.CloseableResource) RunningSystem::closeCurrent);
            }
            if (!(context.getRequiredTestClass().isAnnotationPresent(TakesFreshSystems.class))) {
                handedOut = true;
            }
        }
        pointRestAssuredAtGateway();
        // requests that bring no key of their own are the bootstrap admin's; every API call and its answer are
        // checked against the served OpenAPI document
        RestAssured.replaceFiltersWith(List.of((request, response, ctx) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + ADMIN_KEY);
            }
            return ctx.next(request, response);
        }, wireCheck()));
    }

    /** The check of every API call against the document the gateway serves (the same for every system started). */
    private static synchronized WireCheck wireCheck() {
        if (wireCheck == null) {
            String document = given().header("Authorization", "Bearer " + ADMIN_KEY).accept(ContentType.JSON)
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            wireCheck = new WireCheck(document, () -> {
                RunningSystem system = current;
                return system == null ? Set.of() : Set.of(system.reports.port, system.aggregation.port);
            });
        }
        return wireCheck;
    }

    /** Stops aggregation-service and starts it again on the same port (its data stays). */
    void restartAggregation() {
        restartAggregation(List.of("-Xmx256m"));
    }

    /** The same, the JVM started with these options (e.g. {@link #productionJvmOptions()}). */
    void restartAggregation(List<String> jvmOptions) {
        aggregation.close();
        aggregation = ServiceProcess.start(root, LOGS, "aggregation-service",
                with(aggregationEnv, "QUARKUS_FLYWAY_CLEAN_AT_START", "false"), aggregation.port, jvmOptions);
        awaitReady(aggregation);
    }

    /** The JVM options ./vhcs runs every service with ({@code SERVICE_JAVA_OPTS}: the production heap). */
    List<String> productionJvmOptions() {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^SERVICE_JAVA_OPTS=\\(([^)]*)\\)")
                    .matcher(Files.readString(root.resolve("vhcs")));
            if (!m.find()) {
                throw new IllegalStateException("vhcs: no SERVICE_JAVA_OPTS=(…)");
            }
            return List.of(m.group(1).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of one of the e2e databases ({@code vhcs_e2e_aggregation}, …). */
    static String database(String name) {
        return "jdbc:postgresql://" + env("VHCS_PG_HOST", "127.0.0.1") + ":" + env("VHCS_PG_PORT", "5432") + "/" + name;
    }

    /**
     * Another gateway replica on the same database and services (its schema left as it is), ready, its log in
     * its own folder; {@code pairs} add to or override its environment. The caller closes it.
     */
    ServiceProcess startGatewayReplica(String replica, String... pairs) {
        ServiceProcess started = ServiceProcess.start(root, LOGS.resolve(replica), "gateway",
                with(with(gatewayEnv, "QUARKUS_FLYWAY_CLEAN_AT_START", "false"), pairs), 0);
        awaitReady(started);
        return started;
    }

    /**
     * Restarts aggregation-service under a new consumer group, as ./vhcs rebuild-statistics does:
     * it empties its read model and replays both topics from the beginning.
     */
    void rebuildAggregation(String group) {
        aggregationEnv = with(aggregationEnv, "MP_MESSAGING_INCOMING_EVENTS_GROUP_ID", group);
        restartAggregation();
    }

    /**
     * A second aggregation-service in the same consumer group, on the same database: the group's
     * partitions are shared between the two. Its consumer joins under its own static member id.
     */
    ServiceProcess startAggregationReplica(String replica) {
        ServiceProcess started = ServiceProcess.start(root, LOGS.resolve(replica), "aggregation-service",
                with(with(aggregationEnv, "QUARKUS_FLYWAY_CLEAN_AT_START", "false"), "VHCS_CONSUMER_INSTANCE_ID", replica), 0);
        awaitReady(started);
        return started;
    }

    private static void awaitReady(ServiceProcess service) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsMatching(e -> e instanceof java.net.ConnectException).untilAsserted(() -> {
                    assertTrue(service.alive(), service.name + " exited:\n" + service.logTail());
                    given().baseUri(service.managementUrl()).port(service.managementPort).get("/q/health/ready").then().statusCode(200);
                });
    }

    @Override
    public void close() {
        for (ServiceProcess service : new ServiceProcess[] { gateway, aggregation, reports }) {
            if (service != null) {
                service.close();
            }
        }
        if (broker != null) {
            broker.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        current = null;
    }

    /** Creates the annual round of 2022 with this code, open (it closes in 2099), through the gateway as admin. */
    static void openAnnualRound(String code) {
        given().contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "periodStart",
                "2022-01-01", "periodEnd", "2022-12-31", "dueDate", "2023-01-15", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + code).then().statusCode(201);
    }

    static Map<String, String> with(Map<String, String> base, String... pairs) {
        var all = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
