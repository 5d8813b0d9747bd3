package vn.vhcs.gateway.security;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each role may do at the gateway, before anything is forwarded. The services check the
 * scope again, where they know which agency and province a report belongs to.
 */
public final class RouteAccess {

    /**
     * A format's suffix ({@code …/provinces/01.csv}): aggregation-service answers it as the URL without
     * it, so it is that URL's to allow. Any extension, and any number of them, so that what is no format
     * (a 404 there) is still refused here to who may not read the province.
     */
    private static final String SUFFIX = "(\\.[A-Za-z0-9]+)*";
    /**
     * A province's statistics, the agencies of the province that have not reported, its report
     * (Word), its comparison of two rounds.
     */
    private static final Pattern PROVINCE_STATISTICS = Pattern.compile(
            "^/api/v1/statistics/rounds/[^/]+/provinces/([^/.]+)(/missing-agencies|/report\\.docx|/comparison)?"
                    + SUFFIX + "$");
    /** The whole country's statistics, report, comparison of two rounds, and trend: national readers only. */
    private static final Pattern NATIONAL_STATISTICS = Pattern.compile(
            "^/api/v1/statistics/(rounds/[^/]+/national(/report\\.docx|/comparison)?|national/trend)" + SUFFIX + "$");
    /** A board's decision on a report. */
    private static final Pattern REVIEW = Pattern.compile("^/api/v1/reports/[^/]+/review$");
    /** A province's lock for a round: its board locks it (only an admin unlocks). */
    private static final Pattern LOCK = Pattern.compile("^/api/v1/rounds/[^/]+/provinces/([^/]+)/lock$");
    /** Reminders to a province's agencies that have not reported: its board sends them. */
    private static final Pattern REMINDERS = Pattern.compile("^/api/v1/rounds/[^/]+/provinces/([^/]+)/reminders$");
    /** A client's own delivery log, and the redelivery of one of its deliveries. */
    private static final Pattern OWN_REDELIVERY = Pattern.compile("^/api/v1/clients/me/deliveries/[^/]+/redeliver$");
    private static final Pattern TREND = Pattern.compile("^/api/v1/statistics/provinces/([^/.]+)/trend" + SUFFIX + "$");

    private RouteAccess() {
    }

    public static boolean allowed(Caller caller, String method, String path) {
        if (caller.admin()) {
            return true;
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (under(path, "/api/v1/clients")) {
            // its own role and scope, its own webhook deliveries, nothing else
            return read && (path.equals("/api/v1/clients/me") || path.equals("/api/v1/clients/me/deliveries"))
                    || method.equals("POST") && OWN_REDELIVERY.matcher(path).matches();
        }
        if (under(path, "/api/v1/provinces") || under(path, "/api/v1/agencies") || under(path, "/api/v1/rounds")) {
            if (!read && caller.role() == Role.BOARD) {
                Matcher m = (method.equals("PUT") ? LOCK : REMINDERS).matcher(path);
                return (method.equals("PUT") || method.equals("POST")) && m.matches() && caller.coversProvince(m.group(1));
            }
            return read; // registry writes: admins only
        }
        if (under(path, "/api/v1/figures")) {
            return read; // the catalogue: every client reads it, admins define figures
        }
        if (under(path, "/api/v1/reports")) {
            if (caller.role() == Role.BOARD) {
                // reads its provinces' reports and reviews them; report-service checks the province
                return read || method.equals("POST") && REVIEW.matcher(path).matches();
            }
            return caller.role() == Role.SUBMITTER || caller.role() == Role.READER && read && caller.reportsRead();
        }
        if (under(path, "/api/v1/drafts")) {
            return caller.role() == Role.SUBMITTER; // report-service checks the agency
        }
        if (under(path, "/api/v1/statistics")) {
            if (!caller.readsStatistics()) {
                return false;
            }
            Matcher m = PROVINCE_STATISTICS.matcher(path);
            if (m.matches()) {
                return caller.coversProvince(m.group(1));
            }
            m = TREND.matcher(path);
            if (m.matches()) {
                return caller.coversProvince(m.group(1));
            }
            if (NATIONAL_STATISTICS.matcher(path).matches()) {
                return caller.national();
            }
            return true; // lists are filtered to the scope by aggregation-service
        }
        return true;
    }

    static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ":");
    }
}
