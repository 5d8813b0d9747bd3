package vn.vhcs.figures;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FigureRepository implements PanacheRepositoryBase<CatalogueFigure, String> {

    /**
     * Whether a stored report states the figure: under {@code figures} by its code, or at its v2 field
     * ({@code alias}, dotted) for a built-in one.
     */
    public boolean used(String code, String alias) {
        String path = alias == null ? null : "{" + alias.replace('.', ',') + "}";
        Object found = getEntityManager().createNativeQuery("select exists(select 1 from report "
                + "where jsonb_exists(body -> 'figures', :code) "
                + "or (cast(:path as text[]) is not null and body #> cast(:path as text[]) is not null "
                + "and body #> cast(:path as text[]) <> 'null'::jsonb))")
                .setParameter("code", code).setParameter("path", path).getSingleResult();
        return Boolean.TRUE.equals(found);
    }
}
