package vn.vhcs.registry.lock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.web.RequestIds;
import vn.vhcs.contract.RegistryEvent;
import vn.vhcs.contract.RegistryEvent.RegistryEventType;
import vn.vhcs.contract.Topics;
import vn.vhcs.outbox.Outbox;
import vn.vhcs.registry.ProvinceRepository;
import vn.vhcs.registry.RoundRepository;
import vn.vhcs.report.Report;
import vn.vhcs.report.ReportRepository;

/**
 * Locks a province for a round (its board or an admin): its reports take no more writes, and a
 * snapshot of its statistics is published (a ProvinceLocked event naming the report versions it
 * is of). Only an admin unlocks, saying why. Both are kept in the audit trail.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ProvinceLocks {

    private final ProvinceLockRepository locks;
    private final LockAuditRepository audits;
    private final RoundRepository rounds;
    private final ProvinceRepository provinces;
    private final ReportRepository reports;
    private final Outbox outbox;

    /** Refuses a write to a report of the province in the round while it is locked (409 round-locked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkOpen(String round, String province) {
        if (province == null) {
            return; // a central body's report: no province, no province's lock
        }
        locks.hold(round, province, false);
        if (locks.findByIdOptional(new ProvinceLock.Key(round, province)).isPresent()) {
            String message = Messages.get("report.round.locked", round, province);
            throw new ProblemException(ProblemType.ROUND_LOCKED, message, List.of(new FieldError("roundCode", message)));
        }
    }

    @Transactional
    public LockView state(String round, String province) {
        known(round, province);
        return view(round, province);
    }

    @Transactional
    public LockView lock(String round, String province, Caller caller) {
        known(round, province);
        if (!caller.admin() && !caller.boards(province)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
        locks.hold(round, province, true);
        if (locks.findByIdOptional(new ProvinceLock.Key(round, province)).isPresent()) {
            return view(round, province); // locking a locked province changes nothing
        }
        Instant now = Instant.now();
        int snapshot = (int) audits.locks(round, province) + 1;
        ProvinceLock lock = new ProvinceLock();
        lock.key = new ProvinceLock.Key(round, province);
        lock.snapshot = snapshot;
        lock.lockedAt = now;
        lock.lockedBy = caller.actor();
        locks.persist(lock);
        audit(round, province, LockAudit.LOCKED, snapshot, caller, now, null);
        Map<UUID, Integer> versions = new TreeMap<>();
        for (Report r : reports.list("roundCode = ?1 and provinceCode = ?2", round, province)) {
            versions.put(r.id, r.version);
        }
        UUID id = UUID.randomUUID();
        String key = RegistryEvent.snapshotKey(round, province, snapshot);
        String correlation = RequestIds.current();
        RegistryEvent event = new RegistryEvent(id, RegistryEventType.ProvinceLocked, RegistryEvent.SCHEMA_VERSION,
                now, key, snapshot, correlation, null, null, null,
                new RegistryEvent.Lock(round, province, snapshot, now, caller.actor(), versions));
        outbox.enqueue(id, Topics.REGISTRY_EVENTS, key, RegistryEventType.ProvinceLocked.name(), event, correlation);
        return view(round, province);
    }

    @Transactional
    public LockView unlock(String round, String province, String reason, Caller caller) {
        known(round, province);
        if (!caller.admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "lock.reason.required");
        }
        locks.hold(round, province, true);
        ProvinceLock lock = locks.findByIdOptional(new ProvinceLock.Key(round, province))
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                        Messages.get("lock.not-locked", round, province)));
        locks.delete(lock);
        audit(round, province, LockAudit.UNLOCKED, null, caller, Instant.now(), reason.strip());
        return view(round, province);
    }

    private void known(String round, String province) {
        if (rounds.findByIdOptional(round).isEmpty()) {
            throw ProblemException.notFound("round", round);
        }
        if (provinces.byCode(province).isEmpty()) {
            throw ProblemException.notFound("province", province);
        }
    }

    private void audit(String round, String province, String action, Integer snapshot, Caller caller, Instant at,
            String reason) {
        LockAudit a = new LockAudit();
        a.id = UUID.randomUUID();
        a.roundCode = round;
        a.provinceCode = province;
        a.action = action;
        a.snapshot = snapshot;
        a.actedBy = caller.actor();
        a.actedThrough = caller.through();
        a.actedAt = at;
        a.reason = reason;
        audits.persist(a);
    }

    private LockView view(String round, String province) {
        ProvinceLock lock = locks.findByIdOptional(new ProvinceLock.Key(round, province)).orElse(null);
        List<LockView.Entry> history = audits.of(round, province).stream()
                .map(a -> new LockView.Entry(a.action, a.snapshot, a.actedBy, a.actedThrough, a.actedAt, a.reason)).toList();
        return new LockView(round, province, lock != null, lock == null ? null : lock.snapshot,
                lock == null ? null : lock.lockedAt, lock == null ? null : lock.lockedBy, history);
    }
}
