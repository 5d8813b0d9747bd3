package vn.vhcs.report.idempotency;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.idempotency.Idempotency;

/** Forgets the Idempotency-Keys older than 24 hours from this service's idempotency_record table. */
@ApplicationScoped
@RequiredArgsConstructor
public class ExpiredKeys {

    private static final Logger LOG = Logger.getLogger(ExpiredKeys.class);

    private final Idempotency idempotency;

    @Scheduled(every = "1h", delayed = "1m")
    void forget() {
        int gone = idempotency.forgetExpired();
        if (gone > 0) {
            LOG.debugf("Forgot %d expired idempotency keys", gone);
        }
    }
}
