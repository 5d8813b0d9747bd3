package vn.vhcs.registry;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A reporting round (đợt báo cáo), e.g. SO-KET-2022. */
@Entity
@Table(name = "reporting_round")
public class ReportingRound extends RegistryEntry {

    @Enumerated(EnumType.STRING)
    public RoundKind kind;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public LocalDate dueDate;
    public LocalDate closesOn;
    /** The codes of the figures the round asks for; null: the movement's standard set. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    public java.util.List<String> figures;

    /** Closed after its closing day: no submissions, revisions or withdrawals until reopened. */
    public boolean closedOn(LocalDate today) {
        return today.isAfter(closesOn);
    }
}
