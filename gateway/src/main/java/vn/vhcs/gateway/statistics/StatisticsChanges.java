package vn.vhcs.gateway.statistics;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.StatisticsChange;

/**
 * What the gateway has heard of changes to the statistics: aggregation-service's notices on statistics-changes
 * ({@link StatisticsChange}), counted as generations, one per round and one for every round. An answer kept at
 * one generation is good while its round's generation is the same. Every gateway reads every notice (a group of
 * its own, from the end of the topic); until its partition is assigned, and after it is taken away, it has heard
 * nothing it can rely on, so nothing is answered from memory then ({@link #listening()}), and notices missed
 * meanwhile count as a change to every round.
 */
@ApplicationScoped
@Default // also injected as itself, beside the connector's look-up by name
@Identifier("statistics-changes")
public class StatisticsChanges implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(StatisticsChanges.class);
    /** Rounds are few; past this many, forgetting them all is a change to every round. */
    private static final int MAX_ROUNDS = 10_000;

    /** One state of what was heard: a kept answer is good while its round's is equal. */
    record Generation(long all, long round) {
    }

    private final AtomicLong everyRound = new AtomicLong();
    private final Map<String, AtomicLong> rounds = new ConcurrentHashMap<>();
    private volatile boolean listening;

    @Incoming("statistics-changes")
    public void changed(byte[] notice) {
        StatisticsChange change;
        try {
            change = EventCodec.statisticsChange(notice);
        } catch (EventCodec.MalformedEventException e) {
            LOG.warnf("A statistics notice could not be read (taken as a change to every round): %s", e.getMessage());
            everyRound.incrementAndGet();
            return;
        }
        if (change.all() || rounds.size() + change.rounds().size() > MAX_ROUNDS) {
            everyRound.incrementAndGet(); // first: no round read in between is taken as unchanged
            if (!change.all()) {
                rounds.clear();
            }
            return;
        }
        change.rounds().forEach(r -> rounds.computeIfAbsent(r, k -> new AtomicLong()).incrementAndGet());
    }

    /** The generation an answer of this round is read at. */
    Generation of(String round) {
        AtomicLong r = rounds.get(round);
        return new Generation(everyRound.get(), r == null ? 0 : r.get());
    }

    /** Whether notices are being heard: only then may an answer be kept or given from memory. */
    boolean listening() {
        return listening;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        everyRound.incrementAndGet(); // whatever was published before now was not heard
        listening = !partitions.isEmpty();
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        listening = false;
        everyRound.incrementAndGet();
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        listening = false;
        everyRound.incrementAndGet();
    }
}
