package vn.vhcs.aggregation.ingest;

import java.util.Set;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.StatisticsChange;
import vn.vhcs.contract.Topics;

/**
 * Tells the gateways which rounds' statistics may have changed ({@link Topics#STATISTICS_CHANGES}), so that they
 * drop the answers they keep: after each batch the consumer committed, and once at start-up (a restart may
 * come with another database, a rebuild or a new way of counting). A notice is sent, not awaited: a lost one
 * costs a gateway at most its answers' maximum age, never a batch retried.
 */
@ApplicationScoped
public class StatisticsNotices {

    private static final Logger LOG = Logger.getLogger(StatisticsNotices.class);

    private final Emitter<String> notices;

    public StatisticsNotices(@Channel("statistics-changes") @OnOverflow(OnOverflow.Strategy.DROP) Emitter<String> notices) {
        this.notices = notices;
    }

    void started(@Observes StartupEvent started) {
        publish(StatisticsChange.everything());
    }

    /** These rounds' answers may differ now; {@code all}: every round's. */
    void changed(Set<String> rounds, boolean all) {
        publish(all ? StatisticsChange.everything() : StatisticsChange.of(rounds));
    }

    private void publish(StatisticsChange change) {
        if (change.namesNothing()) {
            return;
        }
        try {
            notices.send(EventCodec.toJson(change)).whenComplete((done, failed) -> {
                if (failed != null) {
                    LOG.debugf("A statistics notice was not published: %s", failed.getMessage());
                }
            });
        } catch (RuntimeException e) {
            // the channel refuses (broker away, buffer full): the gateways' maximum age covers it
            LOG.debugf("A statistics notice was not published: %s", e.getMessage());
        }
    }
}
