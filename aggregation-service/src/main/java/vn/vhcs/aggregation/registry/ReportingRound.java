package vn.vhcs.aggregation.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Copy of a report-service round, from registry-events. */
@Entity
@Table(name = "reporting_round")
public class ReportingRound {

    @Id
    public String code;
    public String kind;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public LocalDate dueDate;
    public LocalDate closesOn;
    public long revision;
    /** The codes of the figures the round asks for, a JSON array; null: the movement's standard set. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String figures;

    /** {@link #figures} read; null for the standard set. */
    public java.util.List<String> figureCodes() {
        return figures == null ? null : java.util.List.of(vn.vhcs.contract.EventCodec.fromJson(figures, String[].class));
    }

    /** Province code → that province's own deadline. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "round_province_due_date",
            joinColumns = @jakarta.persistence.JoinColumn(name = "round_code"))
    @jakarta.persistence.MapKeyColumn(name = "province_code")
    @Column(name = "due_date")
    public java.util.Map<String, LocalDate> provinceDueDates = new java.util.HashMap<>();

    /** The deadline in force for a province. */
    public LocalDate dueDate(String province) {
        return vn.vhcs.contract.rules.Deadlines.dueDate(dueDate, provinceDueDates.get(province));
    }
}
