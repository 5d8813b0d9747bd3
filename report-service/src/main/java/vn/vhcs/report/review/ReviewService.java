package vn.vhcs.report.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.contract.ReportEventType;
import vn.vhcs.contract.ReportStatus;
import vn.vhcs.contract.ReviewDecision;
import vn.vhcs.registry.lock.ProvinceLocks;
import vn.vhcs.report.Report;
import vn.vhcs.report.ReportRepository;
import vn.vhcs.report.ReportService;
import vn.vhcs.report.history.ReportHistory;

/**
 * The province board's decision on a report: a version of its own (If-Match on the version
 * reviewed), in the audit trail with its comment, and carried by a ReportRevised event whose state
 * holds the review, so that aggregation counts accepted reports on write.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ReviewService {

    private final ReportRepository reports;
    private final ReportService service;
    private final ReportHistory history;
    private final ProvinceLocks locks;

    /** What breaks the rules of a decision beyond its fields' own: a return says what to correct. */
    public static List<FieldError> rules(ReviewRequest request) {
        if (request.decision() == ReviewDecision.RETURNED && (request.comment() == null || request.comment().isBlank())) {
            return List.of(new FieldError("comment", Messages.get("review.comment.required")));
        }
        return List.of();
    }

    @Transactional
    public Report review(UUID id, ReviewRequest request, String ifMatch, Caller caller) {
        Report report = reports.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("report", id.toString()));
        if (!caller.reads(report.agencyCode, report.provinceCode)) {
            throw ProblemException.notFound("report", id.toString()); // no existence leaks to other provinces
        }
        if (!caller.admin() && !caller.boards(report.provinceCode)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
        ReportService.checkIfMatch(ifMatch, report);
        if (report.status == ReportStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("review.withdrawn"));
        }
        locks.checkOpen(report.roundCode, report.provinceCode);
        Instant now = Instant.now();
        report.reviewedVersion = report.version;
        report.version++;
        report.reviewDecision = request.decision().name();
        report.reviewComment = request.comment() == null || request.comment().isBlank() ? null : request.comment();
        report.reviewedBy = caller.actor();
        report.reviewedAt = now;
        report.updatedAt = now;
        history.recordReview(report, caller, now);
        service.publish(report, ReportEventType.ReportRevised);
        return report;
    }
}
