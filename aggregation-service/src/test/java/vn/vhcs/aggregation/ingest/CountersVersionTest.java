package vn.vhcs.aggregation.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.vhcs.aggregation.statistics.StatisticsCalculator;
import vn.vhcs.contract.ExampleEvents;

/**
 * An upgrade that adds counters (coverage) needs no rebuild from the topics: the first batch after it finds cells
 * kept with an older counters version and computes them again from the reports held.
 */
@QuarkusTest
class CountersVersionTest {

    @Inject
    ReadModel readModel;
    @Inject
    EntityManager em;
    @Inject
    EventConsumer consumer;

    /** Events the consumer has dealt with (applied or skipped), whichever topic and partition they came by. */
    private long handled() {
        return consumer.applied() + consumer.duplicates() + consumer.stale();
    }

    private long reportsCovered(String province) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum((figures ->> 'cov|of')::numeric), 0) from statistics_cell "
                        + "where province_code = ?1 and agency_kind = '*' and bloc_code = '*'")
                .setParameter(1, province).getSingleResult()).longValue());
    }

    private int countersVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select counters_version from read_model where id = 1").getSingleResult()).intValue());
    }

    @Test
    void cellsKeptWithFewerCountersAreComputedAgainAtTheFirstBatch() {
        try (TestEvents events = new TestEvents()) {
            long before = handled();
            events.send(TestEvents.example(ExampleEvents.ROUND_UPSERTED));
            events.send(TestEvents.province("49"));
            events.send(TestEvents.agency("49.A", "49", "PROVINCIAL_DEPARTMENT", 1, true));
            events.send(TestEvents.report(ExampleEvents.REPORT_SUBMITTED, UUID.randomUUID(), "49.A", "49", 1));
            // all four, in whatever order the topics' partitions gave them (a round event recomputes its cells)
            await().atMost(Duration.ofSeconds(30)).until(() -> handled() >= before + 4 && reportsCovered("49") == 1);
            assertEquals(StatisticsCalculator.COUNTERS_VERSION, countersVersion());

            // the cells as a release before coverage left them
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update statistics_cell set figures = figures - 'cov|of' where province_code = '49'")
                        .executeUpdate();
                em.createNativeQuery("update read_model set counters_version = 1 where id = 1").executeUpdate();
            });
            assertEquals(0, reportsCovered("49"));

            readModel.startAgain(); // the upgraded instance starts
            events.send(TestEvents.province("51")); // any event: its batch looks at the read model first
            await().atMost(Duration.ofSeconds(30)).until(() -> reportsCovered("49") == 1);
            assertEquals(StatisticsCalculator.COUNTERS_VERSION, countersVersion());
        }
    }
}
