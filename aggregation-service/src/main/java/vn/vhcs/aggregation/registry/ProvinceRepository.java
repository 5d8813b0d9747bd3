package vn.vhcs.aggregation.registry;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, Province.Key> {

    public List<Province> byCode(String code) {
        return list("key.code = ?1 order by key.validFrom", code);
    }
}
