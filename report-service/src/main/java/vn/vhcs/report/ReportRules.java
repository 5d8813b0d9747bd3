package vn.vhcs.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;
import vn.vhcs.registry.ReportingRound;
import vn.vhcs.report.api.ReportRequest;

/**
 * The rules of the report contract (docs/architecture.md) that relate several fields, or a field to the round, and the
 * ranges of figures (a figure is a contract type without Bean Validation). Bean Validation checks the other fields
 * alone; these run on the same document, so one answer lists every broken rule. Parts that are absent are not checked:
 * nothing here forces an agency to state a number.
 */
final class ReportRules {

    static final int MAX_COUNT = 1_000_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportRules() {
    }

    static List<FieldError> check(ReportRequest r, ReportingRound round) {
        List<FieldError> errors = new ArrayList<>();
        var w = r.workforce();
        if (w != null) {
            figure(errors, "workforce.participating", w.participating(), w.total(),
                    "report.participating.max");
            figure(errors, "workforce.commitmentsSigned", w.commitmentsSigned(), w.total(),
                    "report.commitments.max");
        }
        var units = r.memberUnits();
        if (units != null) {
            figure(errors, "memberUnits.withCultureRules", units.withCultureRules(), units.total(), "report.units.max");
            figure(errors, "memberUnits.withPlans", units.withPlans(), units.total(), "report.units.max");
        }
        var indicators = r.indicators();
        if (indicators != null) {
            percentage(errors, "indicators.computerEquipmentPercent", indicators.computerEquipmentPercent());
            percentage(errors, "indicators.citizenSatisfactionPercent", indicators.citizenSatisfactionPercent());
            percentage(errors, "indicators.digitizedProceduresPercent", indicators.digitizedProceduresPercent());
        }
        if (r.modelsRegistered() != null && r.modelsRegistered() < r.models().size()) {
            errors.add(new FieldError("modelsRegistered", Messages.get("report.models.registered.min", r.models().size())));
        }
        var inspections = r.inspections();
        if (inspections != null && inspections.violationsHandled() != null && inspections.violationsFound() != null
                && inspections.violationsHandled() > inspections.violationsFound()) {
            errors.add(new FieldError("inspections.violationsHandled",
                    Messages.get("report.violations.handled.max", inspections.violationsFound())));
        }
        LocalDate issuedOn = r.document() == null ? null : r.document().issuedOn();
        inPeriodToClosing(errors, "document.issuedOn", issuedOn, round);
        inPeriodToClosing(errors, "receivedOn", r.receivedOn(), round);
        for (int i = 0; i < r.directives().size(); i++) {
            var directive = r.directives().get(i);
            LocalDate on = directive == null ? null : directive.issuedOn();
            if (on == null || directive.issuer() == DirectiveIssuer.CITED) {
                continue; // a cited, higher document may be older than anything in the round
            }
            if (issuedOn != null && on.isAfter(issuedOn)) {
                errors.add(new FieldError("directives[" + i + "].issuedOn",
                        Messages.get("report.directive.after", issuedOn.toString())));
            } else if (round != null && on.isAfter(round.closesOn)) {
                errors.add(new FieldError("directives[" + i + "].issuedOn",
                        Messages.get("report.directive.closing", round.closesOn.toString())));
            }
        }
        // without a known round (its code is unknown: a 422 once the body is right) no year is out of it
        int firstYear = round == null ? Integer.MIN_VALUE : round.periodStart.getYear();
        int lastYear = round == null ? Integer.MAX_VALUE : round.periodEnd.getYear();
        for (int i = 0; i < r.commendations().size(); i++) {
            var commendation = r.commendations().get(i);
            Integer year = commendation == null ? null : commendation.year();
            if (year != null && (year < firstYear || year > lastYear)) {
                errors.add(new FieldError("commendations[" + i + "].year", yearMessage(firstYear, lastYear)));
            }
        }
        Integer workforceTotal = w == null ? null : w.total();
        for (int i = 0; i < r.emulationTitles().size(); i++) {
            var title = r.emulationTitles().get(i);
            if (title == null) {
                continue; // an element of the wrong shape, reported already
            }
            String path = "emulationTitles[" + i + "]";
            if (title.year() != null && (title.year() < firstYear || title.year() > lastYear)) {
                errors.add(new FieldError(path + ".year", yearMessage(firstYear, lastYear)));
            }
            boolean individual = title.title() != null && title.title().individual();
            figure(errors, path + ".count", title.count(), individual ? workforceTotal : null, "report.title.count");
        }
        return errors;
    }

    /**
     * A figure: a count or a percent (or both, agreeing), each in range; a count not above the
     * total it is a part of, where that total is stated.
     */
    private static void figure(List<FieldError> errors, String path, Figure figure, Integer total, String maxMessage) {
        if (figure == null) {
            return;
        }
        if (figure.count() == null && figure.percent() == null) {
            errors.add(new FieldError(path, Messages.get("report.figure.empty")));
            return;
        }
        // a count alone may be a bare number (v1): then the figure's own path names it
        boolean countValid = figure.count() == null
                || count(errors, figure.percent() == null ? path : path + ".count", figure.count());
        boolean percentValid = figure.percent() == null || percent(errors, path + ".percent", figure.percent());
        if (!countValid || !percentValid || total == null) {
            return;
        }
        if (figure.count() != null && figure.count() > total) {
            errors.add(new FieldError(figure.percent() == null ? path : path + ".count", Messages.get(maxMessage, total)));
        } else if (!figure.countAgreesWithPercent(total)) {
            errors.add(new FieldError(path + ".percent", Messages.get("report.figure.disagree", figure.count(), total,
                    figure.percentOf(total).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString())));
        }
    }

    private static void percentage(List<FieldError> errors, String path, Percentage percentage) {
        if (percentage != null) {
            percent(errors, path, percentage.percent()); // an indicator is a percent: its own path names it
        }
    }

    private static boolean count(List<FieldError> errors, String path, int count) {
        if (count < 0 || count > MAX_COUNT) {
            errors.add(new FieldError(path, Messages.get("report.figure.count.range")));
            return false;
        }
        return true;
    }

    private static boolean percent(List<FieldError> errors, String path, BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(path, Messages.get("report.figure.percent.range")));
            return false;
        }
        return true;
    }

    private static void inPeriodToClosing(List<FieldError> errors, String path, LocalDate day, ReportingRound round) {
        if (day != null && round != null && (day.isBefore(round.periodStart) || day.isAfter(round.closesOn))) {
            errors.add(new FieldError(path,
                    Messages.get("report.issued-on.range", round.periodStart.toString(), round.closesOn.toString())));
        }
    }

    private static String yearMessage(int first, int last) {
        return Messages.get("report.year.range", first, last);
    }
}
