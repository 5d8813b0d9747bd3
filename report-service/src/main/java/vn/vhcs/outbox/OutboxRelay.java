package vn.vhcs.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.Topics;

/**
 * Publishes the outbox to Kafka. Each round claims a batch (skipping rows other replicas hold),
 * sends it with an idempotent producer, and marks a row delivered only once the broker has
 * acknowledged it. A failed send leaves the row for the next round: delivery is at least once,
 * and consumers deduplicate by event id.
 * <p>
 * The producer takes its settings from quarkus-kafka-client ({@code kafka.*} properties, e.g.
 * {@code KAFKA_BOOTSTRAP_SERVERS}); announcing it as a CDI event lets Quarkus' Micrometer binder
 * publish its client metrics. The extension's own readiness check watches the cluster.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final KafkaProducer<String, String> producer;
    private final Thread worker;
    private volatile boolean stopping;

    public OutboxRelay(OutboxRepository repository, OutboxConfig config, OutboxMetrics metrics,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, Event<Producer<?, ?>> created) {
        this.repository = repository;
        this.config = config;
        this.metrics = metrics;
        Map<String, Object> props = new java.util.HashMap<>(kafka);
        props.keySet().retainAll(ProducerConfig.configNames()); // the shared settings hold admin and consumer ones too
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        long timeoutMs = config.sendTimeout().toMillis();
        // Fail a send within the relay's patience instead of blocking a claimed batch for minutes.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 5000L));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeoutMs, 10000L));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeoutMs, 10000L + 5L));
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "report-service-outbox");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        created.fire(producer);
        this.worker = new Thread(this::run, "outbox-relay");
        this.worker.setDaemon(true);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    /** Called after a transaction that wrote events committed: publish now rather than at the next poll. */
    public void wakeUp() {
        LockSupport.unpark(worker);
    }

    private void run() {
        while (!stopping) {
            int claimed = 0;
            try {
                claimed = publishBatch();
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed, will retry: %s", e.getMessage());
            }
            if (claimed < config.batchSize() && !stopping) {
                // idle, or the broker is away: wait for the next poll or a wake-up
                LockSupport.parkNanos(config.pollInterval().toNanos());
            }
        }
    }

    /** Sends one batch; returns how many events it claimed. */
    @Transactional
    int publishBatch() {
        List<OutboxEvent> batch = repository.claimBatch(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.messageKey, event.payload);
            record.headers().add(EventHeaders.EVENT_ID, bytes(event.id.toString()));
            record.headers().add(EventHeaders.EVENT_TYPE, bytes(event.eventType));
            record.headers().add(EventHeaders.SCHEMA_VERSION, bytes(Integer.toString(Topics.schemaVersion(event.topic))));
            if (event.correlationId != null) {
                record.headers().add(EventHeaders.CORRELATION_ID, bytes(event.correlationId));
            }
            if (event.traceParent != null) {
                record.headers().add("traceparent", bytes(event.traceParent));
                if (event.traceState != null && !event.traceState.isEmpty()) {
                    record.headers().add("tracestate", bytes(event.traceState));
                }
            }
            sent.add(sendQuietly(record));
        }
        producer.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<java.util.UUID> delivered = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                delivered.add(event.id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(event, e);
            } catch (ExecutionException | TimeoutException e) {
                failed(event, e.getCause() == null ? e : e.getCause());
            }
        }
        // one UPDATE for the whole batch rather than one per row at flush
        repository.markPublished(delivered, Instant.now());
        metrics.published(delivered.size(), batch.size() - delivered.size());
        if (delivered.size() < batch.size()) {
            LOG.warnf("Outbox: %d of %d events not acknowledged by Kafka; they stay queued",
                    batch.size() - delivered.size(), batch.size());
        }
        return batch.size();
    }

    private Future<RecordMetadata> sendQuietly(ProducerRecord<String, String> record) {
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private static void failed(OutboxEvent event, Throwable cause) {
        event.attempts++;
        String message = String.valueOf(cause.getMessage());
        event.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Lets a claimed batch finish (its rows stay undelivered if it cannot), then closes the producer. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
        LockSupport.unpark(worker);
        try {
            worker.join(config.sendTimeout().toMillis() + 2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
