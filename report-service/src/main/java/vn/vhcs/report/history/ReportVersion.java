package vn.vhcs.report.history;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.vhcs.contract.ReportStatus;

/** One version of a report in its audit trail. */
@Entity
@Table(name = "report_version")
public class ReportVersion {

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    /** The officer (her username) or else the API client that made this version. */
    public String actedBy;
    /** The OIDC client an officer acted through; null for an API key. */
    public String actedThrough;
    public Instant actedAt;
    /** Top-level fields of the document that differ from the previous version, comma-separated. */
    public String changedFields;
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    /** For a board's decision: ACCEPTED or RETURNED, and its comment. */
    public String decision;
    public String reviewComment;

    @Embeddable
    public record Key(UUID reportId, int version) implements Serializable {
    }
}
