package org.casereview.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/** Where a step stands against its due date on a given day. */
public enum DeadlineStatus {
    /** Done (on time or not: see {@link CaseDeadlines#late}). */
    MET,
    /** Not done, and more than {@value #DUE_SOON_WORKING_DAYS} working days to go. */
    DUE,
    /** Not done, due today or within {@value #DUE_SOON_WORKING_DAYS} working days. */
    DUE_SOON,
    /** Not done, and the due date has passed. */
    OVERDUE;

    /** How close counts as "soon". */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    /**
     * The status of a step due on {@code due} and done on {@code doneOn} (null if not done), as seen on {@code today}.
     * "Soon" counts the working days after today up to and including the due day, so with a Wednesday deadline it
     * is due soon from the Friday before.
     */
    public static DeadlineStatus of(LocalDate due, @Nullable LocalDate doneOn, LocalDate today,
            WorkingDayCalendar calendar) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(today, "today");
        if (doneOn != null) {
            return MET;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= DUE_SOON_WORKING_DAYS ? DUE_SOON : DUE;
    }
}
