package org.casereview.casework;

import org.casereview.application.ApplicationStatus;
import org.casereview.deadlines.DeadlineStatus;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The next step's clock through the whole life cycle, on fixed dates (Monday 2 March 2026 is "today"). */
class CaseClockTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 2, 2);

    private static CaseClock.Dates dates(ApplicationStatus status, LocalDate revisedDue, LocalDate finalReviewDue,
                                         LocalDate appealedOn) {
        return new CaseClock.Dates(status, RECEIVED, RECEIVED.plusDays(2), RECEIVED.plusDays(10),
                LocalDate.of(2026, 3, 9), revisedDue, finalReviewDue, appealedOn, 25);
    }

    @Test
    void before_the_decision_the_clock_is_the_acknowledgement_then_the_decision() {
        CaseClock acknowledge = CaseClock.next(new CaseClock.Dates(ApplicationStatus.RECEIVED, null,
                LocalDate.of(2026, 3, 4), null, LocalDate.of(2026, 4, 8), null, null, null, 25), MONDAY, CALENDAR);
        assertThat(acknowledge.step()).isEqualTo(CaseClock.ACKNOWLEDGE);
        assertThat(acknowledge.status()).isEqualTo(DeadlineStatus.DUE_SOON);
        CaseClock decide = CaseClock.next(new CaseClock.Dates(ApplicationStatus.ACKNOWLEDGED, RECEIVED,
                RECEIVED, null, LocalDate.of(2026, 2, 27), null, null, null, 25), MONDAY, CALENDAR);
        assertThat(decide.step()).isEqualTo(CaseClock.DECIDE);
        assertThat(decide.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(decide.workingDaysLeft()).isEqualTo(-1);
    }

    @Test
    void under_review_the_outcome_letter_is_due_by_the_deadline_or_the_day_a_delay_notice_gave() {
        CaseClock onTime = CaseClock.next(dates(ApplicationStatus.REVIEW_ACTIVATED, null, null, null), MONDAY,
                CALENDAR);
        assertThat(onTime.step()).isEqualTo(CaseClock.OUTCOME);
        assertThat(onTime.due()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(onTime.workingDaysLeft()).isEqualTo(5);

        CaseClock delayed = CaseClock.next(dates(ApplicationStatus.REVIEW_HELD, LocalDate.of(2026, 3, 30), null,
                null), MONDAY, CALENDAR);
        assertThat(delayed.step()).isEqualTo(CaseClock.OUTCOME);
        assertThat(delayed.due()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(delayed.status()).isEqualTo(DeadlineStatus.DUE);
    }

    @Test
    void after_the_outcome_the_final_review_is_next() {
        CaseClock clock = CaseClock.next(dates(ApplicationStatus.OUTCOME_SENT, null, LocalDate.of(2026, 2, 20),
                null), MONDAY, CALENDAR);
        assertThat(clock.step()).isEqualTo(CaseClock.FINAL_REVIEW);
        assertThat(clock.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(clock.inWords()).isEqualTo("6 working days overdue");
    }

    @Test
    void an_appeal_aims_for_a_decision_within_the_partnerships_decision_period_of_working_days() {
        // Asked for on Monday 2 March; 25 working days later, with Good Friday and Easter Monday off: 8 April.
        CaseClock clock = CaseClock.next(dates(ApplicationStatus.SECOND_STAGE_REVIEW, null, null, MONDAY), MONDAY,
                CALENDAR);
        assertThat(clock.step()).isEqualTo(CaseClock.SECOND_STAGE);
        assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(clock.workingDaysLeft()).isEqualTo(25);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"THRESHOLD_NOT_MET", "EXCLUDED", "CLOSED", "WITHDRAWN"})
    void nothing_is_due_on_a_case_decided_against_closed_or_withdrawn(ApplicationStatus status) {
        assertThat(CaseClock.next(dates(status, null, LocalDate.of(2026, 9, 1), null), MONDAY, CALENDAR)).isNull();
    }
}
