package vn.vhcs.gateway.reminders;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

/**
 * Reminders by e-mail, in Vietnamese, to the missing agencies that have an address in the registry
 * (report-service's agencies, read when reminding, so a changed address counts at once). Sent
 * while reminding, once per agency per run; a refused or failed message is counted and logged, not
 * retried (the webhooks are the retried channel). Nothing is sent unless
 * {@code vhcs.reminders.mail-from} is set.
 */
@ApplicationScoped
public class ReminderMails {

    private static final Logger LOG = Logger.getLogger(ReminderMails.class);
    /** The identity the gateway reads the registry with. */
    private static final Caller SELF = new Caller("gateway-reminders", Role.ADMIN, List.of(), List.of(), true);

    /** What one run's e-mails did. */
    public record Sent(int sent, int failed) {
    }

    private final Mailer mailer;
    /** The sender; absent: no e-mail is sent. */
    private final Optional<String> from;
    private final ServiceReads services;
    private final DeliveryMetrics metrics;

    public ReminderMails(Mailer mailer, ReminderConfig config, ServiceReads services, DeliveryMetrics metrics) {
        this.mailer = mailer;
        this.from = config.mailFrom();
        this.services = services;
        this.metrics = metrics;
    }

    public Sent send(String round, String province, List<Reminders.Missing> missing) {
        if (from.isEmpty() || missing.isEmpty()) {
            return new Sent(0, 0);
        }
        Map<String, String> addresses;
        try {
            addresses = addresses(province);
        } catch (Exception e) {
            LOG.warnf("Reminder e-mails for %s/%s not sent: the registry did not answer (%s)", round, province,
                    e.getMessage());
            return new Sent(0, 0);
        }
        int sent = 0;
        int failed = 0;
        for (Reminders.Missing agency : missing) {
            String to = addresses.get(agency.code());
            if (to == null) {
                continue;
            }
            String name = agency.name() == null ? agency.code() : agency.name();
            try {
                mailer.send(Mail.withText(to,
                        Messages.get(Messages.VIETNAMESE, "reminder.email.subject", round),
                        Messages.get(Messages.VIETNAMESE, "reminder.email.body", name, agency.code(), round, province))
                        .setFrom(from.get()));
                sent++;
                metrics.email(true);
            } catch (RuntimeException e) {
                failed++;
                metrics.email(false);
                LOG.warnf("Reminder e-mail to %s (%s) for %s/%s failed: %s", agency.code(), to, round, province,
                        e.getMessage());
            }
        }
        return new Sent(sent, failed);
    }

    /** The e-mail address of each agency of the province that has one, from report-service. */
    private Map<String, String> addresses(String province) throws Exception {
        Map<String, String> addresses = new HashMap<>();
        URI agencies = services.reportService("/api/v1/agencies?province=" + URLEncoder.encode(province, StandardCharsets.UTF_8));
        for (JsonNode agency : services.items(agencies, SELF, answer -> new IllegalStateException("HTTP " + answer.status()))) {
            if (agency.hasNonNull("email")) {
                addresses.put(agency.path("code").asText(), agency.path("email").asText());
            }
        }
        return addresses;
    }
}
