package vn.vhcs.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.registry.api.AgencyRequest;
import vn.vhcs.registry.api.RoundRequest;

/** Writes to the registry; each change and its registry event commit together. */
@ApplicationScoped
@RequiredArgsConstructor
public class RegistryService {

    private static final Logger LOG = Logger.getLogger(RegistryService.class);

    private final AgencyRepository agencies;
    private final AgencyStateRepository states;
    private final RoundRepository rounds;
    private final ProvinceRepository provinces;
    private final ProvinceDueDateRepository dueDates;
    private final RegistryEvents events;

    public record Saved<T>(T entity, boolean created) {
    }

    /**
     * Provinces arrive by Flyway migration, not through the API: at start-up every province not yet
     * announced gets its registry event, in the same transaction that marks it announced.
     */
    @Transactional
    void announceNewProvinces(@Observes StartupEvent startup) {
        // Locking the rows keeps two replicas starting together from both announcing them.
        var pending = provinces.find("published = false").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Province p : pending) {
            events.province(p);
            p.published = true;
        }
        if (!pending.isEmpty()) {
            LOG.infof("Announced %d provinces on registry-events", pending.size());
        }
    }

    /**
     * Creates or replaces an agency with everything the request says (a replaced agency without
     * validTo is active again). Every broken rule is answered at once: 400 for the request's own
     * rules, else 422 for what the registry does not have.
     */
    @Transactional
    public Saved<Agency> putAgency(String code, AgencyRequest request) {
        List<FieldError> invalid = agencyRules(code, request);
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", invalid.size()),
                    invalid);
        }
        List<FieldError> unknown = new ArrayList<>();
        if (request.provinceCode() != null && provinces.byCode(request.provinceCode()).isEmpty()) {
            unknown.add(new FieldError("provinceCode", Messages.get("agency.province.unknown", request.provinceCode())));
        }
        if (request.parentCode() != null && agencies.findByIdOptional(request.parentCode()).isEmpty()) {
            unknown.add(new FieldError("parentCode", Messages.get("agency.parent.unknown", request.parentCode())));
        }
        if (request.successorCode() != null && agencies.findByIdOptional(request.successorCode()).isEmpty()) {
            unknown.add(new FieldError("successorCode", Messages.get("agency.successor.unknown", request.successorCode())));
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("problem.detail.registry"), unknown);
        }
        return putAgencyState(code, request);
    }

    /**
     * Writes the body as the agency's state from its effective day (today when absent; its beginning
     * for a new agency or a day on or before its validFrom), keeping its other states, and brings the
     * agency row to the state in force today.
     */
    private Saved<Agency> putAgencyState(String code, AgencyRequest request) {
        Instant now = Instant.now();
        Agency agency = agencies.findById(code);
        boolean created = agency == null;
        if (created) {
            agency = new Agency();
            agency.code = code;
            agency.createdAt = now;
            agency.revision = 0;
        }
        agency.validFrom = request.validFrom();
        agency.validTo = request.validTo();
        agency.email = request.email();
        LocalDate day = request.effectiveFrom() != null ? request.effectiveFrom() : Agency.today();
        LocalDate from = created || (request.validFrom() != null && !day.isAfter(request.validFrom()))
                ? AgencyState.SINCE_EVER : day;
        AgencyState.Key key = new AgencyState.Key(code, from);
        AgencyState state = states.findById(key);
        if (state == null) {
            state = new AgencyState();
            state.key = key;
        }
        state.name = request.name();
        state.kind = request.kind();
        state.provinceCode = request.provinceCode();
        state.parentCode = request.parentCode();
        state.successorCode = request.successorCode();
        state.blocCode = request.blocCode();
        state.staffing = request.staffing();
        state.recordedAt = now;
        if (created) {
            current(agency, state); // the row's columns are not null: filled before its insert
        }
        agency.revise(now);
        agencies.persist(agency); // before its state, which refers to it
        states.persist(state);
        List<AgencyState> history = states.history(code);
        current(agency, history.get(history.size() - 1)); // no state begins after today
        events.agency(agency, history);
        return new Saved<>(agency, created);
    }

    /** Copies a state into the agency row, which holds the state in force today. */
    private static void current(Agency agency, AgencyState state) {
        agency.name = state.name;
        agency.kind = state.kind;
        agency.provinceCode = state.provinceCode;
        agency.parentCode = state.parentCode;
        agency.successorCode = state.successorCode;
        agency.blocCode = state.blocCode;
        agency.staffing = state.staffing;
    }

    /**
     * Deactivates an agency: its validTo becomes today (in Vietnam), its last day. It is kept with its
     * reports; rounds whose period ends after today no longer expect it, earlier ones still do.
     * Deactivating an agency that is no longer active changes nothing; one that exists only from a
     * later day is a conflict (its dates are to be PUT).
     */
    @Transactional
    public Agency deactivate(String code) {
        Agency agency = agencies.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("agency", code));
        LocalDate today = Agency.today();
        if (agency.validFrom != null && agency.validFrom.isAfter(today)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    Messages.get("agency.not-yet-valid", code, agency.validFrom.toString()));
        }
        if (agency.activeOn(today)) {
            agency.validTo = today;
            agency.revise(Instant.now());
            events.agency(agency, states.history(code));
        }
        return agency;
    }

    @Transactional
    public Saved<ReportingRound> putRound(String code, RoundRequest request) {
        List<FieldError> invalid = roundRules(request);
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", invalid.size()),
                    invalid);
        }
        return put(rounds, code, ReportingRound::new, round -> {
            round.kind = request.kind();
            round.periodStart = request.periodStart();
            round.periodEnd = request.periodEnd();
            round.dueDate = request.dueDate();
            round.closesOn = request.closesOn();
            // the set as given, each code once; none: the standard set
            round.figures = request.figures() == null || request.figures().isEmpty() ? null
                    : List.copyOf(new java.util.LinkedHashSet<>(request.figures()));
        }, round -> events.round(round, dueDates.forRound(code)));
    }

    /**
     * Creates the entry with this code (revision 1) or replaces the stored one (its next revision)
     * with what {@code fill} sets, and publishes it in the same transaction.
     */
    private static <E extends RegistryEntry> Saved<E> put(PanacheRepositoryBase<E, String> repository, String code,
            Supplier<E> blank, Consumer<E> fill, Consumer<E> publish) {
        Instant now = Instant.now();
        E entry = repository.findByIdOptional(code).orElse(null);
        boolean created = entry == null;
        if (created) {
            entry = blank.get();
            entry.code = code;
            entry.createdAt = now;
            entry.revision = 0;
        }
        fill.accept(entry);
        entry.revise(now);
        repository.persist(entry);
        publish.accept(entry);
        return new Saved<>(entry, created);
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
        round.revise(row.updatedAt);
        dueDates.flush();
        events.round(round, dueDates.forRound(roundCode));
        return new Saved<>(row, created);
    }

    /**
     * The rules of an agency body that relate its fields to each other or to its code, every broken
     * one; absent (null) values are skipped. Also run before the body is taken, so that one answer
     * lists them with the body's other broken rules.
     */
    public static List<FieldError> agencyRules(String code, AgencyRequest request) {
        List<FieldError> invalid = new ArrayList<>();
        if (request.kind() != null && request.kind().central()) {
            // a ministry or central agency: no province, a TW. code
            if (request.provinceCode() != null) {
                invalid.add(new FieldError("provinceCode", Messages.get("agency.central.province")));
            }
            if (!code.startsWith(vn.vhcs.contract.rules.Codes.CENTRAL_PREFIX)) {
                invalid.add(new FieldError("code", Messages.get("agency.central.code")));
            }
        } else if (request.kind() != null && request.provinceCode() == null) {
            invalid.add(new FieldError("provinceCode", Messages.get("agency.province.required")));
        }
        if (code.equals(request.parentCode())) {
            invalid.add(new FieldError("parentCode", Messages.get("agency.parent.self")));
        }
        if (code.equals(request.successorCode())) {
            invalid.add(new FieldError("successorCode", Messages.get("agency.successor.self")));
        }
        if (request.effectiveFrom() != null && request.effectiveFrom().isAfter(Agency.today())) {
            invalid.add(new FieldError("effectiveFrom", Messages.get("agency.effective-from.future")));
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            invalid.add(new FieldError("validTo", Messages.get("agency.valid-to.before", request.validFrom().toString())));
        }
        return invalid;
    }

    /** The rules of a round body that relate its days, every broken one; absent (null) days are skipped. */
    public static List<FieldError> roundRules(RoundRequest request) {
        List<FieldError> invalid = new ArrayList<>();
        if (before(request.periodEnd(), request.periodStart())) {
            invalid.add(new FieldError("periodEnd", Messages.get("round.period-end.before")));
        }
        if (before(request.dueDate(), request.periodStart())) {
            invalid.add(new FieldError("dueDate", Messages.get("round.due-date.before")));
        }
        if (before(request.closesOn(), request.dueDate())) {
            invalid.add(new FieldError("closesOn", Messages.get("round.closes-on.before")));
        }
        return invalid;
    }

    private static boolean before(LocalDate day, LocalDate other) {
        return day != null && other != null && day.isBefore(other);
    }
}
