package vn.vhcs.aggregation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vhcs.contract.Figure;
import vn.vhcs.contract.ReportState;
import vn.vhcs.contract.ReportStatus;
import vn.vhcs.aggregation.store.Tally;

/** Agencies, not documents: each rule of {@link Coverage}, on reports whose answer is worked out by hand. */
class CoverageTest {

    private static final ReportState.Directive OWN_PLAN = new ReportState.Directive("PLAN", "SELF", null, "18/KH-SNgV",
            null, null);
    private static final ReportState.Directive CITED_PLAN = new ReportState.Directive("PLAN", "CITED", "UBND tỉnh",
            "167/KH-UBND", null, null);
    private static final ReportState.Directive OWN_REGULATION = new ReportState.Directive("REGULATION", "SELF", null,
            null, null, "Quy chế làm việc");

    @Test
    void anOwnPlanCountsItsAgencyOnceAndAPlanOfASuperiorBodyNotAtAll() {
        Coverage c = coverage( // two plans of one agency count it once
                report().directives(OWN_PLAN, new ReportState.Directive("PLAN", "SELF", null, "19/KH-SNgV", null, null)),
                report().directives(CITED_PLAN), // the province's plan, cited: not the agency's own
                report().directives(new ReportState.Directive("PLAN", null, null, "3/KH", null, null)), // v1: own
                report().directives(new ReportState.Directive("DECISION", "SELF", null, "77/QĐ-SNgV", null, null)));
        assertEquals(new Coverage.Share(2, 4, 0.5), c.ownPlan());
    }

    @Test
    void anOwnRegulationCountsAndACitedOneDoesNot() {
        Coverage c = coverage(report().directives(OWN_PLAN, OWN_REGULATION),
                report().directives(new ReportState.Directive("REGULATION", "CITED", "UBND tỉnh", "12/QĐ-UBND", null,
                        null)),
                report());
        assertEquals(new Coverage.Share(1, 3, 0.33333), c.ownRegulation());
        assertEquals(new Coverage.Share(1, 3, 0.33333), c.ownPlan());
    }

    @Test
    void commitmentsCountWhenStatedAboveZeroAsACountOrAPercent() {
        Coverage c = coverage(report().commitments(Figure.ofCount(20)),
                report().commitments(Figure.ofPercent(new BigDecimal("95"), Figure.Qualifier.MORE_THAN)),
                report().commitments(Figure.ofPercent(BigDecimal.ZERO, null)), // a percent 0: none signed
                report().commitments(Figure.ofCount(0)),
                report()); // not stated
        assertEquals(new Coverage.Share(2, 5, 0.4), c.commitments());
    }

    @Test
    void modelsCountWhenNamedOrRegistered() {
        Coverage c = coverage(report().models(List.of(new ReportState.Model("Bảng nội quy", "ADMINISTRATION")), null),
                report().models(List.of(), 5), report().models(List.of(), 0), report());
        assertEquals(new Coverage.Share(2, 4, 0.5), c.models());
    }

    @Test
    void theCulturalStandardCountsWhenStatedEvenWithoutAFigureButNotWhenStatedAsNone() {
        Coverage c = coverage(
                report().title("CULTURAL_STANDARD_UNIT", null), // "Hằng năm, Văn phòng đều được đạt chuẩn văn hóa"
                report().title("CULTURAL_STANDARD_UNIT", Figure.ofCount(1)),
                report().title("CULTURAL_STANDARD_UNIT", Figure.ofCount(0)),
                report().title("ADVANCED_WORKER", Figure.ofCount(18)));
        assertEquals(new Coverage.Share(2, 4, 0.5), c.culturalStandard());
    }

    @Test
    void noReportIsNoShare() {
        Coverage c = Coverage.from(new Tally());
        assertEquals(new Coverage.Share(0, 0, null), c.ownPlan());
        assertEquals(new Coverage.Share(0, 0, null), c.culturalStandard());
    }

    /** One report per agency and round: a revision takes the earlier version's answer away and adds its own. */
    @Test
    void anAgencyThatRevisesItsReportCountsOnce() {
        ReportState first = report().directives(OWN_PLAN).build(1);
        ReportState revised = report().directives(OWN_PLAN, OWN_REGULATION).id(first.id()).build(2);
        Tally kept = contribution(first);
        kept.add(contribution(first), -1).add(contribution(revised), 1);
        Coverage c = Coverage.from(kept);
        assertEquals(new Coverage.Share(1, 1, 1.0), c.ownPlan());
        assertEquals(new Coverage.Share(1, 1, 1.0), c.ownRegulation());
        ProvinceStatistics s = StatisticsCalculator.statistics("SO-KET-2022", "70", null, kept, java.util.Map.of(),
                java.util.Map.of(), null);
        assertEquals(s.agenciesReported(), s.coverage().ownPlan().of(), "over the agencies reported");
    }

    /** The accepted reports only: shares over them, as every other figure of {@code ?accepted=true}. */
    @Test
    void theAcceptedOnlyViewCountsOverTheAcceptedReports() {
        Tally t = contribution(report().directives(OWN_PLAN).accepted().build(2));
        t.add(contribution(report().directives(OWN_PLAN).build(1)), 1);
        t.add(contribution(report().build(1)), 1);
        assertEquals(new Coverage.Share(2, 3, 0.66667), Coverage.from(t).ownPlan());
        ProvinceStatistics accepted = StatisticsCalculator.statistics("SO-KET-2022", "70", null,
                StatisticsCalculator.acceptedOnly(t), java.util.Map.of(), java.util.Map.of(), null);
        assertEquals(1, accepted.agenciesReported());
        assertEquals(new Coverage.Share(1, 1, 1.0), accepted.coverage().ownPlan());
    }

    private static Tally contribution(ReportState r) {
        return StatisticsCalculator.contribution(new StatisticsCalculator.Entry(r, "PROVINCIAL_DEPARTMENT", true), true);
    }

    private static Coverage coverage(Report... reports) {
        Tally t = new Tally();
        for (Report r : reports) {
            t.add(contribution(r.build(1)), 1);
        }
        return Coverage.from(t);
    }

    private static Report report() {
        return new Report();
    }

    /** A report stating only what a test gives it. */
    private static final class Report {
        private UUID id = UUID.randomUUID();
        private List<ReportState.Directive> directives = List.of();
        private Figure commitments;
        private List<ReportState.Model> models = List.of();
        private Integer modelsRegistered;
        private List<ReportState.EmulationTitle> titles = List.of();
        private boolean accepted;

        Report directives(ReportState.Directive... d) {
            directives = List.of(d);
            return this;
        }

        Report commitments(Figure f) {
            commitments = f;
            return this;
        }

        Report models(List<ReportState.Model> named, Integer registered) {
            models = named;
            modelsRegistered = registered;
            return this;
        }

        Report title(String title, Figure count) {
            titles = List.of(new ReportState.EmulationTitle(title, null, count));
            return this;
        }

        Report id(UUID reportId) {
            id = reportId;
            return this;
        }

        Report accepted() {
            accepted = true;
            return this;
        }

        ReportState build(int version) {
            ReportState r = new ReportState(id, "70.SNGV", "PROVINCIAL_DEPARTMENT", "SO-KET-2022", "70", version,
                    version == 1 ? ReportStatus.SUBMITTED : ReportStatus.REVISED, Instant.parse("2022-04-26T02:15:00Z"),
                    Instant.parse("2022-04-26T02:15:00Z"), true, null, null,
                    commitments == null ? null : new ReportState.Workforce(20, null, commitments), null, directives,
                    null, modelsRegistered, models, null, List.of(), titles);
            return accepted ? r.withReview(new ReportState.Review("ACCEPTED", null, "board",
                    Instant.parse("2022-05-02T03:00:00Z"), version - 1)) : r;
        }
    }
}
