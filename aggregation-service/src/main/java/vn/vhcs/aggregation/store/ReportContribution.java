package vn.vhcs.aggregation.store;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vhcs.contract.ReportStatus;

/** What one report currently contributes: the state of its latest applied version. */
@Entity
@Table(name = "report_contribution")
public class ReportContribution {

    @Id
    public UUID reportId;
    public int version;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    public String agencyCode;
    public String roundCode;
    public String provinceCode;
    public Instant updatedAt;
    /** The {@link vn.vhcs.contract.ReportState} of that version, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;
}
