package vn.vhcs.report.draft;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A report proposed from an agency's document, with the document's text and the evidence of each field. */
@Entity
@Table(name = "draft")
public class Draft {

    public enum Status {
        OPEN, SUBMITTED
    }

    @Id
    public UUID id;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "round_code")
    public String roundCode;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int version;
    @Column(name = "media_type")
    public String mediaType;
    /** The document's normalised text; evidence positions point into it. */
    public String text;
    /** The proposed report (contract v2) as JSON, as last edited. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;
    /** The report it became, once submitted. */
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
