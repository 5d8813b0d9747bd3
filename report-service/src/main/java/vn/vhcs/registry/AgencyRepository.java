package vn.vhcs.registry;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.common.query.Where;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    /** In the database, what {@link Agency#validOn} says: validFrom ≤ :day ≤ validTo, open ends unbounded. */
    private static final String VALID_ON = "(validFrom is null or validFrom <= :%1$s) and (validTo is null or validTo >= :%1$s)";
    /** In the database, what {@link Agency#activeOn} says: valid on :today and validTo, if any, after it. */
    private static final String ACTIVE_ON = "(validFrom is null or validFrom <= :today) and (validTo is null or validTo > :today)";

    /**
     * Agencies matching every given filter, by code; with {@code updatedSince}, only those changed at
     * or after it, in the order they last changed (then by code).
     *
     * @param active whether active {@code today} (see {@link Agency#activeOn})
     * @param on a day they exist on (see {@link Agency#validOn})
     */
    public PanacheQuery<Agency> search(String province, AgencyKind kind, Boolean active, LocalDate on,
            java.time.Instant updatedSince, LocalDate today) {
        Where where = new Where().equal("provinceCode", province).equal("kind", kind);
        if (active != null) {
            where.and(active ? "(" + ACTIVE_ON + ")" : "not (" + ACTIVE_ON + ")", Map.of("today", today));
        }
        if (on != null) {
            where.and("(" + VALID_ON.formatted("on") + ")", Map.of("on", on));
        }
        if (updatedSince != null) {
            where.and("updatedAt >= :updatedSince", Map.of("updatedSince", updatedSince));
            return find(where.clause(), Sort.by("updatedAt").and("code"), where.params());
        }
        return find(where.clause(), Sort.by("code"), where.params());
    }

    /** Agency code → name, for the codes that are registered. */
    public java.util.Map<String, String> names(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            list("code in ?1", java.util.Set.copyOf(codes)).forEach(a -> names.put(a.code, a.name));
        }
        return names;
    }

    /**
     * The given codes and every agency whose chain of successors reaches one of them: a merged Sở's portal files the
     * reports of the Sở it absorbed, and of any that one had absorbed before.
     */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> withPredecessors(java.util.Collection<String> codes) {
        java.util.Set<String> covered = new java.util.TreeSet<>(codes);
        covered.addAll(getEntityManager().createNativeQuery("""
                with recursive covered(code) as (
                    select code from agency where code in (:codes)
                    union
                    select a.code from agency a join covered c on a.successor_code = c.code)
                select code from covered""", String.class).setParameter("codes", java.util.Set.copyOf(codes)).getResultList());
        return covered;
    }
}
