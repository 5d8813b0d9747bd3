package vn.vhcs.aggregation.store;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StatisticsCellRepository implements PanacheRepositoryBase<StatisticsCell, StatisticsCell.Key> {

    /** The cells of a round in these provinces (all of the round's when {@code provinces} is null). */
    public List<StatisticsCell> of(String round, Collection<String> provinces) {
        if (provinces == null) {
            return list("key.roundCode = ?1", round);
        }
        return provinces.isEmpty() ? List.of() : list("key.roundCode = ?1 and key.provinceCode in ?2", round, provinces);
    }

    /** A cell's figures, as a read needs them. */
    public record Figures(String province, String kind, String bloc, Tally figures, java.time.Instant updatedAt) {
    }

    /** The figures of a round's cells in these provinces (all of the round's when null), without managing them. */
    public List<Figures> figuresOf(String round, Collection<String> provinces) {
        if (provinces != null && provinces.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createQuery("select c.key.provinceCode, c.key.agencyKind, c.key.blocCode, c.figures, "
                + "c.updatedAt from StatisticsCell c where c.key.roundCode = :round"
                + (provinces == null ? "" : " and c.key.provinceCode in :provinces"),
                Object[].class).setParameter("round", round);
        if (provinces != null) {
            query.setParameter("provinces", provinces);
        }
        return query.getResultList().stream().map(r -> new Figures((String) r[0], (String) r[1], (String) r[2],
                Tally.fromJson((String) r[3]), (java.time.Instant) r[4])).toList();
    }

    /** The revisions of the total rows of a round in these provinces (all when null), as "province:revision". */
    public List<String> revisions(String round, Collection<String> provinces) {
        if (provinces != null && provinces.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createQuery("select c.key.provinceCode, c.revision from StatisticsCell c "
                + "where c.key.roundCode = :round and c.key.agencyKind = '*'"
                + (provinces == null ? "" : " and c.key.provinceCode in :provinces") + " order by c.key.provinceCode",
                Object[].class).setParameter("round", round);
        if (provinces != null) {
            query.setParameter("provinces", provinces);
        }
        return query.getResultList().stream().map(r -> r[0] + ":" + r[1]).toList();
    }

    /**
     * In one query: whether the round and (unless null) the province are known, and the revisions of
     * the round's total rows in that province (every province when null), as "province:revision"
     * in province order; null when the round is unknown.
     */
    public Revisions revisionsOf(String round, String province) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select exists(select 1 from province p where "
                + "p.code = cast(?2 as varchar)), (select string_agg(c.province_code || ':' || c.revision, ',' order by "
                + "c.province_code) from statistics_cell c where c.round_code = r.code and c.agency_kind = '*' and "
                + "(cast(?2 as varchar) is null or c.province_code = cast(?2 as varchar))) from reporting_round r "
                + "where r.code = ?1").setParameter(1, round).setParameter(2, province).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return new Revisions(Boolean.TRUE.equals(rows.get(0)[0]), rows.get(0)[1] == null ? "" : (String) rows.get(0)[1]);
    }

    /** What {@link #revisionsOf} found: the province is known; the revisions, comma-separated. */
    public record Revisions(boolean provinceKnown, String joined) {
    }

    public long nextRevision() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('statistics_revision')").getSingleResult())
                .longValue();
    }

    /**
     * Holds the (round, province) until the transaction ends: its cells are changed by one
     * transaction at a time, whichever replica applies it.
     */
    public void lock(String round, String province) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, round).setParameter(2, province).getSingleResult();
    }
}
