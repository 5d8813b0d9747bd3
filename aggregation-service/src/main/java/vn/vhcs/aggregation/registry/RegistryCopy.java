package vn.vhcs.aggregation.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.RegistryEvent;

/**
 * aggregation-service's own copy of the registry, kept from registry-events: a change is applied
 * only when its revision is newer than the one held.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RegistryCopy {

    private final ProvinceRepository provinces;
    private final AgencyRepository agencies;
    private final RoundRepository rounds;

    /** Applies one registry event; false when it is older than what is held. */
    public boolean apply(RegistryEvent event) {
        switch (event.type()) {
            case ProvinceUpserted -> {
                var p = event.province();
                Province.Key key = new Province.Key(p.code(), p.validFrom());
                Province row = provinces.findById(key);
                if (row != null && row.revision >= event.revision()) {
                    return false;
                }
                if (row == null) {
                    row = new Province();
                    row.key = key;
                }
                row.name = p.name();
                row.validTo = p.validTo();
                row.successorCode = p.successorCode();
                row.revision = event.revision();
                provinces.persist(row); // no-op when managed; for a new row, after its fields
            }
            case AgencyUpserted -> {
                var a = event.agency();
                Agency row = agencies.findById(a.code());
                if (row != null && row.revision >= event.revision()) {
                    return false;
                }
                if (row == null) {
                    row = new Agency();
                    row.code = a.code();
                }
                row.name = a.name();
                row.kind = a.kind();
                row.provinceCode = Central.place(a.provinceCode());
                row.parentCode = a.parentCode();
                row.active = a.active();
                row.validFrom = a.validFrom();
                row.validTo = a.validTo();
                row.successorCode = a.successorCode();
                row.blocCode = a.blocCode();
                row.staffing = a.staffing();
                row.history = a.states().size() > 1 ? EventCodec.toJson(a.states()) : null;
                row.revision = event.revision();
                agencies.persist(row);
            }
            case RoundUpserted -> {
                var r = event.round();
                ReportingRound row = rounds.findById(r.code());
                if (row != null && row.revision >= event.revision()) {
                    return false;
                }
                if (row == null) {
                    row = new ReportingRound();
                    row.code = r.code();
                }
                row.kind = r.kind();
                row.periodStart = r.periodStart();
                row.periodEnd = r.periodEnd();
                row.dueDate = r.dueDate();
                row.closesOn = r.closesOn();
                row.provinceDueDates.clear();
                if (r.provinceDueDates() != null) {
                    row.provinceDueDates.putAll(r.provinceDueDates());
                }
                row.figures = r.figures() == null || r.figures().isEmpty() ? null : EventCodec.toJson(r.figures());
                row.revision = event.revision();
                rounds.persist(row);
            }
        }
        return true;
    }

    /**
     * The agency as held now, detached: a later change in this transaction reads the row again and
     * does not reach this one. Null when it is not known.
     */
    public Agency agencyAsHeld(String code) {
        Agency agency = agencies.findById(code);
        if (agency != null) {
            agencies.getEntityManager().detach(agency);
        }
        return agency;
    }

    public Optional<ReportingRound> round(String code) {
        return rounds.findByIdOptional(code);
    }

    public boolean knowsProvince(String code) {
        return !provinces.byCode(code).isEmpty();
    }

    /**
     * The agencies a round whose period ends on {@code periodEnd} expects in these provinces: those
     * that exist on that day, each as it was then (in the province it was in then). Registering,
     * moving or dissolving an agency later changes nothing for it.
     */
    public List<Agency> expectedAgencies(java.util.Collection<String> provinceCodes, LocalDate periodEnd) {
        return agencies.validOn(provinceCodes, periodEnd);
    }

    /** The agencies with these codes as the round reads them (see {@link Agency#forRound}), by code. */
    public java.util.Map<String, Agency> agenciesByCode(java.util.Collection<String> codes, ReportingRound round) {
        java.util.Map<String, Agency> byCode = agenciesByCode(codes);
        byCode.replaceAll((code, agency) -> agency.forRound(round));
        return byCode;
    }

    /**
     * {@link #expectedAgencies} a page at a time, for lists that grow with the country (the national report's
     * annex): the agencies of these provinces after {@code after} by code, at most {@code limit} read, of which
     * those existing on {@code periodEnd} are kept. An empty page only once the last agency has been read:
     * {@link ExpectedPage#next} is where the next page starts, null at the end.
     */
    public ExpectedPage expectedAgenciesAfter(java.util.Collection<String> provinceCodes, LocalDate periodEnd,
            String after, int limit) {
        List<Agency> read = agencies.pageAfter(provinceCodes, after, limit);
        // each as it was at the period's end, in the province it was in then
        return new ExpectedPage(read.stream().filter(a -> a.validOn(periodEnd)).map(a -> a.asOf(periodEnd))
                .filter(a -> provinceCodes.contains(a.provinceCode)).toList(),
                read.size() < limit ? null : read.get(read.size() - 1).code);
    }

    /** A page of expected agencies, and the code the next page starts after (null: none follows). */
    public record ExpectedPage(List<Agency> agencies, String next) {
    }

    public List<ReportingRound> roundsInOrder() {
        return rounds.listAll(io.quarkus.panache.common.Sort.by("periodEnd").and("code"));
    }

    public List<Province> allProvinces() {
        return provinces.listAll();
    }

    public java.util.Map<String, Agency> agenciesByCode(java.util.Collection<String> codes) {
        java.util.Map<String, Agency> byCode = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            agencies.list("code in ?1", codes).forEach(a -> byCode.put(a.code, a));
        }
        return byCode;
    }
}
