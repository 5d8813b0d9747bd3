package vn.vhcs.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.registry.ReportingRound;
import vn.vhcs.report.api.ReportRequest;

/**
 * The rules of DESIGN.md that relate several fields, or a field to the round. Bean Validation
 * checks each field alone first; these run on a document whose fields are each valid.
 */
final class ReportRules {

    private ReportRules() {
    }

    static List<FieldError> check(ReportRequest r, ReportingRound round) {
        List<FieldError> errors = new ArrayList<>();
        var w = r.workforce();
        if (w.participating() > w.total()) {
            errors.add(new FieldError("workforce.participating", Messages.get("report.participating.max", w.total())));
        }
        if (w.commitmentsSigned() > w.total()) {
            errors.add(new FieldError("workforce.commitmentsSigned", Messages.get("report.commitments.max", w.total())));
        }
        var units = r.memberUnits();
        if (units != null && units.withCultureRules() != null) {
            if (units.total() == null) {
                errors.add(new FieldError("memberUnits.total", Messages.get("report.units.required")));
            } else if (units.withCultureRules() > units.total()) {
                errors.add(new FieldError("memberUnits.withCultureRules", Messages.get("report.units.max", units.total())));
            }
        }
        LocalDate issuedOn = r.document().issuedOn();
        if (issuedOn.isBefore(round.periodStart) || issuedOn.isAfter(round.closesOn)) {
            errors.add(new FieldError("document.issuedOn",
                    Messages.get("report.issued-on.range", round.periodStart.toString(), round.closesOn.toString())));
        }
        for (int i = 0; i < r.directives().size(); i++) {
            LocalDate on = r.directives().get(i).issuedOn();
            if (on != null && on.isAfter(issuedOn)) {
                errors.add(new FieldError("directives[" + i + "].issuedOn",
                        Messages.get("report.directive.after", issuedOn.toString())));
            }
        }
        int firstYear = round.periodStart.getYear();
        int lastYear = round.periodEnd.getYear();
        for (int i = 0; i < r.commendations().size(); i++) {
            int year = r.commendations().get(i).year();
            if (year < firstYear || year > lastYear) {
                errors.add(new FieldError("commendations[" + i + "].year", yearMessage(firstYear, lastYear)));
            }
        }
        for (int i = 0; i < r.emulationTitles().size(); i++) {
            var title = r.emulationTitles().get(i);
            if (title.year() < firstYear || title.year() > lastYear) {
                errors.add(new FieldError("emulationTitles[" + i + "].year", yearMessage(firstYear, lastYear)));
            }
            if (title.title().individual() && title.count() > w.total()) {
                errors.add(new FieldError("emulationTitles[" + i + "].count", Messages.get("report.title.count", w.total())));
            }
        }
        return errors;
    }

    private static String yearMessage(int first, int last) {
        return Messages.get("report.year.range", first, last);
    }
}
