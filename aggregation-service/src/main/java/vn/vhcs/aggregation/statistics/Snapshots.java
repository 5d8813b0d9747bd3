package vn.vhcs.aggregation.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.aggregation.figures.Figures;
import vn.vhcs.aggregation.figures.FigureCatalogue;
import vn.vhcs.aggregation.store.ContributionRepository;
import vn.vhcs.aggregation.store.ReportContribution;
import vn.vhcs.aggregation.store.StatisticsCell;
import vn.vhcs.aggregation.store.StatisticsCellRepository;
import vn.vhcs.aggregation.store.Tally;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.contract.EventCodec;
import vn.vhcs.contract.RegistryEvent;
import vn.vhcs.aggregation.store.PendingSnapshot;
import vn.vhcs.aggregation.store.PendingSnapshotRepository;
import vn.vhcs.aggregation.store.SnapshotCell;
import vn.vhcs.aggregation.store.SnapshotCellRepository;

/**
 * The statistics snapshots locks publish, apart from the live figures: a lock's snapshot is the
 * province's live cells copied once the consumer holds every report version the lock names (the
 * report events travel on other partitions than the lock's), then never changed.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class);

    private final SnapshotCellRepository snapshots;
    private final PendingSnapshotRepository pending;
    private final StatisticsCellRepository cells;
    private final ContributionRepository contributions;
    private final FigureCatalogue catalogue;
    private final vn.vhcs.aggregation.registry.RegistryCopy registry;

    /** A lock asked for a snapshot; taken by {@link #takeReady()} (a replay of the lock changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(RegistryEvent.Lock lock) {
        PendingSnapshot.Key key = new PendingSnapshot.Key(lock.roundCode(), lock.provinceCode(), lock.snapshot());
        if (!snapshots.of(lock.roundCode(), lock.provinceCode(), lock.snapshot()).isEmpty()
                || pending.findByIdOptional(key).isPresent()) {
            return;
        }
        PendingSnapshot p = new PendingSnapshot();
        p.key = key;
        p.reports = EventCodec.toJson(lock.reports() == null ? Map.of() : lock.reports());
        p.lockedAt = lock.lockedAt();
        p.lockedBy = lock.lockedBy();
        pending.persist(p);
    }

    /** Takes the waiting snapshots whose report versions are all applied; after the batch's cells are updated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeReady() {
        for (PendingSnapshot p : pending.listAll()) {
            if (!ready(p)) {
                continue;
            }
            cells.lock(p.key.roundCode(), p.key.provinceCode());
            Instant now = Instant.now();
            boolean total = false;
            for (StatisticsCell cell : cells.of(p.key.roundCode(), List.of(p.key.provinceCode()))) {
                total |= cell.key.total();
                persist(p, cell.key.agencyKind(), cell.key.blocCode(), cell.figures, cell.updatedAt, now);
            }
            if (!total) { // a province without figures yet: its snapshot is zeros, still numbered
                persist(p, StatisticsCell.TOTAL, StatisticsCell.TOTAL, new Tally().toJson(), null, now);
            }
            pending.delete(p);
            LOG.infof("Statistics snapshot %d of %s in province %s taken", p.key.number(), p.key.roundCode(),
                    p.key.provinceCode());
        }
    }

    private void persist(PendingSnapshot p, String kind, String bloc, String figures, Instant updatedAt, Instant now) {
        SnapshotCell s = new SnapshotCell();
        s.key = new SnapshotCell.Key(p.key.roundCode(), p.key.provinceCode(), p.key.number(), kind, bloc);
        s.figures = figures;
        s.updatedAt = updatedAt;
        s.takenAt = now;
        s.lockedAt = p.lockedAt;
        s.lockedBy = p.lockedBy;
        snapshots.persist(s);
    }

    /** Whether every report version the lock names is applied (a later one too: it cannot be waited for). */
    private boolean ready(PendingSnapshot p) {
        Map<?, ?> reports = EventCodec.fromJson(p.reports, Map.class);
        for (Map.Entry<?, ?> e : reports.entrySet()) {
            ReportContribution held = contributions.findById(UUID.fromString(String.valueOf(e.getKey())));
            if (held == null || held.version < ((Number) e.getValue()).intValue()) {
                return false;
            }
        }
        return true;
    }

    /** The figures of a snapshot: {@code latest} or its number; 400 for anything else, 404 when there is none. */
    @Transactional
    public ProvinceStatistics read(String round, String province, String which) {
        return read(round, province, which, false);
    }

    /** With {@code accepted}: the snapshot's figures of the accepted reports only. */
    @Transactional
    public ProvinceStatistics read(String round, String province, String which, boolean accepted) {
        int number;
        if ("latest".equals(which)) {
            number = snapshots.latest(round, province);
        } else {
            try {
                number = Integer.parseInt(which);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || !which.matches("[0-9]{1,9}")) {
                throw ProblemException.invalid("snapshot", "snapshot.param");
            }
        }
        List<SnapshotCell> rows = number == 0 ? List.of() : snapshots.of(round, province, number);
        if (rows.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                    vn.vhcs.common.i18n.Messages.get("snapshot.none", round, province, which));
        }
        Tally total = new Tally();
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> byBloc = new TreeMap<>();
        Instant updatedAt = null;
        for (SnapshotCell row : rows) {
            Tally figures = Tally.fromJson(row.figures);
            if (StatisticsCell.TOTAL.equals(row.key.agencyKind())) {
                total.add(figures, 1);
                updatedAt = row.updatedAt;
            } else {
                byKind.computeIfAbsent(row.key.agencyKind(), k -> new Tally()).add(figures, 1);
                byBloc.computeIfAbsent(row.key.blocCode(), k -> new Tally()).add(figures, 1);
            }
        }
        if (accepted) {
            total = StatisticsCalculator.acceptedOnly(total);
            byKind.replaceAll((k, t) -> StatisticsCalculator.acceptedOnly(t));
            byBloc.replaceAll((k, t) -> StatisticsCalculator.acceptedOnly(t));
        }
        // the figures' counters as kept when the province locked, read with the catalogue's labels now
        Figures figures = catalogue.current();
        List<String> set = registry.round(round).map(vn.vhcs.aggregation.registry.ReportingRound::figureCodes).orElse(null);
        return StatisticsCalculator.statistics(round, province, null, total, byKind, byBloc, updatedAt,
                figures.setOf(set), figures);
    }

    /** The number {@code which} names ({@code latest}: the latest), for the answer's ETag. */
    @Transactional
    public int number(String round, String province, String which) {
        return "latest".equals(which) ? snapshots.latest(round, province) : Integer.parseInt(which);
    }
}
