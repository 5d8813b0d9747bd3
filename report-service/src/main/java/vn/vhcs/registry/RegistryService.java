package vn.vhcs.registry;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
    private final RegistryEvents events;

    public RegistryService(AgencyRepository agencies, RoundRepository rounds, ProvinceRepository provinces,
            RegistryEvents events) {
        this.agencies = agencies;
        this.rounds = rounds;
        this.provinces = provinces;
        this.events = events;
    }

    public record Saved<T>(T entity, boolean created) {
    }

    @Transactional
    public Saved<Agency> putAgency(String code, AgencyRequest request) {
        if (provinces.byCode(request.provinceCode()).isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Unknown province",
                    List.of(new FieldError("provinceCode", "no province has code " + request.provinceCode())));
        }
        if (request.parentCode() != null) {
            if (request.parentCode().equals(code)) {
                throw ProblemException.invalid("parentCode", "an agency cannot be its own parent");
            }
            if (agencies.findByIdOptional(request.parentCode()).isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Unknown parent agency",
                        List.of(new FieldError("parentCode", "no agency has code " + request.parentCode())));
            }
        }
        Instant now = Instant.now();
        Agency agency = agencies.findByIdOptional(code).orElse(null);
        boolean created = agency == null;
        if (created) {
            agency = new Agency();
            agency.code = code;
            agency.createdAt = now;
            agency.active = true;
            agency.revision = 0;
        }
        agency.name = request.name();
        agency.kind = request.kind();
        agency.provinceCode = request.provinceCode();
        agency.parentCode = request.parentCode();
        agency.revision++;
        agency.updatedAt = now;
        if (created) {
            agencies.persist(agency);
        }
        events.agency(agency);
        return new Saved<>(agency, created);
    }

    @Transactional
    public Saved<ReportingRound> putRound(String code, RoundRequest request) {
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ProblemException.invalid("periodEnd", "must not be before periodStart");
        }
        if (request.dueDate().isBefore(request.periodStart())) {
            throw ProblemException.invalid("dueDate", "must not be before periodStart");
        }
        if (request.closesOn().isBefore(request.dueDate())) {
            throw ProblemException.invalid("closesOn", "must not be before dueDate");
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
        if (created) {
            rounds.persist(round);
        }
        events.round(round);
        return new Saved<>(round, created);
    }
}
