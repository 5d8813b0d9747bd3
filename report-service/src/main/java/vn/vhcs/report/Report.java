package vn.vhcs.report;

import vn.vhcs.contract.ReportStatus;
import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import vn.vhcs.report.api.ReportRequest;

/** The current state of one agency's report for one round. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;
    public String agencyCode;
    public String roundCode;
    /** The province the agency filed under, as of the round's period end. */
    public String provinceCode;
    public int version;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    /** First submission; decides {@code onTime}. */
    public Instant submittedAt;
    public Instant updatedAt;
    /** The validated, normalised document (contract v2) ({@link vn.vhcs.report.api.ReportRequest}) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    /** The board's decision standing on the report ({@link vn.vhcs.contract.ReviewDecision}), null when none. */
    public String reviewDecision;
    public String reviewComment;
    public String reviewedBy;
    public Instant reviewedAt;
    public Integer reviewedVersion;

    /** Whether the board's standing decision is to send it back to the agency. */
    public boolean returned() {
        return vn.vhcs.contract.ReviewDecision.RETURNED.name().equals(reviewDecision);
    }

    /** A new version (revision, withdrawal, resubmission) is to be reviewed again. */
    public void clearReview() {
        reviewDecision = null;
        reviewComment = null;
        reviewedBy = null;
        reviewedAt = null;
        reviewedVersion = null;
    }

    /**
     * The document {@link #body} was written from, while this instance lives (one request): the
     * answer and the event are made from it instead of parsing the body back.
     */
    @Transient
    ReportRequest written;
    /** The body {@link #written} gave; when {@link #body} is another string, {@link #written} is stale. */
    @Transient
    String writtenBody;
    /** Whether {@link #written} is on time, as found when its event was written. */
    @Transient
    Boolean writtenOnTime;
    /** The figures {@link #written} states, as found for its event (its answer carries them too). */
    @Transient
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> writtenFigures;
}
