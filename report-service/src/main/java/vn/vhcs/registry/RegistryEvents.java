package vn.vhcs.registry;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.contract.RegistryEvent;
import vn.vhcs.contract.RegistryEvent.RegistryEventType;
import vn.vhcs.contract.Topics;
import vn.vhcs.outbox.Outbox;

/** Announces every registry change on registry-events, through the outbox. */
@ApplicationScoped
@RequiredArgsConstructor
public class RegistryEvents {

    private final Outbox outbox;

    public void province(Province p) {
        String key = RegistryEvent.provinceKey(p.key.code(), p.key.validFrom());
        // Provinces change only through migrations: revision 1 each.
        emit(RegistryEventType.ProvinceUpserted, key, 1, new RegistryEvent.Province(p.key.code(), p.name,
                p.key.validFrom(), p.validTo, p.successorCode), null, null);
    }

    /**
     * The agency's whole state: as in force today, and every state of its history (oldest first; the
     * first one's effectiveFrom absent), so that a compacted topic still carries all of it.
     */
    public void agency(Agency a, java.util.List<AgencyState> history) {
        java.util.List<RegistryEvent.AgencyState> states = history.stream()
                .map(s -> new RegistryEvent.AgencyState(s.first() ? null : s.effectiveFrom(), s.name, s.kind.name(),
                        s.provinceCode, s.parentCode, s.successorCode, s.blocCode, s.staffing))
                .toList();
        emit(RegistryEventType.AgencyUpserted, RegistryEvent.agencyKey(a.code), a.revision, null,
                new RegistryEvent.Agency(a.code, a.name, a.kind.name(), a.provinceCode, a.parentCode, a.active(),
                        a.validFrom, a.validTo, a.successorCode, a.blocCode, a.staffing, states), null);
    }

    public void round(ReportingRound r, java.util.List<ProvinceDueDate> dueDates) {
        java.util.Map<String, java.time.LocalDate> overrides = new java.util.TreeMap<>();
        dueDates.forEach(d -> overrides.put(d.key.provinceCode(), d.dueDate));
        emit(RegistryEventType.RoundUpserted, RegistryEvent.roundKey(r.code), r.revision, null, null,
                new RegistryEvent.Round(r.code, r.kind.name(), r.periodStart, r.periodEnd, r.dueDate, r.closesOn,
                        overrides, r.figures == null || r.figures.isEmpty() ? null : r.figures));
    }

    /** A figure of the catalogue, defined or changed: its whole definition. */
    public void figure(vn.vhcs.contract.figures.FigureDefinition f) {
        emit(RegistryEventType.FigureDefined, RegistryEvent.figureKey(f.code()), f.revision(), null, null, null, f);
    }

    private void emit(RegistryEventType type, String key, long revision, RegistryEvent.Province province,
            RegistryEvent.Agency agency, RegistryEvent.Round round) {
        emit(type, key, revision, province, agency, round, null);
    }

    private void emit(RegistryEventType type, String key, long revision, RegistryEvent.Province province,
            RegistryEvent.Agency agency, RegistryEvent.Round round, vn.vhcs.contract.figures.FigureDefinition figure) {
        UUID id = UUID.randomUUID();
        String correlation = RequestIds.current();
        RegistryEvent event = new RegistryEvent(id, type, RegistryEvent.SCHEMA_VERSION, Instant.now(), key, revision,
                correlation, province, agency, round, null, figure);
        outbox.enqueue(id, Topics.REGISTRY_EVENTS, key, type.name(), event, correlation);
    }
}
