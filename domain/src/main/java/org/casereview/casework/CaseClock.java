package org.casereview.casework;

import org.casereview.application.ApplicationStatus;
import org.casereview.deadlines.DeadlineStatus;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Where a case's next step stands on a day: "Acknowledge, due 4 March, due soon (2 working days)". The status comes
 * from {@link DeadlineStatus}, so the queue, the case list and the case page agree with the letters.
 *
 * @param step what has to be done next
 * @param workingDaysLeft working days from today to the due day; negative once overdue
 */
public record CaseClock(String step, LocalDate due, DeadlineStatus status, int workingDaysLeft) {

    public static final String ACKNOWLEDGE = "Acknowledge";
    public static final String DECIDE = "Threshold decision";

    /** The next step for a case in this state, or null when neither acknowledgement nor decision is outstanding. */
    public static @Nullable CaseClock next(ApplicationStatus status, @Nullable LocalDate acknowledgedOn,
                                           LocalDate acknowledgementDue, @Nullable LocalDate decidedOn,
                                           LocalDate decisionDue, LocalDate today, WorkingDayCalendar calendar) {
        if (status != ApplicationStatus.RECEIVED && status != ApplicationStatus.ACKNOWLEDGED) {
            return null;
        }
        if (acknowledgedOn == null) {
            return of(ACKNOWLEDGE, acknowledgementDue, null, today, calendar);
        }
        return of(DECIDE, decisionDue, decidedOn, today, calendar);
    }

    public static CaseClock of(String step, LocalDate due, @Nullable LocalDate doneOn, LocalDate today,
                               WorkingDayCalendar calendar) {
        DeadlineStatus status = DeadlineStatus.of(due, doneOn, today, calendar);
        return new CaseClock(step, due, status, calendar.workingDaysBetween(today, due));
    }

    /** "due in 4 working days", "due today", "1 working day overdue", "done". */
    public String inWords() {
        return switch (status) {
            case MET -> "done";
            case OVERDUE -> Math.max(1, -workingDaysLeft) + (workingDaysLeft == -1 ? " working day" : " working days")
                    + " overdue";
            case DUE, DUE_SOON -> workingDaysLeft <= 0 ? "due today"
                    : "due in " + workingDaysLeft + (workingDaysLeft == 1 ? " working day" : " working days");
        };
    }
}
