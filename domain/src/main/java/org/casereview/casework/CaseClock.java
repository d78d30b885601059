package org.casereview.casework;

import org.casereview.application.Application;
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
    public static final String OUTCOME = "Outcome letter";
    public static final String FINAL_REVIEW = "Final review";
    public static final String SECOND_STAGE = "Second-stage decision";

    /**
     * The dates a case's next step is read from.
     *
     * @param secondStageRequestedOn when the second-stage review waiting for its decision was asked for, if any
     * @param secondStageWorkingDays the working days from that request the panel aims to decide in: the seed documents
     *                               set none, so the partnership's own decision period is used as the target
     */
    public record Dates(ApplicationStatus status, @Nullable LocalDate acknowledgedOn, LocalDate acknowledgementDue,
                        @Nullable LocalDate decidedOn, LocalDate decisionDue, @Nullable LocalDate revisedDecisionDue,
                        @Nullable LocalDate finalReviewDue, @Nullable LocalDate secondStageRequestedOn,
                        int secondStageWorkingDays) {

        public static Dates of(Application application, @Nullable LocalDate secondStageRequestedOn) {
            return new Dates(application.getStatus(), application.getAcknowledgedOn(),
                    application.getAcknowledgementDue(), application.getDecidedOn(), application.getDecisionDue(),
                    application.getRevisedDecisionDue(), application.getFinalReviewDue(), secondStageRequestedOn,
                    application.getPartnership().policy().decisionWorkingDays());
        }
    }

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

    /**
     * The next step at any point of the life cycle: acknowledgement, the threshold decision, the outcome letter (by
     * the day a delay notice gave, if one did), the final review, or the second-stage decision. Null when nothing is
     * due: a case decided against, closed or withdrawn.
     */
    public static @Nullable CaseClock next(Dates dates, LocalDate today, WorkingDayCalendar calendar) {
        return switch (dates.status()) {
            case RECEIVED, ACKNOWLEDGED -> next(dates.status(), dates.acknowledgedOn(), dates.acknowledgementDue(),
                    dates.decidedOn(), dates.decisionDue(), today, calendar);
            case REVIEW_ACTIVATED, REVIEW_HELD -> of(OUTCOME, dates.revisedDecisionDue() != null
                    ? dates.revisedDecisionDue() : dates.decisionDue(), null, today, calendar);
            case OUTCOME_SENT -> dates.finalReviewDue() == null ? null
                    : of(FINAL_REVIEW, dates.finalReviewDue(), null, today, calendar);
            case SECOND_STAGE_REVIEW -> dates.secondStageRequestedOn() == null ? null
                    : of(SECOND_STAGE, calendar.plusWorkingDays(dates.secondStageRequestedOn(),
                    dates.secondStageWorkingDays()), null, today, calendar);
            case THRESHOLD_NOT_MET, EXCLUDED, CLOSED, WITHDRAWN -> null;
        };
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
