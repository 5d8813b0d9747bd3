package vn.vhcs.aggregation.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.common.kafka.KafkaSettings;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.EventHeaders;
import vn.vhcs.contract.Topics;

/**
 * Reads report-events and registry-events and applies each record in its own transaction
 * ({@link EventApplier}); offsets are committed only after that transaction. When a transaction
 * fails (database away), the consumer seeks back to the record and retries it after a pause, so
 * no event is skipped. A record that does not follow the contract is logged and passed over.
 */
@ApplicationScoped
public class ReportEventConsumer {

    private static final Logger LOG = Logger.getLogger(ReportEventConsumer.class);

    private final EventApplier applier;
    private final KafkaSettings kafka;
    private final ConsumerConfig config;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter stale;
    private final Counter malformed;
    private final AtomicLong lag = new AtomicLong();
    private final Tracer tracer;
    private long lagMeasuredAt;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public ReportEventConsumer(EventApplier applier, KafkaSettings kafka, ConsumerConfig config, MeterRegistry registry,
            Tracer tracer) {
        this.applier = applier;
        this.kafka = kafka;
        this.config = config;
        this.tracer = tracer;
        applied = Counter.builder("vhcs.events.applied").description("Events that changed the read model")
                .register(registry);
        duplicates = Counter.builder("vhcs.events.skipped").tag("reason", "duplicate")
                .description("Events skipped: seen before, or older than what is held").register(registry);
        stale = Counter.builder("vhcs.events.skipped").tag("reason", "stale").register(registry);
        malformed = Counter.builder("vhcs.events.skipped").tag("reason", "malformed").register(registry);
        Gauge.builder("vhcs.consumer.lag", lag, AtomicLong::get)
                .description("Records on the assigned partitions not yet applied").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "report-event-consumer");
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Events applied since start. */
    public long applied() {
        return (long) applied.count();
    }

    /** Events seen again (same event id) since start: skipped. */
    public long duplicates() {
        return (long) duplicates.count();
    }

    /** Events older than what is held (version or revision) since start: skipped. */
    public long stale() {
        return (long) stale.count();
    }

    private void run() {
        Map<String, Object> props = new HashMap<>(kafka.client());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.CLIENT_ID_CONFIG,
                kafka.clientIdPrefix().orElse("aggregation-service") + "-consumer");
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = c;
            c.subscribe(List.of(Topics.REPORT_EVENTS, Topics.REGISTRY_EVENTS));
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(config.pollTimeout());
                measureLag(c);
                for (TopicPartition partition : records.partitions()) {
                    if (!applyPartition(c, partition, records.records(partition))) {
                        break;
                    }
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("Event consumer stopped unexpectedly", e);
        } finally {
            consumer = null;
        }
    }

    /** Applies a partition's records in order; false when one failed and must be retried. */
    private boolean applyPartition(KafkaConsumer<String, byte[]> c, TopicPartition partition,
            List<ConsumerRecord<String, byte[]>> records) {
        long next = -1;
        for (ConsumerRecord<String, byte[]> record : records) {
            String correlation = header(record, EventHeaders.CORRELATION_ID);
            MDC.put(RequestIds.MDC_KEY, correlation == null ? "-" : correlation);
            // continue the trace of the request that caused the event (W3C headers set by the outbox relay)
            Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, HEADERS);
            Span span = tracer.spanBuilder(record.topic() + " process").setParent(parent)
                    .setSpanKind(SpanKind.CONSUMER).setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.kafka.offset", record.offset()).startSpan();
            try (Scope scope = span.makeCurrent()) {
                EventApplier.Outcome outcome = applier.apply(record.topic(), record.value());
                switch (outcome) {
                    case APPLIED -> applied.increment();
                    case DUPLICATE -> duplicates.increment();
                    case STALE -> stale.increment();
                }
                LOG.debugf("%s %s@%d: %s", record.topic(), record.key(), record.offset(), outcome);
            } catch (EventCodec.MalformedEventException e) {
                malformed.increment();
                LOG.errorf("Skipping malformed event %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf("Event %s-%d@%d could not be applied, retrying: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                if (next >= 0) {
                    commit(c, partition, next);
                }
                c.seek(partition, record.offset());
                pause();
                return false;
            } finally {
                span.end();
                MDC.remove(RequestIds.MDC_KEY);
            }
            next = record.offset() + 1;
        }
        if (next >= 0) {
            commit(c, partition, next);
        }
        return true;
    }

    /** Consumer lag: end offsets minus positions of the assigned partitions, every few seconds. */
    private void measureLag(KafkaConsumer<String, byte[]> c) {
        long now = System.nanoTime();
        if (now - lagMeasuredAt < 5_000_000_000L || c.assignment().isEmpty()) {
            return;
        }
        lagMeasuredAt = now;
        try {
            long total = 0;
            for (var end : c.endOffsets(c.assignment(), java.time.Duration.ofSeconds(2)).entrySet()) {
                total += Math.max(0, end.getValue() - c.position(end.getKey(), java.time.Duration.ofSeconds(2)));
            }
            lag.set(total);
        } catch (RuntimeException e) {
            LOG.debugf("Consumer lag not measured: %s", e.getMessage());
        }
    }

    private static final TextMapGetter<ConsumerRecord<String, byte[]>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            return record == null ? null : header(record, key);
        }
    };

    private void commit(KafkaConsumer<String, byte[]> c, TopicPartition partition, long next) {
        try {
            c.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        } catch (RuntimeException e) {
            // The transaction is done; a redelivery after a lost commit is deduplicated.
            LOG.warnf("Offset commit failed for %s: %s", partition, e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.retryBackoff().toMillis()); // back-off between retries of a failing event
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

}
