package vn.vhcs.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.registry.api.AgencyRequest;
import vn.vhcs.registry.api.RoundRequest;

/** Writes to the registry; each change and its registry event commit together. */
@ApplicationScoped
public class RegistryService {

    private final AgencyRepository agencies;
    private final RoundRepository rounds;
    private final ProvinceRepository provinces;
    private final ProvinceDueDateRepository dueDates;
    private final RegistryEvents events;

    public RegistryService(AgencyRepository agencies, RoundRepository rounds, ProvinceRepository provinces,
            ProvinceDueDateRepository dueDates, RegistryEvents events) {
        this.agencies = agencies;
        this.rounds = rounds;
        this.provinces = provinces;
        this.dueDates = dueDates;
        this.events = events;
    }

    public record Saved<T>(T entity, boolean created) {
    }

    /** Creates or replaces an agency; a replaced agency is active again. */
    @Transactional
    public Saved<Agency> putAgency(String code, AgencyRequest request) {
        if (provinces.byCode(request.provinceCode()).isEmpty()) {
            throw unprocessable("provinceCode", Messages.get("agency.province.unknown", request.provinceCode()));
        }
        if (request.parentCode() != null) {
            if (request.parentCode().equals(code)) {
                throw ProblemException.invalid("parentCode", "agency.parent.self");
            }
            if (agencies.findByIdOptional(request.parentCode()).isEmpty()) {
                throw unprocessable("parentCode", Messages.get("agency.parent.unknown", request.parentCode()));
            }
        }
        Instant now = Instant.now();
        Agency agency = agencies.findByIdOptional(code).orElse(null);
        boolean created = agency == null;
        if (created) {
            agency = new Agency();
            agency.code = code;
            agency.createdAt = now;
            agency.revision = 0;
        }
        agency.name = request.name();
        agency.kind = request.kind();
        agency.provinceCode = request.provinceCode();
        agency.parentCode = request.parentCode();
        agency.active = true;
        agency.revision++;
        agency.updatedAt = now;
        agencies.persist(agency);
        events.agency(agency);
        return new Saved<>(agency, created);
    }

    /** Deactivates an agency: kept with its reports, no longer expected to report. */
    @Transactional
    public Agency deactivate(String code) {
        Agency agency = agencies.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("agency", code));
        if (agency.active) {
            agency.active = false;
            agency.revision++;
            agency.updatedAt = Instant.now();
            events.agency(agency);
        }
        return agency;
    }

    @Transactional
    public Saved<ReportingRound> putRound(String code, RoundRequest request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.invalid("periodEnd", "round.period-end.before");
        }
        if (request.dueDate().isBefore(request.periodStart())) {
            throw ProblemException.invalid("dueDate", "round.due-date.before");
        }
        if (request.closesOn().isBefore(request.dueDate())) {
            throw ProblemException.invalid("closesOn", "round.closes-on.before");
        }
        Instant now = Instant.now();
        ReportingRound round = rounds.findByIdOptional(code).orElse(null);
        boolean created = round == null;
        if (created) {
            round = new ReportingRound();
            round.code = code;
            round.createdAt = now;
            round.revision = 0;
        }
        round.kind = request.kind();
        round.periodStart = request.periodStart();
        round.periodEnd = request.periodEnd();
        round.dueDate = request.dueDate();
        round.closesOn = request.closesOn();
        round.revision++;
        round.updatedAt = now;
        rounds.persist(round);
        events.round(round, dueDates.forRound(code));
        return new Saved<>(round, created);
    }

    /** Sets a province's own deadline for a round (its Sở Nội vụ decides it). */
    @Transactional
    public Saved<ProvinceDueDate> putProvinceDueDate(String roundCode, String province, LocalDate dueDate) {
        ReportingRound round = rounds.findByIdOptional(roundCode)
                .orElseThrow(() -> ProblemException.notFound("round", roundCode));
        if (provinces.byCode(province).isEmpty()) {
            throw ProblemException.notFound("province", province);
        }
        if (dueDate.isBefore(round.periodStart)) {
            throw ProblemException.invalid("dueDate", "round.due-date.before");
        }
        ProvinceDueDate.Key key = new ProvinceDueDate.Key(roundCode, province);
        ProvinceDueDate row = dueDates.findByIdOptional(key).orElse(null);
        boolean created = row == null;
        if (created) {
            row = new ProvinceDueDate();
            row.key = key;
        }
        row.dueDate = dueDate;
        row.updatedAt = Instant.now();
        dueDates.persist(row);
        round.revision++;
        round.updatedAt = row.updatedAt;
        dueDates.flush();
        events.round(round, dueDates.forRound(roundCode));
        return new Saved<>(row, created);
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("problem.detail.registry"),
                List.of(new FieldError(field, message)));
    }
}
