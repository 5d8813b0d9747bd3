package vn.vhcs.aggregation.export;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Figure.Qualifier;
import vn.vhcs.contract.Percentage;
import vn.vhcs.contract.ReportState;

/**
 * What the report's body needs from the agencies' reports beyond the kept statistics, gathered in
 * one pass over them (a page at a time, nothing kept per agency): how many agencies wrote each
 * narrative section, how many models are named, and how the figures behind each measure were
 * qualified ("trên 95 %", "khoảng 98 %"), which the statistics do not keep.
 */
final class ReportDigest {

    /** The narrative sections, in the order of the report, with their titles in the annex. */
    static final Map<String, Function<ReportState.Narrative, String>> SECTIONS = new LinkedHashMap<>();
    static final Map<String, String> SECTION_TITLES = new LinkedHashMap<>();
    static {
        section("advantages", "Thuận lợi", ReportState.Narrative::advantages);
        section("difficulties", "Khó khăn", ReportState.Narrative::difficulties);
        section("leadership", "Công tác lãnh đạo, chỉ đạo, triển khai", ReportState.Narrative::leadership);
        section("communication", "Công tác tuyên truyền", ReportState.Narrative::communication);
        section("results", "Kết quả thực hiện các nội dung thi đua", ReportState.Narrative::results);
        section("goodPractices", "Mô hình, cách làm hay", ReportState.Narrative::goodPractices);
        section("inspection", "Công tác kiểm tra, giám sát", ReportState.Narrative::inspection);
        section("impact", "Tác động, hiệu quả", ReportState.Narrative::impact);
        section("limitations", "Tồn tại, hạn chế", ReportState.Narrative::limitations);
        section("lessons", "Bài học kinh nghiệm", ReportState.Narrative::lessons);
        section("nextTasks", "Phương hướng, nhiệm vụ", ReportState.Narrative::nextTasks);
        section("proposals", "Đề xuất, kiến nghị", ReportState.Narrative::proposals);
    }

    private static void section(String key, String title, Function<ReportState.Narrative, String> text) {
        SECTIONS.put(key, text);
        SECTION_TITLES.put(key, title);
    }

    /** The measures of the statistics and where a report states each. */
    static final Map<String, Function<ReportState, Figure>> MEASURES = Map.of(
            "participation", r -> r.workforce() == null ? null : r.workforce().participating(),
            "commitments", r -> r.workforce() == null ? null : r.workforce().commitmentsSigned(),
            "memberUnitsWithCultureRules", r -> r.memberUnits() == null ? null : r.memberUnits().withCultureRules(),
            "memberUnitsWithPlans", r -> r.memberUnits() == null ? null : r.memberUnits().withPlans());

    static final Map<String, Function<ReportState.Indicators, Percentage>> INDICATORS = Map.of(
            "computerEquipmentPercent", ReportState.Indicators::computerEquipmentPercent,
            "citizenSatisfactionPercent", ReportState.Indicators::citizenSatisfactionPercent,
            "digitizedProceduresPercent", ReportState.Indicators::digitizedProceduresPercent);

    private final Map<String, Integer> writers = new HashMap<>();
    private final Map<String, Qualifiers> qualifiers = new HashMap<>();
    private int reports;
    private long modelsNamed;
    private boolean anyNarrative;

    void add(ReportState r) {
        reports++;
        modelsNamed += r.models().size();
        if (r.narrative() != null) {
            SECTIONS.forEach((key, text) -> {
                String written = text.apply(r.narrative());
                if (written != null && !written.isBlank()) {
                    writers.merge(key, 1, Integer::sum);
                    anyNarrative = true;
                }
            });
        }
        MEASURES.forEach((key, figure) -> stated(key, figure.apply(r)));
        if (r.indicators() != null) {
            INDICATORS.forEach((key, field) -> {
                Percentage p = field.apply(r.indicators());
                if (p != null && p.percent() != null) {
                    qualifiers(key).add(p.percent(), p.qualifierOrExact());
                }
            });
        }
        // keyed as the statistics key emulationTitleMeasures: TITLE:year
        r.emulationTitles().forEach(t -> stated("title|" + t.title() + ":"
                + (t.year() == null ? "UNSPECIFIED" : t.year()), t.count()));
    }

    private void stated(String key, Figure f) {
        if (f != null && (f.count() != null || f.percent() != null)) {
            qualifiers(key).add(f.percent(), f.qualifierOrExact());
        }
    }

    private Qualifiers qualifiers(String key) {
        return qualifiers.computeIfAbsent(key, k -> new Qualifiers());
    }

    int reports() {
        return reports;
    }

    /** How many agencies wrote on a narrative section. */
    int writers(String section) {
        return writers.getOrDefault(section, 0);
    }

    boolean anyNarrative() {
        return anyNarrative;
    }

    long modelsNamed() {
        return modelsNamed;
    }

    /** How the figures stated for a measure (or indicator, or {@code title|TITLE:year}) were qualified. */
    Qualifiers of(String key) {
        return qualifiers.getOrDefault(key, new Qualifiers());
    }

    /**
     * The qualifiers of the statements of one figure: over all of them (what holds for a rate
     * summing them) and for each stated percent (what holds for the lowest or highest one).
     */
    static final class Qualifiers {
        private final Fold all = new Fold();
        private final Map<BigDecimal, Fold> atPercent = new HashMap<>();

        void add(BigDecimal percent, Qualifier qualifier) {
            all.add(qualifier);
            if (percent != null) {
                atPercent.computeIfAbsent(percent.stripTrailingZeros(), p -> new Fold()).add(qualifier);
            }
        }

        Qualifier overall() {
            return all.result();
        }

        /** The qualifier of the agencies that stated this very percent; exact when none did (it came from counts). */
        Qualifier at(BigDecimal percent) {
            Fold fold = percent == null ? null : atPercent.get(percent.stripTrailingZeros());
            return fold == null ? Qualifier.EXACT : fold.result();
        }
    }

    /**
     * What the qualifiers of several statements say of their sum: all exact, exact; bounds of one
     * direction, a bound of that direction ("trên" as soon as one is strict, else "trở lên";
     * "dưới"); "khoảng" as soon as one is approximate or the bounds point both ways.
     */
    static final class Fold {
        private boolean above;
        private boolean atLeast;
        private boolean below;
        private boolean approximately;

        void add(Qualifier q) {
            switch (q) {
                case MORE_THAN -> above = true;
                case AT_LEAST -> atLeast = true;
                case LESS_THAN -> below = true;
                case APPROXIMATELY -> approximately = true;
                case EXACT -> {
                }
            }
        }

        Qualifier result() {
            if (approximately || below && (above || atLeast)) {
                return Qualifier.APPROXIMATELY;
            }
            if (below) {
                return Qualifier.LESS_THAN;
            }
            return above ? Qualifier.MORE_THAN : atLeast ? Qualifier.AT_LEAST : Qualifier.EXACT;
        }
    }
}
