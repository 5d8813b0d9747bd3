package vn.vhcs.registry;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Provinces arrive by Flyway migration, not through the API; at start-up every province not yet
 * announced gets its registry event, in the same transaction that marks it announced.
 */
@ApplicationScoped
public class ProvincePublisher {

    private static final Logger LOG = Logger.getLogger(ProvincePublisher.class);

    private final ProvinceRepository provinces;
    private final RegistryEvents events;

    public ProvincePublisher(ProvinceRepository provinces, RegistryEvents events) {
        this.provinces = provinces;
        this.events = events;
    }

    @Transactional
    void publishNew(@Observes StartupEvent startup) {
        // Locking the rows keeps two replicas starting together from both announcing them.
        var pending = provinces.find("published = false").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Province p : pending) {
            events.province(p);
            p.published = true;
        }
        if (!pending.isEmpty()) {
            LOG.infof("Announced %d provinces on registry-events", pending.size());
        }
    }
}
