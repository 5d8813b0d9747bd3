package vn.vhcs.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import vn.vhcs.contract.Topics;

/**
 * One real Kafka node in KRaft mode (broker and controller in one process), run in this JVM from
 * the Maven artifacts. The tests start it in-process; {@code ./vhcs up} runs {@link #main} as its
 * own process. Same port and data directory across {@link #stop()}/{@link #start()}, so tests can
 * take the broker away and bring it back.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** Partitions of report-events: the unit of parallelism of aggregation-service. */
    public static final int REPORT_EVENT_PARTITIONS = 6;
    public static final int REGISTRY_EVENT_PARTITIONS = 3;
    /** statistics-changes: notices every gateway reads whole, kept an hour (a gateway that missed one expires its answers). */
    public static final int STATISTICS_CHANGES_PARTITIONS = 1;
    public static final String STATISTICS_CHANGES_RETENTION_MS = "3600000";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private LocalKafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on the given port (0 = any free port) storing its log in {@code dataDir}. */
    public static LocalKafkaBroker create(Path dataDir, int port) {
        return new LocalKafkaBroker(dataDir, port == 0 ? freePort() : port, freePort());
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized LocalKafkaBroker start() {
        if (server != null) {
            return this;
        }
        KafkaConfig config = KafkaConfig.fromProps(properties(), false);
        formatIfNeeded();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Creates the vhcs topics if they are missing, as ops do with KafkaTopic resources in
     * Kubernetes: report-events partitioned by report id and kept for ever, registry-events compacted,
     * statistics-changes (notices to the gateways) one partition kept an hour.
     */
    public void createTopics() {
        List<NewTopic> topics = List.of(
                // kept for ever, as in compose and Kubernetes: the read model can be rebuilt from it
                new NewTopic(Topics.REPORT_EVENTS, REPORT_EVENT_PARTITIONS, (short) 1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(Topics.REGISTRY_EVENTS, REGISTRY_EVENT_PARTITIONS, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(Topics.STATISTICS_CHANGES, STATISTICS_CHANGES_PARTITIONS, (short) 1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, STATISTICS_CHANGES_RETENTION_MS)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers(), e);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        // A single node: every internal topic has one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly (createTopics), as in production.
        p.put("auto.create.topics.enable", "false");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private void formatIfNeeded() {
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(dataDir.resolve("meta.properties"))) {
                return;
            }
            Path configFile = dataDir.resolveSibling(dataDir.getFileName() + ".properties");
            try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                properties().store(w, "generated by LocalKafkaBroker for kafka-storage format");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc = StorageTool.execute(new String[] { "format", "-t", Uuid.randomUuid().toString(), "-c",
                    configFile.toString(), "--ignore-formatted" }, new PrintStream(out, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("kafka-storage format failed: " + out.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code java -cp ... vn.vhcs.kafka.LocalKafkaBroker [--port 9092] [--data-dir .vhcs/kafka]}:
     * starts the broker, creates the topics and runs until the process is stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 9092;
        Path dataDir = Path.of(".vhcs", "kafka");
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            switch (rest.get(i)) {
                case "--port" -> port = Integer.parseInt(rest.get(i + 1));
                case "--data-dir" -> dataDir = Path.of(rest.get(i + 1));
                default -> throw new IllegalArgumentException("unknown option " + rest.get(i));
            }
        }
        LocalKafkaBroker broker = create(dataDir, port).start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                broker.createTopics();
                break;
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500); // the controller may still be electing itself
            }
        }
        System.out.println("vhcs local Kafka broker ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
