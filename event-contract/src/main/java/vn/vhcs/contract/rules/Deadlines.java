package vn.vhcs.contract.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When a report counts as on time: one rule for the service that stores it and the one that counts it. */
public final class Deadlines {

    /** Deadlines are calendar days in Vietnam, whatever zone a server runs in. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Deadlines() {
    }

    /** The deadline in force for a province: its own (set by its Sở Nội vụ) if it has one, else the round's. */
    public static LocalDate dueDate(LocalDate roundDueDate, LocalDate provinceDueDate) {
        return provinceDueDate != null ? provinceDueDate : roundDueDate;
    }

    /**
     * The day a report reached the board: {@code receivedOn} when an admin keyed in a paper report
     * afterwards, else the day (in Vietnam) of its first submission.
     */
    public static LocalDate reportedOn(Instant firstSubmittedAt, LocalDate receivedOn) {
        return receivedOn != null ? receivedOn : LocalDate.ofInstant(firstSubmittedAt, VIETNAM);
    }

    /** On time: reported on or before the deadline. */
    public static boolean onTime(Instant firstSubmittedAt, LocalDate receivedOn, LocalDate dueDate) {
        return !reportedOn(firstSubmittedAt, receivedOn).isAfter(dueDate);
    }
}
