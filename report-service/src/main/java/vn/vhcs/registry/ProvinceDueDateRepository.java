package vn.vhcs.registry;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProvinceDueDateRepository implements PanacheRepositoryBase<ProvinceDueDate, ProvinceDueDate.Key> {

    public List<ProvinceDueDate> forRound(String round) {
        return list("key.roundCode = ?1 order by key.provinceCode", round);
    }

    /** The deadline in force for a province: its own, else the round's. */
    public LocalDate dueDate(ReportingRound round, String province) {
        ProvinceDueDate own = province == null ? null : findById(new ProvinceDueDate.Key(round.code, province));
        return vn.vhcs.contract.rules.Deadlines.dueDate(round.dueDate, own == null ? null : own.dueDate);
    }
}
