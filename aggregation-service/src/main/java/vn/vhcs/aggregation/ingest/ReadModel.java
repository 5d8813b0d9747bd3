package vn.vhcs.aggregation.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.vhcs.aggregation.statistics.StatisticsCalculator;
import vn.vhcs.aggregation.statistics.StatisticsKeeper;
import vn.vhcs.contract.Topics;
import vn.vhcs.common.tx.AfterCommit;

/**
 * The read model belongs to the consumer group that built it. A new group id is a rebuild: its
 * first batch empties the tables (in its own transaction) and the group replays both topics from
 * the beginning; until it has reached the offsets the topics held when it started, statistics
 * reads answer 503 with {@code Retry-After} rather than half-built figures.
 */
@ApplicationScoped
public class ReadModel implements vn.vhcs.aggregation.statistics.ReadModelState {

    private static final Logger LOG = Logger.getLogger(ReadModel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transaction;
    private final StatisticsKeeper statistics;
    private final String group;
    private final Map<String, Object> kafka;
    private volatile boolean started;
    private volatile boolean rebuilding = true; // until the first look says otherwise
    private volatile Instant lastCheck = Instant.EPOCH;
    private Admin admin;

    public ReadModel(EntityManager em, TransactionSynchronizationRegistry transaction, StatisticsKeeper statistics,
            @ConfigProperty(name = "mp.messaging.incoming.events.group.id") String group,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, MeterRegistry registry) {
        this.em = em;
        this.transaction = transaction;
        this.statistics = statistics;
        this.group = group;
        this.kafka = kafka;
        Gauge.builder("vhcs.statistics.rebuilding", this, r -> r.rebuilding() ? 1 : 0)
                .description("1 while the read model is being rebuilt from the topics (reads answer 503)")
                .register(registry);
    }

    /**
     * In the transaction of a batch, before it is applied: the first batch of a new consumer group
     * empties the read model; one made by a version without cells gets them computed, and cells kept with
     * fewer counters than this release keeps ({@link StatisticsCalculator#COUNTERS_VERSION}) are computed again.
     */
    public void startIfNew() {
        if (started) {
            return;
        }
        List<?> held = em.createNativeQuery("select consumer_group, counters_version from read_model where id = 1 "
                + "for update").getResultList();
        if (held.isEmpty()) {
            boolean olderData = ((Number) em.createNativeQuery("select count(*) from report_contribution")
                    .getSingleResult()).longValue() > 0;
            em.createNativeQuery("insert into read_model (id, consumer_group, counters_version) values (1, ?1, ?2)")
                    .setParameter(1, group).setParameter(2, StatisticsCalculator.COUNTERS_VERSION).executeUpdate();
            if (olderData) {
                LOG.info("Computing the statistics cells from the reports held");
                statistics.recomputeAll();
            }
        }
        Object[] row = held.isEmpty() ? null : (Object[]) held.get(0);
        boolean emptied = row != null && !group.equals(row[0]);
        if (emptied) {
            LOG.infof("Consumer group %s replaces %s: rebuilding the read model from the topics", group, row[0]);
            em.createNativeQuery("truncate processed_event, report_contribution, statistics_cell, agency, province, "
                    + "round_province_due_date, reporting_round, figure_definition").executeUpdate();
            em.createNativeQuery("update read_model set consumer_group = ?1, rebuild_target = cast(?2 as jsonb), "
                    + "rebuild_started_at = now(), counters_version = ?3 where id = 1").setParameter(1, group)
                    .setParameter(2, targetJson()).setParameter(3, StatisticsCalculator.COUNTERS_VERSION).executeUpdate();
        } else if (row != null && ((Number) row[1]).intValue() < StatisticsCalculator.COUNTERS_VERSION) {
            // cells kept by a release with fewer counters: computed again from the reports held, under the
            // read model's lock, so one replica does it and the others find it done
            LOG.infof("Statistics cells hold counters of version %s, this release %d: computing them again from the "
                    + "reports held", row[1], StatisticsCalculator.COUNTERS_VERSION);
            statistics.recomputeAll();
            em.createNativeQuery("update read_model set counters_version = ?1 where id = 1")
                    .setParameter(1, StatisticsCalculator.COUNTERS_VERSION).executeUpdate();
        }
        // once this instance has joined, it never empties the model again (an older replica still
        // running during a roll-out only adds events, which the new group then skips as duplicates)
        AfterCommit.run(transaction, () -> {
            started = true;
            if (emptied) {
                lastCheck = Instant.EPOCH;
                rebuilding = true;
            }
        });
    }

    /** As a restarted instance: the next batch looks at the read model again (what {@link #startIfNew} does once). */
    void startAgain() {
        started = false;
    }

    /** Whether a rebuild has not yet reached what the topics held when it started (checked at most every second). */
    public boolean rebuilding() {
        if (!rebuilding || Instant.now().isBefore(lastCheck.plus(CHECK_EVERY))) {
            return rebuilding;
        }
        lastCheck = Instant.now();
        try {
            rebuilding = QuarkusTransaction.requiringNew().call(this::stillRebuilding);
        } catch (RuntimeException e) {
            LOG.debugf("Could not tell whether the rebuild is over: %s", e.getMessage());
        }
        return rebuilding;
    }

    private boolean stillRebuilding() {
        List<?> target = em.createNativeQuery("select cast(rebuild_target as text) from read_model where id = 1")
                .getResultList();
        if (target.isEmpty() || target.get(0) == null) {
            return false;
        }
        Map<String, Long> wanted = read((String) target.get(0));
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        for (var e : wanted.entrySet()) {
            OffsetAndMetadata at = committed.get(partition(e.getKey()));
            if (e.getValue() > 0 && (at == null || at.offset() < e.getValue())) {
                return true;
            }
        }
        em.createNativeQuery("update read_model set rebuild_target = null where id = 1").executeUpdate();
        LOG.info("The read model has caught up with the topics: statistics are served again");
        return false;
    }

    /** The end offsets of both topics now, as {"topic-partition": offset}. */
    private String targetJson() {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : List.of(Topics.REPORT_EVENTS, Topics.REGISTRY_EVENTS)) {
                var description = get(admin().describeTopics(List.of(topic)).allTopicNames()).get(topic);
                description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<String, Long> target = new HashMap<>();
            get(admin().listOffsets(latest).all()).forEach((tp, info) -> target.put(tp.toString(), info.offset()));
            return JSON.writeValueAsString(target);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the topics' end offsets: " + e, e);
        }
    }

    private static Map<String, Long> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Long>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TopicPartition partition(String name) {
        int dash = name.lastIndexOf('-');
        return new TopicPartition(name.substring(0, dash), Integer.parseInt(name.substring(dash + 1)));
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.keySet().retainAll(AdminClientConfig.configNames()); // the shared settings hold others too
            // the admin client refuses a default API timeout below its request timeout
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "aggregation-service-read-model");
            admin = Admin.create(config);
        }
        return admin;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
