package vn.vhcs.gateway.reminders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the scheduler reminds: how many days before a province's due date. */
@ConfigMapping(prefix = "vhcs.reminders")
public interface ReminderConfig {

    /** Days before the due date in force for a province (its own, else the round's) to remind it. */
    @WithDefault("3")
    int daysBefore();

    /** How often the scheduler checks the due dates (read by the scheduled job, declared here to be known). */
    @WithDefault("1h")
    java.time.Duration checkEvery();

    /** How long after start-up the first check runs. */
    @WithDefault("30s")
    java.time.Duration checkDelay();

    /** Whether the scheduler reminds at all (reminders on demand always work). */
    @WithDefault("true")
    boolean enabled();

    /**
     * The sender of reminder e-mails; absent: no e-mail is sent (the SMTP server is
     * {@code quarkus.mailer.host}/{@code port}/{@code username}/{@code password}).
     */
    java.util.Optional<String> mailFrom();
}
