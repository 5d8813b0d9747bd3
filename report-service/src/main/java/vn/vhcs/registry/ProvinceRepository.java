package vn.vhcs.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, Province.Key> {

    public List<Province> byCode(String code) {
        return list("key.code = ?1 order by key.validFrom", code);
    }

    /** The province that had this code on that day. */
    public Optional<Province> validOn(String code, LocalDate day) {
        return byCode(code).stream().filter(p -> p.validOn(day)).findFirst();
    }

    /** The province with this code valid on {@code day}, else its most recent one. */
    public Optional<Province> current(String code, LocalDate day) {
        List<Province> all = byCode(code);
        return all.stream().filter(p -> p.validOn(day)).findFirst()
                .or(() -> all.stream().max(Comparator.comparing(p -> p.key.validFrom())));
    }

    public List<Province> unpublished() {
        return list("published = false order by key.code, key.validFrom");
    }
}
