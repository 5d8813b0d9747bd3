package vn.vhcs.aggregation.figures;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.vhcs.contract.figures.FigureDefinition;

/**
 * aggregation-service's copy of the figure catalogue, kept from {@code FigureDefined} registry events (only a
 * higher revision replaces a definition). {@link #current()} answers the catalogue in force without a restart:
 * one cheap query names the held state (count and stamps of the rows), and the definitions are read again only
 * when it changed — whichever replica applied the event.
 */
@ApplicationScoped
public class FigureCatalogue {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transaction;
    private volatile Figures held = Figures.STANDARD;

    public FigureCatalogue(EntityManager em, TransactionSynchronizationRegistry transaction) {
        this.em = em;
        this.transaction = transaction;
    }

    /** What applying a definition did. */
    public enum Applied {
        /** Older than (or as old as) the one held: nothing changed. */
        STALE,
        /** Kept; reports' values of its code are counted as before (a label, outline, level text changed). */
        KEPT,
        /** Kept, and its values count differently (a new code, another kind or base): the statistics are recounted. */
        RECOUNT
    }

    /** Applies a {@code FigureDefined} event's definition, in the batch's transaction. */
    public Applied apply(FigureDefinition definition) {
        FigureRow row = em.find(FigureRow.class, definition.code());
        if (row != null && row.revision >= definition.revision()) {
            return Applied.STALE;
        }
        boolean recount = current().countsDifferently(definition);
        if (row == null) {
            row = new FigureRow();
            row.code = definition.code();
        }
        row.set(definition);
        row.stamp = ((Number) em.createNativeQuery("select nextval('figure_catalogue_stamp')").getSingleResult())
                .longValue();
        em.persist(row);
        em.flush(); // the next current() in this transaction reads it
        transaction.putResource(FigureCatalogue.class, Boolean.FALSE); // read again by the next current()
        return recount ? Applied.RECOUNT : Applied.KEPT;
    }

    /**
     * The catalogue in force (the built-in figures until definitions arrive): looked up once per transaction (a
     * read sums several places with it), read again only when its stamp changed.
     */
    @Transactional
    public Figures current() {
        if (transaction.getResource(FigureCatalogue.class) instanceof Figures seen) {
            return seen;
        }
        String stamp = stamp();
        Figures figures = held;
        if (!figures.stamp().equals(stamp)) {
            List<FigureDefinition> rows = em.createQuery("from FigureRow", FigureRow.class).getResultList().stream()
                    .map(FigureRow::definition).toList();
            figures = new Figures(rows, stamp);
            held = figures;
        }
        transaction.putResource(FigureCatalogue.class, figures);
        return figures;
    }

    /**
     * Names the catalogue's state: how many rows, their highest and summed stamps (every change takes a new
     * stamp, so any change, committed by any replica, gives another name). "0" before any definition arrived.
     */
    @Transactional
    public String stamp() {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), coalesce(max(stamp), 0), coalesce(sum(stamp), 0) "
                + "from figure_definition").getSingleResult();
        long count = ((Number) r[0]).longValue();
        return count == 0 ? "0" : count + "." + r[1] + "." + r[2];
    }
}
