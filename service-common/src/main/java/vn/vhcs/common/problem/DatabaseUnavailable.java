package vn.vhcs.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.jboss.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.web.RequestIds;

/**
 * A request that failed because the database could not be reached (restarted, failed over, pool exhausted) is not a
 * fault of the service: it answers 503 with {@code Retry-After}, never 500, and the transaction stored nothing.
 * {@link ProblemExceptionMappers#unexpected} asks this first, since such failures arrive wrapped in whatever layer
 * met them (Hibernate, JTA commit, Agroal, the PostgreSQL driver).
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait: a restart or a fail-over of PostgreSQL takes a few. */
    public static final int RETRY_AFTER_SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or anything it wraps says the database cannot be reached right now. */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return causes(failure, seen);
    }

    private static boolean causes(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (connectionFailure(e)) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(e.getCause(), seen) || e instanceof SQLException sql && causes(sql.getNextException(), seen);
    }

    private static boolean connectionFailure(Throwable e) {
        // by name: service-common does not depend on Hibernate
        if (e.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") // connection exception
                    || state.equals("57P01") // admin_shutdown
                    || state.equals("57P02") // crash_shutdown
                    || state.equals("57P03") // cannot_connect_now: starting up or shutting down
                    || state.equals("53300"))) { // too_many_connections
                return true;
            }
            // Agroal's pool: no connection could be had within quarkus.datasource.jdbc.acquisition-timeout
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("acquisition timeout");
        }
        return false;
    }

    /** The 503 problem document, with {@code Retry-After}. */
    public static Response answer(Throwable failure, UriInfo uri) {
        LOG.warnf("Database unavailable during request %s: %s", RequestIds.current(), rootMessage(failure));
        return Response.fromResponse(ProblemExceptionMappers.problem(ProblemType.SERVICE_UNAVAILABLE,
                Messages.get("database.unavailable"), null, uri))
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
