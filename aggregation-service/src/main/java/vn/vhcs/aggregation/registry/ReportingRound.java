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
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    public long revision;
}
