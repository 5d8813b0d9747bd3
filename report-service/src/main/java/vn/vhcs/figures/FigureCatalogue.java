package vn.vhcs.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;
import vn.vhcs.contract.figures.StandardFigures;
import vn.vhcs.figures.api.FigureRequest;
import vn.vhcs.registry.RegistryEvents;
import vn.vhcs.registry.ReportingRound;

/**
 * The figure catalogue (DESIGN "Figures as data"): the built-in figures, written at start-up from
 * {@code standard-figures.json}, and those an administrator defines. Every change and its
 * {@code FigureDefined} registry event commit together.
 *
 * <p>Nothing is kept in memory: with two replicas, a copy refreshed on one replica's write would be stale
 * on the other. A reader takes the whole catalogue (a few dozen rows) in one query, once per request.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FigureCatalogue {

    private static final Logger LOG = Logger.getLogger(FigureCatalogue.class);
    /** The advisory lock two replicas starting together take, so that one writes the built-ins. */
    private static final long SHIPPING_LOCK = 0x7668637366696775L;
    private static final TypeReference<List<FigureDefinition.Level>> LEVELS = new TypeReference<>() {
    };

    private final FigureRepository figures;
    private final RegistryEvents events;
    private final ObjectMapper json;

    public record Saved(FigureDefinition figure, boolean created) {
    }

    /** Every figure by code, in the outline's order: one query. */
    public Map<String, FigureDefinition> byCode() {
        Map<String, FigureDefinition> all = new LinkedHashMap<>();
        figures.listAll().stream().map(this::definition).sorted(FigureDefinition.OUTLINE_ORDER)
                .forEach(f -> all.put(f.code(), f));
        return all;
    }

    public Optional<FigureDefinition> find(String code) {
        return figures.findByIdOptional(code).map(this::definition);
    }

    /** The codes a round asks for: those it names, else every figure of the standard set. */
    public static Set<String> asked(ReportingRound round, Map<String, FigureDefinition> catalogue) {
        if (round.figures != null && !round.figures.isEmpty()) {
            return new HashSet<>(round.figures);
        }
        Set<String> standard = new HashSet<>();
        catalogue.values().stream().filter(FigureDefinition::standard).forEach(f -> standard.add(f.code()));
        return standard;
    }

    /** The codes of a round's set that name no figure, each at {@code path[i]}; one query. */
    public List<FieldError> unknown(List<String> codes, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            return errors;
        }
        Set<String> known = byCode().keySet();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code != null && !known.contains(code)) {
                errors.add(new FieldError(path + "[" + i + "]", Messages.get("figure.unknown", code)));
            }
        }
        return errors;
    }

    /**
     * Writes each built-in figure that the table lacks or that the code now ships differently, and announces
     * it. What the code last shipped is kept beside the row ({@code shipped}): an administrator's later change
     * of a label stays until the file changes that figure again.
     */
    @Transactional
    void shipBuiltIns(@Observes StartupEvent startup) {
        figures.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(:lock)) l")
                .setParameter("lock", SHIPPING_LOCK).getSingleResult();
        Instant now = Instant.now();
        int written = 0;
        for (FigureDefinition f : StandardFigures.all()) {
            String shipped = toJson(f.withRevision(0));
            CatalogueFigure row = figures.findById(f.code());
            if (row != null && row.shipped != null && sameJson(row.shipped, shipped)) {
                continue;
            }
            if (row == null) {
                row = new CatalogueFigure();
                row.code = f.code();
            }
            fill(row, f);
            row.builtIn = true;
            row.shipped = shipped;
            row.revision++;
            row.updatedAt = now;
            figures.persist(row);
            events.figure(definition(row));
            written++;
        }
        if (written > 0) {
            LOG.infof("Wrote %d built-in figures and announced them on registry-events", written);
        }
    }

    /**
     * Creates or replaces a figure with what the request says ({@link #rules} judged it already). A built-in
     * figure keeps its kind, base and alias, and a figure that reports state keeps its kind: 409 otherwise.
     */
    @Transactional
    public Saved put(String code, FigureRequest request) {
        CatalogueFigure row = figures.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        List<FieldError> conflicts = new ArrayList<>();
        if (row != null && row.builtIn) {
            if (request.kind() != row.kind) {
                conflicts.add(new FieldError("kind", Messages.get("figure.built-in.fixed", code)));
            }
            if (request.base() != row.base) {
                conflicts.add(new FieldError("base", Messages.get("figure.built-in.fixed", code)));
            }
        } else if (row != null && request.kind() != row.kind && figures.used(code, row.alias)) {
            conflicts.add(new FieldError("kind", Messages.get("figure.kind.used", row.kind.name(), code)));
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, conflicts.get(0).message(), conflicts);
        }
        boolean created = row == null;
        if (created) {
            row = new CatalogueFigure();
            row.code = code;
        }
        fill(row, new FigureDefinition(code, request.kind(), request.label().labels(),
                request.description() == null ? null : request.description().labels(), request.base(),
                request.levels() == null ? null
                        : request.levels().stream().map(FigureRequest.Level::level).toList(),
                request.outline(), Boolean.TRUE.equals(request.breakdown()), row.alias,
                Boolean.TRUE.equals(request.standard()), row.builtIn, row.revision));
        row.revision++;
        row.updatedAt = Instant.now();
        figures.persist(row);
        FigureDefinition saved = definition(row);
        events.figure(saved);
        return new Saved(saved, created);
    }

    /**
     * The rules of a figure body that relate its fields to each other or to the stored figure ({@code null}
     * when new), every broken one; absent (null) values are skipped.
     */
    public static List<FieldError> rules(FigureRequest request, FigureDefinition stored) {
        List<FieldError> invalid = new ArrayList<>();
        FigureKind kind = request.kind();
        if (kind == FigureKind.SHARE && request.base() == null) {
            invalid.add(new FieldError("base", Messages.get("figure.base.required")));
        } else if (kind != null && kind != FigureKind.SHARE && request.base() != null) {
            invalid.add(new FieldError("base", Messages.get("figure.base.share-only")));
        }
        List<FigureRequest.Level> levels = request.levels() == null ? List.of() : request.levels();
        if (kind == FigureKind.ORDINAL && (levels.size() < 2 || levels.size() > 20)) {
            invalid.add(new FieldError("levels", Messages.get("figure.levels.count")));
        } else if (kind != null && kind != FigureKind.ORDINAL && !levels.isEmpty()) {
            invalid.add(new FieldError("levels", Messages.get("figure.levels.ordinal-only")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            FigureRequest.Level level = levels.get(i);
            if (level != null && level.code() != null && !seen.add(level.code())) {
                invalid.add(new FieldError("levels[" + i + "].code", Messages.get("figure.level.duplicate")));
            }
        }
        String alias = stored == null ? null : stored.alias();
        if (request.alias() != null && !request.alias().equals(alias)) {
            invalid.add(new FieldError("alias", Messages.get("figure.alias.fixed")));
        }
        return invalid;
    }

    private void fill(CatalogueFigure row, FigureDefinition f) {
        row.kind = f.kind();
        row.labelVi = f.label().vi();
        row.labelEn = f.label().en();
        row.descriptionVi = f.description() == null ? null : f.description().vi();
        row.descriptionEn = f.description() == null ? null : f.description().en();
        row.base = f.base();
        row.levels = toJson(f.levels());
        row.outline = f.outline();
        row.breakdown = f.breakdown();
        row.alias = f.alias();
        row.standard = f.standard();
    }

    private FigureDefinition definition(CatalogueFigure row) {
        List<FigureDefinition.Level> levels;
        try {
            levels = row.levels == null ? List.of() : json.readValue(row.levels, LEVELS);
        } catch (IOException e) {
            throw new UncheckedIOException("the levels of figure " + row.code + " cannot be read", e);
        }
        return new FigureDefinition(row.code, row.kind, new FigureDefinition.Labels(row.labelVi, row.labelEn),
                row.descriptionVi == null ? null : new FigureDefinition.Labels(row.descriptionVi, row.descriptionEn),
                row.base, levels, row.outline, row.breakdown, row.alias, row.standard, row.builtIn, row.revision);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jsonb gives a document back with its members reordered: compare the trees. */
    private boolean sameJson(String a, String b) {
        try {
            return json.readTree(a).equals(json.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }
}
