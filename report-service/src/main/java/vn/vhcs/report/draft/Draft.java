package vn.vhcs.report.draft;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    public String agencyCode;
    public String roundCode;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int version;
    public String mediaType;
    /** The document's normalised text; evidence positions point into it. */
    public String text;
    /** The proposed report (contract v2) as JSON, as last edited. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;
    /** The report it became, once submitted. */
    public UUID reportId;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
}
