package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.casework.CaseClock;
import org.casereview.casework.CaseRow;
import org.casereview.casework.CaseworkService;
import org.casereview.casework.WorkQueue;
import org.casereview.decision.DecisionOutcome;
import org.casereview.deadlines.DeadlineStatus;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

/** What the review screens read: the work queue's review lists, the review file's permissions, and its clock. */
@SpringBootTest
class ReviewWorkTest {

    private static final List<PanelSeat> THREE_AGENCIES = ReviewServiceTest.THREE_AGENCIES;

    @Autowired
    ReviewService reviews;
    @Autowired
    SecondStageService secondStage;
    @Autowired
    AgencyWork agencyWork;
    @Autowired
    CaseClosure closure;
    @Autowired
    CaseworkService casework;
    @Autowired
    TestCases cases;
    @Autowired
    JdbcTemplate jdbc;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private long version(Application application) {
        return cases.reload(application).getVersion();
    }

    private Application reviewHeld(String partnership) {
        Application application = cases.reviewActivated(partnership);
        reviews.recordPanel(application.getId(), application.getVersion(), new PanelRecord(today(), THREE_AGENCIES,
                null, null, null, true, false, "Agencies did not share what they knew."));
        return cases.reload(application);
    }

    private List<Long> queue(WorkQueue queue) {
        return casework.queue(queue, PageRequest.of(0, 500)).map(CaseRow::id).getContent();
    }

    private CaseRow row(WorkQueue queue, Application application) {
        return casework.queue(queue, PageRequest.of(0, 500)).stream().filter(r -> r.id() == application.getId())
                .findFirst().orElseThrow();
    }

    @Test
    void the_review_lists_hold_each_case_at_its_step_with_its_clock() {
        Application activated = cases.reviewActivated("sevenoaks");
        Application nearlyDue = cases.reviewActivated("sevenoaks");
        jdbc.update("update application set decision_due = ? where id = ?",
                calendar.plusWorkingDays(today(), 2), nearlyDue.getId());
        Application sent = reviewHeld("sevenoaks");
        reviews.sendOutcome(sent.getId(), version(sent));
        jdbc.update("update application set final_review_due = ? where id = ?", today().minusDays(3), sent.getId());
        Application appealed = reviewHeld("sevenoaks");
        reviews.sendOutcome(appealed.getId(), version(appealed));
        secondStage.recordRequest(appealed.getId(), version(appealed), SecondStageReview.About.OUTCOME,
                "The plan leaves out the garden", today().minusDays(1));

        assertThat(queue(WorkQueue.OUTCOMES_DUE)).contains(activated.getId(), nearlyDue.getId())
                .doesNotContain(sent.getId(), appealed.getId());
        assertThat(queue(WorkQueue.DELAY_NOTICES)).contains(nearlyDue.getId()).doesNotContain(activated.getId());
        CaseRow outcome = row(WorkQueue.DELAY_NOTICES, nearlyDue);
        assertThat(outcome.clock().step()).isEqualTo(CaseClock.OUTCOME);
        assertThat(outcome.clock().status()).isEqualTo(DeadlineStatus.DUE_SOON);

        assertThat(queue(WorkQueue.FINAL_REVIEWS_DUE)).contains(sent.getId()).doesNotContain(activated.getId());
        CaseRow finalReview = row(WorkQueue.FINAL_REVIEWS_DUE, sent);
        assertThat(finalReview.clock().step()).isEqualTo(CaseClock.FINAL_REVIEW);
        assertThat(finalReview.clock().status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(queue(WorkQueue.OVERDUE)).contains(sent.getId()).doesNotContain(nearlyDue.getId());

        CaseRow waiting = row(WorkQueue.SECOND_STAGE, appealed);
        assertThat(waiting.clock().step()).isEqualTo(CaseClock.SECOND_STAGE);
        assertThat(waiting.clock().due()).isEqualTo(calendar.plusWorkingDays(today().minusDays(1), 25));
        assertThat(queue(WorkQueue.SECOND_STAGE)).doesNotContain(sent.getId());

        // A delay notice moves the outcome's day: the case leaves "delay notice needed" but still awaits its outcome.
        reviews.sendDelayNotice(nearlyDue.getId(), version(nearlyDue), "The police have not answered",
                today().plusDays(40));
        assertThat(queue(WorkQueue.DELAY_NOTICES)).doesNotContain(nearlyDue.getId());
        assertThat(row(WorkQueue.OUTCOMES_DUE, nearlyDue).clock().due()).isEqualTo(today().plusDays(40));
    }

    @Test
    void each_list_comes_soonest_due_first_by_the_due_day_the_database_keeps_for_each_step() {
        Application activated = cases.reviewActivated("test-valley");
        Application received = cases.apply("test-valley", Channel.PHONE, null, "Ash Resident", 10, 5);
        jdbc.update("update application set decision_due = ? where id = ?", today().minusDays(9), activated.getId());
        Application sent = reviewHeld("test-valley");
        reviews.sendOutcome(sent.getId(), version(sent));
        jdbc.update("update application set final_review_due = ? where id = ?", today().minusDays(20), sent.getId());
        Application delayed = cases.reviewActivated("test-valley");
        reviews.sendDelayNotice(delayed.getId(), version(delayed), "The police have not answered",
                today().plusDays(60));
        Application closed = cases.reviewActivated("test-valley");
        closure.close(closed.getId(), version(closed), "Moved away");

        // The kept day is the day of the clock the list shows, in every state; nothing is due on a closed case.
        for (Application application : List.of(received, activated, sent, delayed)) {
            CaseRow row = casework.search(org.casereview.casework.CaseFilter.search(
                    cases.reload(application).getReference()), PageRequest.of(0, 5)).getContent().getFirst();
            assertThat(nextDue(application)).as(row.status().name()).isEqualTo(row.clock().due());
        }
        assertThat(nextDue(delayed)).isEqualTo(today().plusDays(60));
        assertThat(nextDue(closed)).isNull();
        closure.reopen(closed.getId(), version(closed), "Came back");
        assertThat(nextDue(closed)).isEqualTo(cases.reload(closed).getDecisionDue());

        // My cases mixes second-stage requests in by the day they were asked for; the others are in due order.
        for (WorkQueue queue : java.util.EnumSet.complementOf(java.util.EnumSet.of(WorkQueue.MINE))) {
            List<java.time.LocalDate> due = casework.queue(queue, PageRequest.of(0, 500)).stream()
                    .filter(row -> row.clock() != null).map(row -> row.clock().due()).toList();
            assertThat(due).as(queue.label()).isSorted();
        }
        List<Long> overdue = queue(WorkQueue.OVERDUE);
        assertThat(overdue).contains(activated.getId(), sent.getId()).doesNotContain(delayed.getId(), closed.getId());
        assertThat(overdue.indexOf(sent.getId())).isLessThan(overdue.indexOf(activated.getId()));
    }

    private java.time.@org.jspecify.annotations.Nullable LocalDate nextDue(Application application) {
        return jdbc.queryForObject("select next_due from application where id = ?", java.time.LocalDate.class,
                application.getId());
    }

    /** A case under review in Folkestone and Hythe, its outcome two days late, assigned to an officer signed in. */
    private Application lateOutcomeAssignedTo(StaffAccount officer) {
        Application late = cases.reviewActivated("folkestone-hythe");
        jdbc.update("update application set decision_due = ? where id = ?", today().minusDays(2), late.getId());
        TestCases.signInAs(officer.getUsername(), StaffRole.CASE_OFFICER);
        casework.assign(late.getId(), version(late), officer.getId());
        return late;
    }

    @Test
    void an_outcome_past_its_day_is_overdue_and_cases_under_review_are_in_my_cases() {
        StaffAccount officer = cases.account("folkestone-hythe", StaffRole.CASE_OFFICER);
        Application late = lateOutcomeAssignedTo(officer);
        Application held = reviewHeld("folkestone-hythe");
        TestCases.signInAs(officer.getUsername(), StaffRole.CASE_OFFICER);
        casework.assign(held.getId(), version(held), officer.getId());

        assertThat(queue(WorkQueue.OVERDUE)).contains(late.getId());
        assertThat(queue(WorkQueue.DELAY_NOTICES)).contains(late.getId());
        assertThat(queue(WorkQueue.MINE)).contains(late.getId(), held.getId());
    }

    @Test
    void each_tab_s_count_read_together_is_the_count_of_its_own_list_whoever_asks() {
        StaffAccount officer = cases.account("folkestone-hythe", StaffRole.CASE_OFFICER);
        lateOutcomeAssignedTo(officer);
        cases.apply("bassetlaw", Channel.PHONE, null, "Tab Count", 3);

        for (Runnable signIn : List.<Runnable>of(
                () -> TestCases.signInAs(officer.getUsername(), StaffRole.CASE_OFFICER),
                () -> cases.signIn(null, StaffRole.CASE_OFFICER),
                () -> cases.signIn("bassetlaw", StaffRole.PANEL_MEMBER))) {
            signIn.run();
            Map<WorkQueue, Long> sizes = casework.queueSizes();
            assertThat(sizes).containsOnlyKeys(WorkQueue.values());
            for (WorkQueue queue : WorkQueue.values()) {
                assertThat(sizes.get(queue)).as(queue.name())
                        .isEqualTo(casework.queue(queue, PageRequest.of(0, 1)).getTotalElements());
            }
        }
        TestCases.signInAs(officer.getUsername(), StaffRole.CASE_OFFICER);
        assertThat(casework.queueSizes().get(WorkQueue.MINE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_panel_member_s_lists_hold_only_cases_under_review() {
        Application appealable = cases.reviewActivated("bassetlaw");
        cases.signIn("bassetlaw", StaffRole.PANEL_MEMBER);
        assertThat(queue(WorkQueue.OUTCOMES_DUE)).contains(appealable.getId());
        assertThat(queue(WorkQueue.TO_ACKNOWLEDGE)).isEmpty();
    }

    @Test
    void the_review_file_says_what_this_member_of_staff_can_record_now() {
        Application application = cases.reviewActivated("tonbridge-malling");
        ReviewFile activated = reviews.file(application.getId());
        assertThat(activated.canWork()).isTrue();
        assertThat(activated.mayRecommend()).isFalse();
        assertThat(activated.mayPlanActions()).isFalse();
        assertThat(activated.mayRecordForAgencies()).isTrue();
        assertThat(activated.nextStep().step()).isEqualTo(CaseClock.OUTCOME);

        reviews.recordPanel(application.getId(), version(application), new PanelRecord(today(), THREE_AGENCIES,
                null, null, null, false, false, "Findings"));
        cases.signIn("tonbridge-malling", StaffRole.PANEL_MEMBER);
        ReviewFile held = reviews.file(application.getId());
        assertThat(held.canWork()).isFalse();
        assertThat(held.mayRecommend()).isTrue();
        assertThat(held.mayPlanActions()).isTrue();
        assertThat(held.mayRecordForAgencies()).isFalse();

        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        closure.close(application.getId(), version(application), "The applicant moved away");
        ReviewFile closed = reviews.file(application.getId());
        assertThat(closed.mayRecommend()).isFalse();
        assertThat(closed.mayPlanActions()).isFalse();
        assertThat(closed.mayRecordForAgencies()).isFalse();
        assertThat(closed.nextStep()).isNull();
    }

    @Test
    void a_final_review_records_each_action_with_it_or_nothing_at_all() {
        Application application = reviewHeld("tonbridge-malling");
        long id = application.getId();
        PlannedAction visit = reviews.addAction(id, version(application), "Joint visit", "Kent Police",
                today().plusDays(7));
        PlannedAction letter = reviews.addAction(id, version(application), "Warning letter", "Clarion Housing",
                today().plusDays(7));
        reviews.sendOutcome(id, version(application));

        List<ReviewService.ActionProgress> oneLeft = List.of(
                new ReviewService.ActionProgress(visit.getId(), PlannedAction.Status.COMPLETE, "Visited on Tuesday"),
                new ReviewService.ActionProgress(letter.getId(), PlannedAction.Status.IN_PROGRESS, null));
        assertThatThrownBy(() -> reviews.recordFinalReview(id, version(application), oneLeft, "All done", null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Warning letter");
        assertThat(reviews.file(id).actions()).allSatisfy(action ->
                assertThat(action.getStatus()).isEqualTo(PlannedAction.Status.NOT_STARTED));

        List<ReviewService.ActionProgress> allDone = List.of(
                new ReviewService.ActionProgress(visit.getId(), PlannedAction.Status.COMPLETE, "Visited on Tuesday"),
                new ReviewService.ActionProgress(letter.getId(), PlannedAction.Status.NOT_DONE,
                        "The tenant moved out first"));
        reviews.recordFinalReview(id, version(application), allDone, "The noise has stopped", null);

        ReviewFile closed = reviews.file(id);
        assertThat(closed.application().getStatus()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(closed.actions()).extracting(PlannedAction::getStatus)
                .containsExactlyInAnyOrder(PlannedAction.Status.COMPLETE, PlannedAction.Status.NOT_DONE);
        assertThat(closed.actions()).filteredOn(a -> a.getId().equals(visit.getId())).singleElement()
                .satisfies(a -> assertThat(a.getCompletedOn()).isEqualTo(today()));
    }

    @Test
    void only_an_appeal_against_a_threshold_decision_can_start_the_review() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        Application notMet = cases.apply("tonbridge-malling", Channel.PHONE, null, "Noor NotMet", 40);
        cases.casework.acknowledge(notMet.getId(), notMet.getVersion(), AcknowledgementMethod.PHONE, null);
        cases.decisions.decide(notMet.getId(), version(notMet), DecisionOutcome.NOT_MET, null);
        SecondStageReview againstNotMet = secondStage.recordRequest(notMet.getId(), version(notMet),
                SecondStageReview.About.HANDLING, "My reports to the council were not counted", today());
        assertThat(againstNotMet.canActivateReview()).isTrue();

        Application held = reviewHeld("tonbridge-malling");
        reviews.sendOutcome(held.getId(), version(held));
        SecondStageReview againstOutcome = secondStage.recordRequest(held.getId(), version(held),
                SecondStageReview.About.OUTCOME, "The plan does nothing", today());
        assertThat(againstOutcome.canActivateReview()).isFalse();
    }

    @Test
    void an_agency_sees_whether_a_request_can_still_be_answered() {
        Application open = cases.reviewActivated("sevenoaks");
        InformationRequest asked = reviews.requestInformation(open.getId(), open.getVersion(), Agency.POLICE,
                "Kent Police", null, "Every report since January", today().plusDays(10));
        Application ended = cases.reviewActivated("sevenoaks");
        InformationRequest askedThenClosed = reviews.requestInformation(ended.getId(), ended.getVersion(),
                Agency.POLICE, "Kent Police", null, "Every report since March", today().plusDays(10));
        closure.close(ended.getId(), version(ended), "Applicant asked us to stop");

        StaffAccount police = cases.account("sevenoaks", StaffRole.PARTNER_AGENCY);
        jdbc.update("update staff_account set agency = 'POLICE' where id = ?", police.getId());
        TestCases.signInAs(police.getUsername(), StaffRole.PARTNER_AGENCY);
        List<AgencyWork.RequestForAgency> rows = agencyWork.requests(Pageable.ofSize(100)).getContent();
        assertThat(rows).filteredOn(r -> r.id() == asked.getId()).singleElement()
                .satisfies(r -> assertThat(r.answerable()).isTrue());
        assertThat(rows).filteredOn(r -> r.id() == askedThenClosed.getId()).singleElement()
                .satisfies(r -> assertThat(r.answerable()).isFalse());
    }
}
