package org.casereview.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.ThresholdPolicy;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A case's deadlines")
class CaseDeadlinesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ThresholdPolicy KENT = ThresholdPolicy.kent();
    private static final ThresholdPolicy NOTTS = ThresholdPolicy.nottinghamshire();

    @Nested
    @DisplayName("Kent: \"Acknowledgement of trigger application sent automatically via email if reported online, within "
            + "2 days if made via telephone or writing\"; \"Decision letter ... no later than 25 working days since the "
            + "application was acknowledged\"")
    class Kent {

        @ParameterizedTest(name = "online, received {0}: acknowledged at once ({1}), decision by {2}")
        @CsvSource({
                "2026-03-02, 2026-03-02, 2026-04-08", // across Good Friday and Easter Monday 2026
                "2026-03-07, 2026-03-07, 2026-04-14", // received on a Saturday: the e-mail goes at once
                "2026-06-01, 2026-06-01, 2026-07-06",
                "2026-12-18, 2026-12-18, 2027-01-27"})
        void online(LocalDate received, LocalDate acknowledgementDue, LocalDate decisionDue) {
            CaseDeadlines deadlines = CaseDeadlines.forApplication(KENT, CALENDAR, true, received, null);
            assertThat(deadlines.acknowledgementDue()).isEqualTo(acknowledgementDue);
            assertThat(deadlines.decisionDue()).isEqualTo(decisionDue);
            assertThat(deadlines.decisionFrom()).isEqualTo(DecisionClock.ACKNOWLEDGEMENT);
        }

        @ParameterizedTest(name = "by telephone or in writing, received {0}: acknowledge by {1}, decision by {2}")
        @CsvSource({
                "2026-03-02, 2026-03-04, 2026-04-10", // Monday: Wednesday
                "2026-03-06, 2026-03-10, 2026-04-16", // Friday: Tuesday
                "2026-03-07, 2026-03-10, 2026-04-16", // Saturday: Tuesday
                "2026-12-18, 2026-12-22, 2027-01-29", // Christmas, Boxing Day substitute and New Year's Day
                "2022-06-01, 2022-06-07, 2022-07-12", // Platinum Jubilee, 2 and 3 June 2022
                "2022-09-15, 2022-09-20, 2022-10-25", // the State Funeral, 19 September 2022
                "2023-05-05, 2023-05-10, 2023-06-15"}) // the Coronation, 8 May 2023, and the spring bank holiday
        void other(LocalDate received, LocalDate acknowledgementDue, LocalDate decisionDue) {
            CaseDeadlines deadlines = CaseDeadlines.forApplication(KENT, CALENDAR, false, received, null);
            assertThat(deadlines.acknowledgementDue()).isEqualTo(acknowledgementDue);
            assertThat(deadlines.decisionDue()).isEqualTo(decisionDue);
            assertThat(deadlines.decisionClockStartsOn()).isEqualTo(acknowledgementDue);
        }

        @Test
        @DisplayName("once acknowledged, the 25 working days run from the day it actually was")
        void fromActualAcknowledgement() {
            LocalDate received = LocalDate.of(2026, 12, 18);
            CaseDeadlines early = CaseDeadlines.forApplication(KENT, CALENDAR, false, received, LocalDate.of(2026, 12, 18));
            CaseDeadlines onTime = CaseDeadlines.forApplication(KENT, CALENDAR, false, received, LocalDate.of(2026, 12, 22));
            CaseDeadlines late = CaseDeadlines.forApplication(KENT, CALENDAR, false, received, LocalDate.of(2026, 12, 23));
            assertThat(early.decisionDue()).isEqualTo(LocalDate.of(2027, 1, 27));
            assertThat(onTime.decisionDue()).isEqualTo(LocalDate.of(2027, 1, 29));
            assertThat(late.decisionDue()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(late.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 12, 22));
            assertThat(late.acknowledgedLate()).isTrue();
            assertThat(onTime.acknowledgedLate()).isFalse();
            assertThat(late.acknowledgementStatus(LocalDate.of(2027, 1, 4))).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        @DisplayName("\"There will be a final review after 6 months\"")
        void finalReview() {
            CaseDeadlines deadlines = CaseDeadlines.forApplication(KENT, CALENDAR, true, LocalDate.of(2026, 3, 2),
                    null);
            assertThat(deadlines.finalReviewDue(LocalDate.of(2026, 4, 8))).isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(deadlines.finalReviewDue(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(deadlines.finalReviewDue(LocalDate.of(2023, 8, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(CaseDeadlines.finalReviewDue(KENT, LocalDate.of(2026, 3, 31)))
                    .isEqualTo(LocalDate.of(2026, 9, 30));
        }
    }

    @Nested
    @DisplayName("Bassetlaw, Newark & Sherwood: \"Respond to victim confirming receipt ... within 3 working days\"; a "
            + "full response that \"will not exceed 25 working days from receipt\"")
    class Nottinghamshire {

        @ParameterizedTest(name = "online = {1}, received {0}: acknowledge by {2}, decision by {3}")
        @CsvSource({
                "2026-03-02, true,  2026-03-05, 2026-04-08", // skips Good Friday and Easter Monday 2026
                "2026-03-02, false, 2026-03-05, 2026-04-08",
                "2026-04-02, false, 2026-04-09, 2026-05-12", // Good Friday, Easter Monday, early May bank holiday
                "2026-12-24, false, 2026-12-31, 2027-02-02",
                "2026-12-24, true,  2026-12-31, 2027-02-02",
                "2022-09-16, false, 2022-09-22, 2022-10-24",
                "2021-12-23, false, 2021-12-30, 2022-02-01"}) // both substitute days, then New Year's substitute
        void deadlines(LocalDate received, boolean online, LocalDate acknowledgementDue, LocalDate decisionDue) {
            CaseDeadlines deadlines = CaseDeadlines.forApplication(NOTTS, CALENDAR, online, received, null);
            assertThat(deadlines.acknowledgementDue()).isEqualTo(acknowledgementDue);
            assertThat(deadlines.decisionDue()).isEqualTo(decisionDue);
            assertThat(deadlines.decisionClockStartsOn()).isEqualTo(received);
        }

        @Test
        @DisplayName("a late acknowledgement does not move a decision counted from receipt")
        void receiptClockIgnoresAcknowledgement() {
            LocalDate received = LocalDate.of(2026, 3, 2);
            assertThat(CaseDeadlines.forApplication(NOTTS, CALENDAR, false, received, LocalDate.of(2026, 3, 20))
                    .decisionDue()).isEqualTo(LocalDate.of(2026, 4, 8));
        }
    }

    @Test
    @DisplayName("an acknowledgement before the application arrived is a mistake and is refused")
    void acknowledgedBeforeReceived() {
        assertThatThrownBy(() -> CaseDeadlines.forApplication(KENT, CALENDAR, false, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the decision always falls on a working day exactly that many working days after its start")
    void decisionIsAlwaysAWorkingDay() {
        for (LocalDate received = LocalDate.of(2019, 1, 1); received.getYear() <= 2030; received = received.plusDays(1)) {
            for (ThresholdPolicy policy : new ThresholdPolicy[] {KENT, NOTTS, ThresholdPolicy.testValley()}) {
                for (boolean online : new boolean[] {true, false}) {
                    CaseDeadlines deadlines = CaseDeadlines.forApplication(policy, CALENDAR, online, received, null);
                    assertThat(CALENDAR.isWorkingDay(deadlines.decisionDue())).as("%s", received).isTrue();
                    assertThat(CALENDAR.workingDaysBetween(deadlines.decisionClockStartsOn(), deadlines.decisionDue()))
                            .isEqualTo(25);
                    assertThat(deadlines.acknowledgementDue()).isAfterOrEqualTo(received)
                            .isBeforeOrEqualTo(deadlines.decisionDue());
                    if (policy.acknowledgementDays(online) > 0) {
                        assertThat(CALENDAR.isWorkingDay(deadlines.acknowledgementDue())).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("met, due, due soon or overdue on a given day")
    class Status {

        private final LocalDate due = LocalDate.of(2026, 3, 11); // a Wednesday

        @ParameterizedTest(name = "due Wednesday 11 March 2026, today {0}: {1}")
        @CsvSource({
                "2026-03-04, DUE", // 5 working days to go
                "2026-03-05, DUE", // 4
                "2026-03-06, DUE_SOON", // Friday: Monday, Tuesday, Wednesday
                "2026-03-07, DUE_SOON",
                "2026-03-09, DUE_SOON",
                "2026-03-11, DUE_SOON", // due today
                "2026-03-12, OVERDUE",
                "2026-04-30, OVERDUE"})
        void notDone(LocalDate today, DeadlineStatus status) {
            assertThat(DeadlineStatus.of(due, null, today, CALENDAR)).isEqualTo(status);
        }

        @ParameterizedTest(name = "done on {0}: met, late = {1}")
        @CsvSource({"2026-03-02, false", "2026-03-11, false", "2026-03-12, true"})
        void done(LocalDate doneOn, boolean late) {
            assertThat(DeadlineStatus.of(due, doneOn, LocalDate.of(2026, 4, 1), CALENDAR)).isEqualTo(DeadlineStatus.MET);
            assertThat(CaseDeadlines.late(due, doneOn)).isEqualTo(late);
        }

        @Test
        @DisplayName("due soon counts working days, so a bank holiday weekend stretches it")
        void overEaster() {
            // due Thursday 9 April 2026; from Wednesday 1 April only Thursday 2, Tuesday 7, Wednesday 8 and Thursday 9
            LocalDate dueAfterEaster = LocalDate.of(2026, 4, 9);
            assertThat(DeadlineStatus.of(dueAfterEaster, null, LocalDate.of(2026, 4, 1), CALENDAR))
                    .isEqualTo(DeadlineStatus.DUE);
            assertThat(DeadlineStatus.of(dueAfterEaster, null, LocalDate.of(2026, 4, 2), CALENDAR))
                    .isEqualTo(DeadlineStatus.DUE_SOON);
        }

        @Test
        @DisplayName("the case's own statuses for acknowledgement, decision and final review")
        void caseStatuses() {
            CaseDeadlines deadlines = CaseDeadlines.forApplication(NOTTS, CALENDAR, false, LocalDate.of(2026, 3, 2),
                    null);
            assertThat(deadlines.acknowledgementStatus(LocalDate.of(2026, 3, 2))).isEqualTo(DeadlineStatus.DUE_SOON);
            assertThat(deadlines.acknowledgementStatus(LocalDate.of(2026, 3, 6))).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(deadlines.decisionStatus(null, LocalDate.of(2026, 3, 2))).isEqualTo(DeadlineStatus.DUE);
            assertThat(deadlines.decisionStatus(null, LocalDate.of(2026, 4, 1))).isEqualTo(DeadlineStatus.DUE_SOON);
            assertThat(deadlines.decisionDue()).isEqualTo(LocalDate.of(2026, 4, 8));
            assertThat(deadlines.decisionStatus(null, LocalDate.of(2026, 4, 8))).isEqualTo(DeadlineStatus.DUE_SOON);
            assertThat(deadlines.decisionStatus(null, LocalDate.of(2026, 4, 9))).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(deadlines.decisionStatus(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 10)))
                    .isEqualTo(DeadlineStatus.MET);
            assertThat(deadlines.decidedLate(LocalDate.of(2026, 4, 9))).isTrue();
            assertThat(deadlines.decidedLate(LocalDate.of(2026, 4, 8))).isFalse();
            // Tuesday 31 March, Wednesday 1, Thursday 2, Tuesday 7 and Wednesday 8 April
            assertThat(deadlines.workingDaysUntilDecision(LocalDate.of(2026, 3, 30))).isEqualTo(5);
            assertThat(deadlines.workingDaysUntilDecision(LocalDate.of(2026, 4, 10))).isEqualTo(-2);
            assertThat(deadlines.finalReviewStatus(LocalDate.of(2026, 4, 8), null, LocalDate.of(2026, 10, 8)))
                    .isEqualTo(DeadlineStatus.DUE_SOON);
            assertThat(deadlines.finalReviewStatus(LocalDate.of(2026, 4, 8), null, LocalDate.of(2026, 10, 9)))
                    .isEqualTo(DeadlineStatus.OVERDUE);
        }
    }
}
