package vn.vhcs.registry;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public PanacheQuery<Agency> search(String province) {
        return province == null
                ? findAll(Sort.by("code"))
                : find("provinceCode", Sort.by("code"), province);
    }
}
