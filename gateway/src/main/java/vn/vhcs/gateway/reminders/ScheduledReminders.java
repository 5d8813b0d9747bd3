package vn.vhcs.gateway.reminders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.contract.rules.Deadlines;

/**
 * Reminds each province {@link ReminderConfig#daysBefore()} days before the due date in force for
 * it (its own, else the round's), in Vietnamese days, for every round not closed: the same
 * reminders as on demand, once per round, province and day whatever the number of checks or of
 * gateway replicas.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ScheduledReminders {

    private static final Logger LOG = Logger.getLogger(ScheduledReminders.class);
    private static final Caller SELF = new Caller("gateway-scheduler", Role.ADMIN, List.of(), List.of(), true);

    private final Reminders reminders;
    private final ReminderConfig config;
    private final ServiceReads services;
    private final DeliveryStore store;

    @Scheduled(every = "${vhcs.reminders.check-every:1h}", delayed = "${vhcs.reminders.check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!config.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(Deadlines.VIETNAM);
        try {
            for (JsonNode round : pages("/api/v1/rounds")) {
                remindRound(round, today);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Scheduled reminders not checked: %s", e.toString()); // the next check tries again
        }
    }

    private void remindRound(JsonNode round, LocalDate today) {
        String code = round.path("code").asText();
        LocalDate closes = LocalDate.parse(round.path("closesOn").asText());
        if (closes.isBefore(today)) {
            return;
        }
        LocalDate roundDue = LocalDate.parse(round.path("dueDate").asText());
        Map<String, LocalDate> own = new HashMap<>();
        for (JsonNode d : pages("/api/v1/rounds/" + code + "/provinces")) {
            own.put(d.path("provinceCode").asText(), LocalDate.parse(d.path("dueDate").asText()));
        }
        // a quick way out for most rounds: no due date in force is the reminder day's
        LocalDate day = today.plusDays(config.daysBefore());
        if (!roundDue.equals(day) && !own.containsValue(day)) {
            return;
        }
        for (JsonNode province : pages("/api/v1/provinces?on=" + round.path("periodEnd").asText())) {
            String p = province.path("code").asText();
            if (own.getOrDefault(p, roundDue).equals(day) && store.firstReminderToday(code, p, today)) {
                try {
                    ReminderRun run = reminders.run(code, p, SELF);
                    LOG.infof("Reminded province %s of round %s (due %s): %d webhooks for %d agencies", p, code, day,
                            run.webhooks(), run.agenciesMissing());
                } catch (RuntimeException e) {
                    LOG.warnf("Province %s of round %s not reminded: %s", p, code, e.toString());
                }
            }
        }
    }

    /** Every item of a paged list of report-service. */
    private List<JsonNode> pages(String path) {
        try {
            return services.items(services.reportService(path), SELF,
                    answer -> new IllegalStateException(path + " answered " + answer.status()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
