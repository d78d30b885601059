package org.casereview.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.ThresholdPolicy;
import org.casereview.workingdays.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * When a case's steps are due under its partnership's policy.
 *
 * <p>Working days never count the start day: an application received on a Monday with 2 working days to acknowledge
 * is due on the Wednesday. Zero acknowledgement days means "at once" (Kent's automatic e-mail for online
 * applications): due the day it was received, even at a weekend.
 *
 * @param online whether the application was made online (else by telephone, in writing or through an agency)
 * @param receivedOn the day it was received
 * @param acknowledgedOn the day it was acknowledged, if it has been
 * @param acknowledgementDue the last day to acknowledge it
 * @param decisionFrom what the decision's working days run from
 * @param decisionClockStartsOn the day they run from: receipt, or the acknowledgement (its due day until it is sent)
 * @param decisionDue the last day for the decision letter
 * @param finalReviewMonths months from the review's outcome to the final review
 * @param calendar the working-day calendar used
 */
public record CaseDeadlines(
        boolean online,
        LocalDate receivedOn,
        @Nullable LocalDate acknowledgedOn,
        LocalDate acknowledgementDue,
        DecisionClock decisionFrom,
        LocalDate decisionClockStartsOn,
        LocalDate decisionDue,
        int finalReviewMonths,
        WorkingDayCalendar calendar) {

    public CaseDeadlines {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(acknowledgementDue, "acknowledgementDue");
        Objects.requireNonNull(decisionFrom, "decisionFrom");
        Objects.requireNonNull(decisionClockStartsOn, "decisionClockStartsOn");
        Objects.requireNonNull(decisionDue, "decisionDue");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The deadlines for an application.
     *
     * @param online true for the online portal; false for telephone, writing or forwarded by an agency
     * @param acknowledgedOn null until it is acknowledged
     * @throws IllegalArgumentException if it was acknowledged before it was received
     */
    public static CaseDeadlines forApplication(ThresholdPolicy policy, WorkingDayCalendar calendar, boolean online,
            LocalDate receivedOn, @Nullable LocalDate acknowledgedOn) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (acknowledgedOn != null && acknowledgedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("Acknowledged on " + acknowledgedOn + ", before it was received on "
                    + receivedOn);
        }
        int acknowledgementDays = policy.acknowledgementDays(online);
        LocalDate acknowledgementDue = acknowledgementDays == 0
                ? receivedOn
                : calendar.plusWorkingDays(receivedOn, acknowledgementDays);
        LocalDate clockStarts = switch (policy.decisionFrom()) {
            case RECEIPT -> receivedOn;
            case ACKNOWLEDGEMENT -> acknowledgedOn != null ? acknowledgedOn : acknowledgementDue;
        };
        LocalDate decisionDue = calendar.plusWorkingDays(clockStarts, policy.decisionWorkingDays());
        return new CaseDeadlines(online, receivedOn, acknowledgedOn, acknowledgementDue, policy.decisionFrom(),
                clockStarts, decisionDue, policy.finalReviewMonths(), calendar);
    }

    /**
     * The final review of the action plan: {@code months} calendar months after the outcome, on the same-numbered
     * day (the month's last day where there is none, so 31 August gives 28 or 29 February). Not moved off weekends:
     * it is a target date for staff, not a statutory period.
     */
    public static LocalDate finalReviewDue(ThresholdPolicy policy, LocalDate outcomeOn) {
        return outcomeOn.plusMonths(policy.finalReviewMonths());
    }

    /** How many working days before the outcome is due the officer is prompted to send a delay notice. */
    public static final int DELAY_WARNING_WORKING_DAYS = 5;

    /**
     * The last outcome due day for which, on {@code today}, the officer should be prompted to send a delay notice:
     * an outcome due on or before it (overdue included) and not sent yet calls for one.
     */
    public static LocalDate delayWarningUntil(LocalDate today, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(today, DELAY_WARNING_WORKING_DAYS);
    }

    /** Whether an outcome not yet sent, due on {@code outcomeDue}, calls for a delay notice on {@code today}. */
    public static boolean delayNoticeDue(LocalDate outcomeDue, LocalDate today, WorkingDayCalendar calendar) {
        return !delayWarningUntil(today, calendar).isBefore(outcomeDue);
    }

    /** The final review due after an outcome on {@code outcomeOn}. */
    public LocalDate finalReviewDue(LocalDate outcomeOn) {
        return outcomeOn.plusMonths(finalReviewMonths);
    }

    public DeadlineStatus acknowledgementStatus(LocalDate today) {
        return DeadlineStatus.of(acknowledgementDue, acknowledgedOn, today, calendar);
    }

    /** @param decidedOn the day the decision letter went, or null */
    public DeadlineStatus decisionStatus(@Nullable LocalDate decidedOn, LocalDate today) {
        return DeadlineStatus.of(decisionDue, decidedOn, today, calendar);
    }

    /** @param reviewedOn the day the final review was done, or null */
    public DeadlineStatus finalReviewStatus(LocalDate outcomeOn, @Nullable LocalDate reviewedOn, LocalDate today) {
        return DeadlineStatus.of(finalReviewDue(outcomeOn), reviewedOn, today, calendar);
    }

    /** Whether it was acknowledged after the due day. */
    public boolean acknowledgedLate() {
        return late(acknowledgementDue, acknowledgedOn);
    }

    /** Whether a decision sent on {@code decidedOn} was late (the applicant should have been told of the delay). */
    public boolean decidedLate(@Nullable LocalDate decidedOn) {
        return late(decisionDue, decidedOn);
    }

    /** Whether a step done on {@code doneOn} was done after {@code due}; false if not done. */
    public static boolean late(LocalDate due, @Nullable LocalDate doneOn) {
        return doneOn != null && doneOn.isAfter(due);
    }

    /** Working days left until the decision is due (negative once overdue), for "due in 4 working days". */
    public int workingDaysUntilDecision(LocalDate today) {
        return calendar.workingDaysBetween(today, decisionDue);
    }
}
