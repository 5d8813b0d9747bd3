package vn.vhcs.report;

import vn.vhcs.contract.ReportStatus;
import vn.vhcs.contract.rules.Deadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.exception.ConstraintViolationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.contract.ReportEvent;
import vn.vhcs.contract.ReportEventType;
import vn.vhcs.contract.Topics;
import vn.vhcs.registry.Agency;
import vn.vhcs.registry.AgencyRepository;
import vn.vhcs.registry.ProvinceDueDateRepository;
import vn.vhcs.registry.ProvinceRepository;
import vn.vhcs.registry.ReportingRound;
import vn.vhcs.registry.RoundRepository;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportView;
import vn.vhcs.report.history.ReportHistory;
import vn.vhcs.outbox.Outbox;

/**
 * The report lifecycle: submit, revise, withdraw, submit again. Every change is stored with its
 * version in the audit trail and its event in the outbox, in one transaction.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ReportService {

    /** Deadlines and closing days are Vietnamese calendar days. */

    private final ReportRepository reports;
    private final AgencyRepository agencies;
    private final RoundRepository rounds;
    private final ProvinceRepository provinces;
    private final ProvinceDueDateRepository dueDates;
    private final ReportMapper mapper;
    private final ReportHistory history;
    private final Outbox outbox;
    private final vn.vhcs.registry.lock.ProvinceLocks locks;
    private final vn.vhcs.registry.AgencyStateRepository agencyStates;
    private final ReportFigures figures;
    private final Map<String, Boolean> provinceExisted = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param created false when a withdrawn report was submitted again as a new version */
    public record Submitted(Report report, boolean created) {
    }

    /** @param request a body already judged by {@link #rules} (the resource's one answer), not judged again here */
    @Transactional
    public Submitted submit(ReportRequest judged, Caller caller) {
        ReportRequest request = figures.aliased(judged); // stored with one place for each fact
        Agency agency = agencies.findByIdOptional(request.agencyCode())
                .orElseThrow(() -> unprocessable("agencyCode", Messages.get("report.agency.unknown", request.agencyCode())));
        ReportingRound round = rounds.findByIdOptional(request.roundCode())
                .orElseThrow(() -> unprocessable("roundCode", Messages.get("report.round.unknown", request.roundCode())));
        // a round takes the reports of every agency that existed during its period, one dissolved since included
        if (!agency.livedDuring(round.periodStart, round.periodEnd)) {
            throw unprocessable("agencyCode", Messages.get("report.agency.not-during",
                    agency.code, round.periodStart.toString(), round.periodEnd.toString()));
        }
        // the round reads the agency as it was at the period's end (or on its last day, if dissolved before)
        LocalDate lastDay = agency.lastDayWithin(round.periodEnd);
        // read once: the province here, the agency's kind in the event
        vn.vhcs.registry.AgencyState state = stateFor(agency, round);
        String province = state.provinceCode;
        if (province != null && !provinceExisted(province, lastDay)) { // a central body has none
            throw unprocessable("agencyCode", Messages.get("report.province.gone", province, lastDay.toString()));
        }
        if (province != null && lastDay.isBefore(round.periodEnd) && !provinceExisted(province, round.periodEnd)) {
            // dissolved before the period's end, in a province merged away since: the round counts it in the
            // province that took its own over (a Bình Phước Sở gone on 30/6/2025 files its tổng kết in Đồng Nai)
            String from = province;
            province = provinces.validOn(from, lastDay).map(p -> p.successorCode).filter(java.util.Objects::nonNull)
                    .orElse(from);
        }
        // the portal of its province then, or of the one it is in now (a moved agency files its old rounds)
        if (!caller.actsFor(agency.code, province) && !caller.actsFor(agency.code, agency.provinceCode)) {
            throw forbidden();
        }
        checkOpen(round);
        locks.checkOpen(round.code, province);
        checkReceivedOn(request, null, caller);

        Instant now = Instant.now();
        Report existing = reports.forAgencyAndRound(agency.code, round.code, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (existing != null && existing.status != ReportStatus.WITHDRAWN) {
            throw alreadyReported(existing.id);
        }
        if (existing != null) {
            // a withdrawn report comes back as its next version; its first submission stays
            String before = existing.body;
            existing.version++;
            existing.status = ReportStatus.SUBMITTED;
            existing.updatedAt = now;
            existing.clearReview();
            mapper.write(existing, request);
            history.record(existing, before, true, caller, now);
            publish(existing, request, round, state, ReportEventType.ReportSubmitted);
            return new Submitted(existing, false);
        }
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.agencyCode = agency.code;
        report.roundCode = round.code;
        report.provinceCode = province;
        report.version = 1;
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = now;
        report.updatedAt = now;
        mapper.write(report, request);
        try {
            reports.persist(report);
            reports.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // a concurrent submission for the same agency and round won the race
                throw new ProblemException(ProblemType.CONFLICT, Messages.get("report.duplicate", "?"));
            }
            throw e;
        }
        history.record(report, null, false, caller, now);
        publish(report, request, round, state, ReportEventType.ReportSubmitted);
        return new Submitted(report, true);
    }

    @Transactional
    public Report revise(UUID id, ReportRequest judged, String ifMatch, Caller caller) {
        ReportRequest request = figures.aliased(judged);
        Report report = lockedForChange(id, ifMatch, caller);
        if (!report.agencyCode.equals(request.agencyCode())) {
            throw unprocessable("agencyCode", Messages.get("report.immutable", report.agencyCode));
        }
        if (!report.roundCode.equals(request.roundCode())) {
            throw unprocessable("roundCode", Messages.get("report.immutable", report.roundCode));
        }
        if (report.status == ReportStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("report.withdrawn"));
        }
        ReportingRound round = rounds.findById(report.roundCode);
        checkOpen(round);
        locks.checkOpen(report.roundCode, report.provinceCode);
        LocalDate receivedOn = mapper.document(report).receivedOn();
        checkReceivedOn(request, receivedOn, caller);
        if (request.receivedOn() == null && receivedOn != null && caller.role() != vn.vhcs.common.security.Role.ADMIN) {
            request = request.withReceivedOn(receivedOn); // a portal's revision keeps the day the board set
        }
        Instant now = Instant.now();
        String before = report.body;
        report.version++;
        // a report the board returned is submitted again by the agency's revision
        boolean resubmitted = report.returned();
        report.status = resubmitted ? ReportStatus.SUBMITTED : ReportStatus.REVISED;
        report.clearReview();
        report.updatedAt = now;
        mapper.write(report, request);
        history.record(report, before, resubmitted, caller, now);
        publish(report, request, round, ReportEventType.ReportRevised);
        return report;
    }

    @Transactional
    public Report withdraw(UUID id, String ifMatch, Caller caller) {
        Report report = lockedForChange(id, ifMatch, caller);
        if (report.status == ReportStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("report.already-withdrawn"));
        }
        ReportingRound round = rounds.findById(report.roundCode);
        checkOpen(round);
        locks.checkOpen(report.roundCode, report.provinceCode);
        Instant now = Instant.now();
        report.version++;
        report.status = ReportStatus.WITHDRAWN;
        report.clearReview();
        report.updatedAt = now;
        history.record(report, report.body, true, caller, now);
        publish(report, mapper.document(report), round, ReportEventType.ReportWithdrawn);
        return report;
    }

    /** The report as answered: its stored document, and whether it is on time. */
    public ReportView view(Report report) {
        ReportRequest document = mapper.document(report);
        return mapper.view(report, document, onTime(report, document));
    }

    /** Whether the report reached the board (first submission, or receivedOn) by the province's deadline. */
    public boolean onTime(Report report, ReportRequest document) {
        return onTime(report, document, () -> rounds.findById(report.roundCode));
    }

    /** @param round the report's round, read only when the answer is not known yet */
    private boolean onTime(Report report, ReportRequest document, java.util.function.Supplier<ReportingRound> round) {
        if (report.writtenOnTime != null && document == report.written) {
            return report.writtenOnTime; // found when this request wrote its event
        }
        boolean onTime = Deadlines.onTime(report.submittedAt, document.receivedOn(),
                dueDates.dueDate(round.get(), report.provinceCode));
        if (document == report.written) {
            report.writtenOnTime = onTime;
        }
        return onTime;
    }

    /**
     * Whether the province existed on that day. Provinces change only by migration (never through
     * the API), so the answer is kept: a few dozen codes times the rounds' period ends.
     */
    private boolean provinceExisted(String code, LocalDate day) {
        return provinceExisted.computeIfAbsent(code + "@" + day, k -> provinces.validOn(code, day).isPresent());
    }

    /** Only an admin sets receivedOn; anyone may send back the value a report already has. */
    private static void checkReceivedOn(ReportRequest request, LocalDate current, Caller caller) {
        if (request.receivedOn() != null && caller.role() != vn.vhcs.common.security.Role.ADMIN
                && !request.receivedOn().equals(current)) {
            String message = Messages.get("report.received-on.admin");
            throw new ProblemException(ProblemType.FORBIDDEN, message, List.of(new FieldError("receivedOn", message)));
        }
    }

    private Report lockedForChange(UUID id, String ifMatch, Caller caller) {
        Report report = reports.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("report", id.toString()));
        if (!caller.actsFor(report.agencyCode, report.provinceCode)) {
            throw forbidden(); // a write out of scope is refused as such; reads out of scope are 404
        }
        checkIfMatch(ifMatch, report);
        return report;
    }

    /** A change names the version it was made on: none answers 428, another than the current 412 (with its ETag). */
    public static void checkIfMatch(String ifMatch, Report report) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Messages.get("report.if-match.required"));
        }
        if (!matches(ifMatch, report.version)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    Messages.get("report.if-match.stale", report.version), List.of(),
                    Map.of("ETag", "\"" + report.version + "\""));
        }
    }

    /** RFC 9110 If-Match: a list of entity tags or {@code *}; weak tags never match. */
    private static boolean matches(String ifMatch, int version) {
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals("\"" + version + "\"")) {
                return true;
            }
        }
        return false;
    }

    private void checkOpen(ReportingRound round) {
        if (round.closedOn(LocalDate.now(Deadlines.VIETNAM))) {
            throw new ProblemException(ProblemType.ROUND_CLOSED,
                    Messages.get("report.round.closed", round.code, round.closesOn.toString()),
                    List.of(new FieldError("roundCode", Messages.get("report.round.closed", round.code,
                            round.closesOn.toString()))));
        }
    }

    /**
     * The rules of a body that relate its fields to each other or to its round (the round it names,
     * when known), for the one answer that lists every broken rule of the body. Null parts (absent,
     * or left out for breaking a rule of their own) are skipped.
     */
    public List<FieldError> rules(ReportRequest request) {
        ReportingRound round = request.roundCode() == null ? null
                : rounds.findByIdOptional(request.roundCode()).orElse(null);
        return figures.check(request, round);
    }

    /** Writes the event of a change that left the document as stored (a withdrawal, a review). */
    public void publish(Report report, ReportEventType type) {
        publish(report, mapper.document(report), rounds.findById(report.roundCode), type);
    }

    private void publish(Report report, ReportRequest document, ReportingRound round, ReportEventType type) {
        publish(report, document, round, stateFor(agencies.findById(report.agencyCode), round), type);
    }

    /**
     * Writes the report's event (its whole state) to the outbox, in the caller's transaction; the round and the
     * agency's state for it are those the change already read (the event carries the agency's kind then).
     */
    private void publish(Report report, ReportRequest document, ReportingRound round, vn.vhcs.registry.AgencyState state,
            ReportEventType type) {
        UUID eventId = UUID.randomUUID();
        String correlation = RequestIds.current();
        boolean onTime = onTime(report, document, () -> round);
        ReportEvent event = new ReportEvent(eventId, type, ReportEvent.SCHEMA_VERSION, report.updatedAt, report.id,
                report.version, correlation, mapper.state(report, document, state.kind, onTime));
        outbox.enqueue(eventId, Topics.REPORT_EVENTS, report.id.toString(), type.name(), event, correlation);
    }

    /** The agency as the round reads it: its state at the period's end, or on its last day if dissolved before. */
    private vn.vhcs.registry.AgencyState stateFor(Agency agency, ReportingRound round) {
        return agencyStates.on(agency.code, agency.lastDayWithin(round.periodEnd)).orElseThrow().state();
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("problem.detail.registry"),
                List.of(new FieldError(field, message)));
    }

    private static ProblemException alreadyReported(UUID existing) {
        String location = "/api/v1/reports/" + existing;
        return new ProblemException(ProblemType.CONFLICT, Messages.get("report.duplicate", location), List.of(),
                Map.of("Location", location));
    }
}
