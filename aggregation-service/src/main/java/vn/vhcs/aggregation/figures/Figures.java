package vn.vhcs.aggregation.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.StandardFigures;

/**
 * One state of the figure catalogue, as this service knows it: the definitions received, over the built-in
 * ones (which stand for themselves until their own event arrives, so a fresh system and tests count them).
 * Immutable; {@link FigureCatalogue#current()} gives the one in force.
 */
public final class Figures {

    /** The catalogue before any definition arrived: the built-in figures only. */
    public static final Figures STANDARD = new Figures(List.of(), "0");

    private final Map<String, FigureDefinition> byCode;
    private final List<FigureDefinition> inOrder;
    private final String stamp;

    public Figures(Collection<FigureDefinition> received, String stamp) {
        Map<String, FigureDefinition> all = new LinkedHashMap<>();
        StandardFigures.all().forEach(f -> all.put(f.code(), f));
        received.forEach(f -> all.put(f.code(), f));
        this.byCode = Map.copyOf(all);
        this.inOrder = all.values().stream().sorted(FigureDefinition.OUTLINE_ORDER).toList();
        this.stamp = stamp;
    }

    /** Every definition, in {@link FigureDefinition#OUTLINE_ORDER}. */
    public List<FigureDefinition> inOrder() {
        return inOrder;
    }

    public Optional<FigureDefinition> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Null when the code is not (yet) in the catalogue. */
    public FigureDefinition get(String code) {
        return byCode.get(code);
    }

    /**
     * The figures a round asks for, in the outline's order: the codes it names (those the catalogue knows), or
     * every standard figure when it names none.
     */
    public List<FigureDefinition> setOf(List<String> roundFigures) {
        if (roundFigures == null || roundFigures.isEmpty()) {
            return inOrder.stream().filter(FigureDefinition::standard).toList();
        }
        List<FigureDefinition> set = new ArrayList<>();
        inOrder.forEach(f -> {
            if (roundFigures.contains(f.code())) {
                set.add(f);
            }
        });
        return set;
    }

    /** Names this state: changes with every definition received (part of the statistics' ETags). */
    public String stamp() {
        return stamp;
    }

    /**
     * Whether a definition changes how reports' values of its code are counted compared with this state: a
     * code not known here, another kind or base, or a breakdown asked or dropped (the kind × bloc cells keep its
     * counters or not). A changed label, outline or level text counts nothing differently (they are read when
     * answering).
     */
    public boolean countsDifferently(FigureDefinition next) {
        FigureDefinition held = byCode.get(next.code());
        return held == null || held.kind() != next.kind() || held.base() != next.base()
                || held.breakdown() != next.breakdown();
    }
}
