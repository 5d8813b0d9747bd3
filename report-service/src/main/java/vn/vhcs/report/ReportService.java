package vn.vhcs.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.exception.ConstraintViolationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.contract.ReportEvent;
import vn.vhcs.contract.ReportEventType;
import vn.vhcs.contract.Topics;
import vn.vhcs.registry.Agency;
import vn.vhcs.registry.AgencyRepository;
import vn.vhcs.registry.ProvinceRepository;
import vn.vhcs.registry.ReportingRound;
import vn.vhcs.registry.RoundRepository;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.outbox.Outbox;

/** The report lifecycle; every change is stored together with its event in one transaction. */
@ApplicationScoped
public class ReportService {

    /** Deadlines are Vietnamese calendar days. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportRepository reports;
    private final AgencyRepository agencies;
    private final RoundRepository rounds;
    private final ProvinceRepository provinces;
    private final ReportMapper mapper;
    private final Outbox outbox;

    public ReportService(ReportRepository reports, AgencyRepository agencies, RoundRepository rounds,
            ProvinceRepository provinces, ReportMapper mapper, Outbox outbox) {
        this.reports = reports;
        this.agencies = agencies;
        this.rounds = rounds;
        this.provinces = provinces;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    @Transactional
    public Report submit(ReportRequest request) {
        Agency agency = agencies.findByIdOptional(request.agencyCode())
                .orElseThrow(() -> unprocessable("agencyCode", "no agency has code " + request.agencyCode()));
        if (!agency.active) {
            throw unprocessable("agencyCode", "agency " + agency.code + " is deactivated");
        }
        ReportingRound round = rounds.findByIdOptional(request.roundCode())
                .orElseThrow(() -> unprocessable("roundCode", "no round has code " + request.roundCode()));
        if (provinces.validOn(agency.provinceCode, round.periodEnd).isEmpty()) {
            throw unprocessable("agencyCode", "the agency's province " + agency.provinceCode
                    + " did not exist at the end of the round's period (" + round.periodEnd + ")");
        }
        List<FieldError> broken = ReportRules.check(request, round);
        if (!broken.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The report breaks " + broken.size() + " rule(s)", broken);
        }
        reports.forAgencyAndRound(agency.code, round.code).ifPresent(existing -> {
            throw alreadyReported(existing.id);
        });

        Instant now = Instant.now();
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.agencyCode = agency.code;
        report.roundCode = round.code;
        report.provinceCode = agency.provinceCode;
        report.version = 1;
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = now;
        report.updatedAt = now;
        report.onTime = !LocalDate.ofInstant(now, VIETNAM).isAfter(round.dueDate);
        report.body = mapper.toBody(request);
        try {
            reports.persist(report);
            reports.flush();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                // a concurrent submission for the same agency and round won the race
                throw new ProblemException(ProblemType.CONFLICT, "This agency has already reported for this round");
            }
            throw e;
        }
        publish(report, request, agency, ReportEventType.ReportSubmitted);
        return report;
    }

    private void publish(Report report, ReportRequest document, Agency agency, ReportEventType type) {
        UUID eventId = UUID.randomUUID();
        String correlation = RequestIds.current();
        ReportEvent event = new ReportEvent(eventId, type, ReportEvent.SCHEMA_VERSION, report.updatedAt, report.id,
                report.version, correlation, mapper.state(report, document, agency.kind));
        outbox.enqueue(eventId, Topics.REPORT_EVENTS, report.id.toString(), type.name(), event, correlation);
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, "The report names something the registry does not have",
                List.of(new FieldError(field, message)));
    }

    private static ProblemException alreadyReported(UUID existing) {
        String location = "/api/v1/reports/" + existing;
        return new ProblemException(ProblemType.CONFLICT,
                "This agency has already reported for this round: revise " + location + " with PUT instead",
                List.of(), Map.of("Location", location));
    }
}
