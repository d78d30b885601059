package org.casereview.review;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.CaseAction;
import org.casereview.casework.CaseNotFoundException;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

@SpringBootTest
@RecordApplicationEvents
class ReviewServiceTest {

    static final List<PanelSeat> THREE_AGENCIES = List.of(
            new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
            new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
            new PanelSeat("Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council"));

    @Autowired
    ReviewService reviews;
    @Autowired
    AgencyWork agencyWork;
    @Autowired
    SecondStageService secondStage;
    @Autowired
    CaseClosure closure;
    @Autowired
    TestCases cases;
    @Autowired
    CaseHistory history;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private long version(Application application) {
        return cases.reload(application).getVersion();
    }

    private PanelRecord panel(List<PanelSeat> members) {
        return new PanelRecord(today(), members, null, null, null, true, true,
                "Agencies worked separately; no joint visit was made.");
    }

    private Application reviewHeld() {
        Application application = cases.reviewActivated("tonbridge-malling");
        reviews.recordPanel(application.getId(), application.getVersion(), panel(THREE_AGENCIES));
        return cases.reload(application);
    }

    @Test
    void a_case_goes_from_met_to_closed_through_every_step_and_each_is_in_the_history() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        InformationRequest request = reviews.requestInformation(id, application.getVersion(), Agency.POLICE,
                "Kent Police", "asb@kent.police.example", "All reports and actions since January",
                today().plusDays(10));
        assertThat(events.stream(ReviewEvents.InformationRequested.class)).hasSize(1);

        reviews.recordAnswer(id, version(application), request.getId(), "Three visits; one warning letter",
                today());
        reviews.recordPanel(id, version(application), panel(THREE_AGENCIES));
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_HELD);

        reviews.addRecommendation(id, version(application), Agency.HOUSING_PROVIDER, "Clarion Housing",
                "tenancy@clarion.example", "Visit the neighbour with the police within two weeks");
        PlannedAction action = reviews.addAction(id, version(application), "Joint visit", "Clarion Housing",
                today().plusDays(14));
        reviews.sendOutcome(id, version(application));

        Application sent = cases.reload(application);
        assertThat(sent.getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
        assertThat(sent.getOutcomeSentOn()).isEqualTo(today());
        assertThat(sent.getFinalReviewDue()).isEqualTo(today().plusMonths(6));
        assertThat(events.stream(ReviewEvents.OutcomeSent.class)).hasSize(1);
        assertThat(events.stream(ReviewEvents.RecommendationIssued.class)).hasSize(1);
        assertThat(reviews.file(id).recommendations()).allMatch(Recommendation::isIssued);

        assertThatThrownBy(() -> reviews.recordFinalReview(id, version(application), "All done", null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Joint visit");
        reviews.updateAction(id, version(application), action.getId(), PlannedAction.Status.COMPLETE, "Done");
        reviews.recordFinalReview(id, version(application), "The visit happened and the noise has stopped", null);

        Application closed = cases.reload(application);
        assertThat(closed.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(closed.getClosedOn()).isEqualTo(today());
        assertThat(events.stream(ReviewEvents.FinalReviewRecorded.class)).hasSize(1);
        assertThat(history.of(id)).extracting(CaseEvent::getKind).contains("INFORMATION_REQUESTED",
                "INFORMATION_RECEIVED", "PANEL", "RECOMMENDATION", "ACTION_PLAN", "OUTCOME_SENT", "FINAL_REVIEW");
        assertThat(reviews.file(id).allowed()).containsExactly(CaseAction.REOPEN);
    }

    @Test
    void the_panel_needs_three_agencies_and_agencies_that_did_not_answer_are_listed() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        InformationRequest request = reviews.requestInformation(id, application.getVersion(), Agency.HEALTH,
                "Kent Community Health", null, "Any contact about the household", today().plusDays(5));
        jdbc.update("update information_request set due_on = ? where id = ?", today().minusDays(1), request.getId());

        List<PanelSeat> twoAgencies = List.of(THREE_AGENCIES.get(0), THREE_AGENCIES.get(1),
                new PanelSeat("Pat Police", "Sergeant", "kent police "));
        assertThatThrownBy(() -> reviews.recordPanel(id, version(application), panel(twoAgencies)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("At least 3 partner agencies")
                .hasMessageContaining("2 are listed");
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);

        assertThat(reviews.file(id).agenciesOverdue()).containsExactly("Kent Community Health");
        PanelMeeting meeting = reviews.recordPanel(id, version(application), panel(THREE_AGENCIES));
        assertThat(meeting.getAgenciesNotAnswering()).isEqualTo("Kent Community Health");
    }

    @Test
    void steps_out_of_order_are_refused_by_the_life_cycle() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        assertThatThrownBy(() -> reviews.sendOutcome(id, application.getVersion()))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> reviews.recordFinalReview(id, application.getVersion(), "Done", null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("is not possible");
        assertThatThrownBy(() -> reviews.addRecommendation(id, application.getVersion(), Agency.POLICE, "Police",
                null, "Patrol")).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> secondStage.recordRequest(id, application.getVersion(),
                SecondStageReview.About.HANDLING, "Too slow", today()))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void a_delay_notice_moves_the_outcome_deadline_and_is_prompted_before_it_passes() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        assertThat(reviews.file(id).delayNoticeDue()).isFalse();
        jdbc.update("update application set decision_due = ? where id = ?", today().plusDays(2), id);
        assertThat(reviews.file(id).delayNoticeDue()).isTrue();

        assertThatThrownBy(() -> reviews.sendDelayNotice(id, version(application), "Waiting for the police",
                today().plusDays(1))).isInstanceOf(ActionRefusedException.class).hasMessageContaining("after");
        reviews.sendDelayNotice(id, version(application), "Waiting for the police", today().plusDays(30));

        assertThat(cases.reload(application).outcomeDue()).isEqualTo(today().plusDays(30));
        assertThat(reviews.file(id).delayNoticeDue()).isFalse();
        assertThat(reviews.file(id).delayNotices()).singleElement()
                .satisfies(notice -> assertThat(notice.getPreviousDue()).isEqualTo(today().plusDays(2)));
        assertThat(events.stream(ReviewEvents.DelayNoticeSent.class)).hasSize(1);
    }

    @Test
    void a_final_review_can_keep_the_case_open_with_further_actions() {
        Application application = reviewHeld();
        long id = application.getId();
        reviews.sendOutcome(id, version(application));
        reviews.recordFinalReview(id, version(application), "Still some noise; one more visit", today().plusMonths(3));
        Application kept = cases.reload(application);
        assertThat(kept.getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
        assertThat(kept.getFinalReviewDue()).isEqualTo(today().plusMonths(3));
        reviews.addAction(id, version(application), "One more visit", "Kent Police", today().plusDays(7));
    }

    @Test
    void a_panel_member_records_the_panel_but_cannot_send_the_outcome() {
        Application application = cases.reviewActivated("tonbridge-malling");
        cases.signIn("tonbridge-malling", StaffRole.PANEL_MEMBER);
        reviews.recordPanel(application.getId(), application.getVersion(), panel(THREE_AGENCIES));
        reviews.addRecommendation(application.getId(), version(application), Agency.POLICE, "Kent Police", null,
                "Patrol the street on Friday nights");
        assertThat(reviews.file(application.getId()).allowed()).doesNotContain(CaseAction.SEND_OUTCOME);
        assertThatThrownBy(() -> reviews.sendOutcome(application.getId(), version(application)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_of_another_partnership_cannot_reach_the_review() {
        Application application = cases.reviewActivated("tonbridge-malling");
        cases.signIn("sevenoaks", StaffRole.CASE_OFFICER);
        assertThatThrownBy(() -> reviews.file(application.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.requestInformation(application.getId(), application.getVersion(),
                Agency.POLICE, "Kent Police", null, "All reports", today().plusDays(5)))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void two_officers_saving_from_the_same_screen_do_not_overwrite_each_other() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long seen = application.getVersion();
        reviews.requestInformation(application.getId(), seen, Agency.POLICE, "Kent Police", null, "All reports",
                today().plusDays(5));
        assertThatThrownBy(() -> reviews.requestInformation(application.getId(), seen, Agency.COUNCIL,
                "The council", null, "All reports", today().plusDays(5)))
                .isInstanceOf(org.casereview.application.CaseChangedException.class);
    }

    @Test
    void an_agency_user_sees_and_answers_only_their_own_agency_s_requests() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        InformationRequest police = reviews.requestInformation(id, application.getVersion(), Agency.POLICE,
                "Kent Police", null, "All reports and actions since January", today().plusDays(10));
        InformationRequest housing = reviews.requestInformation(id, version(application), Agency.HOUSING_PROVIDER,
                "Clarion Housing", null, "Tenancy enforcement", today().plusDays(10));

        StaffAccount officer = agencyUser("tonbridge-malling", Agency.POLICE);
        var mine = agencyWork.requests(Pageable.ofSize(20));
        assertThat(mine.getContent()).extracting(AgencyWork.RequestForAgency::id).contains(police.getId())
                .doesNotContain(housing.getId());
        AgencyWork.RequestForAgency row = mine.getContent().stream().filter(r -> r.id() == police.getId())
                .findFirst().orElseThrow();
        assertThat(row.reference()).isEqualTo(application.getReference());

        assertThatThrownBy(() -> agencyWork.answer(housing.getId(), 0, "Not ours"))
                .isInstanceOf(AgencyWork.AgencyItemNotFound.class);
        agencyWork.answer(police.getId(), row.version(), "Two visits, one community protection warning");
        assertThatThrownBy(() -> agencyWork.answer(police.getId(), row.version(), "Again"))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Someone else");

        agencyUser("sevenoaks", Agency.POLICE);
        assertThat(agencyWork.requests(Pageable.ofSize(20)).getContent()).extracting(AgencyWork.RequestForAgency::id)
                .doesNotContain(police.getId());
        assertThatThrownBy(() -> agencyWork.answer(police.getId(), row.version() + 1, "Hijack"))
                .isInstanceOf(AgencyWork.AgencyItemNotFound.class);

        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        InformationRequest answered = reviews.file(id).requests().stream()
                .filter(r -> r.getId().equals(police.getId())).findFirst().orElseThrow();
        assertThat(answered.getAnswerText()).isEqualTo("Two visits, one community protection warning");
        assertThat(answered.getAnsweredBy()).isEqualTo(officer.getDisplayName() + " (" + officer.getUsername() + ")");
    }

    @Test
    void an_agency_responds_to_each_recommendation_it_was_issued() {
        Application application = reviewHeld();
        long id = application.getId();
        Recommendation recommendation = reviews.addRecommendation(id, application.getVersion(), Agency.POLICE,
                "Kent Police", null, "Patrol the street on Friday nights");
        agencyUser("tonbridge-malling", Agency.POLICE);
        assertThat(agencyWork.recommendations(Pageable.ofSize(20)).getContent())
                .extracting(AgencyWork.RecommendationForAgency::id).doesNotContain(recommendation.getId());

        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        reviews.sendOutcome(id, version(application));
        agencyUser("tonbridge-malling", Agency.POLICE);
        var issued = agencyWork.recommendations(Pageable.ofSize(20)).getContent().stream()
                .filter(r -> r.id() == recommendation.getId()).findFirst().orElseThrow();
        assertThat(issued.response()).isNull();
        assertThatThrownBy(() -> agencyWork.respond(recommendation.getId(), issued.version(),
                Recommendation.Response.WILL_NOT_ACT, " ")).hasMessageContaining("Enter your reasons");
        agencyWork.respond(recommendation.getId(), issued.version(), Recommendation.Response.WILL_NOT_ACT,
                "No officers on Friday nights; we will patrol on Saturdays instead");

        agencyUser("tonbridge-malling", Agency.COUNCIL);
        assertThatThrownBy(() -> agencyWork.respond(recommendation.getId(), issued.version() + 1,
                Recommendation.Response.WILL_ACT, "Ours now")).isInstanceOf(AgencyWork.AgencyItemNotFound.class);
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        assertThat(reviews.file(id).recommendations()).singleElement()
                .satisfies(r -> assertThat(r.getResponse()).isEqualTo(Recommendation.Response.WILL_NOT_ACT));
    }

    @Test
    void case_officers_cannot_use_the_agency_screens_and_agency_users_cannot_read_cases() {
        Application application = cases.reviewActivated("tonbridge-malling");
        assertThatThrownBy(() -> agencyWork.requests(Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        agencyUser("tonbridge-malling", Agency.POLICE);
        assertThatThrownBy(() -> reviews.file(application.getId())).isInstanceOf(AccessDeniedException.class);
    }

    private StaffAccount agencyUser(String partnership, Agency agency) {
        StaffAccount account = cases.account(partnership, StaffRole.PARTNER_AGENCY);
        jdbc.update("update staff_account set agency = ? where id = ?", agency.name(), account.getId());
        TestCases.signInAs(account.getUsername(), StaffRole.PARTNER_AGENCY);
        return account;
    }

    @Test
    void an_appeal_against_not_met_can_activate_the_review_and_needs_an_elected_member() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        Application application = cases.apply("tonbridge-malling", org.casereview.application.Channel.PHONE,
                "resident@example.org", "Rowan Resident", 40);
        long id = application.getId();
        cases.casework.acknowledge(id, application.getVersion(),
                org.casereview.application.AcknowledgementMethod.PHONE, null);
        cases.decisions.decide(id, version(application), org.casereview.decision.DecisionOutcome.NOT_MET, null);

        secondStage.recordRequest(id, version(application), SecondStageReview.About.OUTCOME,
                "The police have more reports than you counted", today());
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.SECOND_STAGE_REVIEW);
        assertThat(events.stream(ReviewEvents.SecondStageRequested.class)).hasSize(1);

        List<PanelSeat> noCouncillor = List.of(new PanelSeat("Chris Head", "Head of community safety", "Council"));
        assertThatThrownBy(() -> secondStage.decide(id, version(application), noCouncillor,
                SecondStageReview.Decision.UPHELD, "Reports were missed", List.of(), true))
                .hasMessageContaining("elected council member");
        List<PanelSeat> independent = List.of(noCouncillor.get(0),
                new PanelSeat("Cllr Lee", PanelSeat.ELECTED_MEMBER, "Tonbridge and Malling Borough Council"));
        secondStage.decide(id, version(application), independent, SecondStageReview.Decision.UPHELD,
                "Two police reports were missed", List.of(new NewRecommendation(Agency.POLICE, "Kent Police", null,
                        "Share all reports with the unit")), true);

        Application activated = cases.reload(application);
        assertThat(activated.getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
        ReviewFile file = reviews.file(id);
        assertThat(file.secondStageReviews()).singleElement().satisfies(review -> {
            assertThat(review.getDecision()).isEqualTo(SecondStageReview.Decision.UPHELD);
            assertThat(review.getPanel()).hasSize(2);
        });
        assertThat(file.recommendations()).singleElement().satisfies(r -> assertThat(r.isIssued()).isTrue());
        assertThat(events.stream(ReviewEvents.SecondStageDecided.class)).hasSize(1);
    }

    @Test
    void an_appeal_about_the_outcome_that_is_not_upheld_returns_the_case_to_where_it_was() {
        Application application = reviewHeld();
        long id = application.getId();
        reviews.sendOutcome(id, version(application));
        secondStage.recordRequest(id, version(application), SecondStageReview.About.HANDLING, "Nobody called me",
                today());
        assertThatThrownBy(() -> secondStage.recordRequest(id, version(application),
                SecondStageReview.About.HANDLING, "Again", today())).hasMessageContaining("already been asked");
        List<PanelSeat> panel = List.of(new PanelSeat("Chris Head", "Head of community safety", "Council"),
                new PanelSeat("Cllr Lee", "elected member", "Council"));
        assertThatThrownBy(() -> secondStage.decide(id, version(application), panel,
                SecondStageReview.Decision.NOT_UPHELD, "Handled well", List.of(), true))
                .hasMessageContaining("Only an upheld appeal");
        secondStage.decide(id, version(application), panel, SecondStageReview.Decision.NOT_UPHELD,
                "Calls were made and logged", List.of(), false);
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
    }

    @Test
    void an_applicant_asks_for_a_second_stage_review_online() {
        Application application = reviewHeld();
        reviews.sendOutcome(application.getId(), version(application));
        TestCases.signOut();
        SecondStageReview review = secondStage.requestByApplicant(application.getId(),
                SecondStageReview.About.OUTCOME, "The action plan does not cover the garden");
        assertThat(review.getRequestedVia()).isEqualTo(SecondStageReview.Via.PORTAL);
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.SECOND_STAGE_REVIEW);
    }

    @Test
    void withdrawn_and_closed_cases_are_read_only_until_reopened_with_a_reason() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        assertThatThrownBy(() -> closure.close(id, version(application), " "))
                .hasMessageContaining("Enter the reason");
        closure.close(id, version(application), "Moved out of the area");
        Application closed = cases.reload(application);
        assertThat(closed.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(closed.getCloseReason()).isEqualTo("Moved out of the area");
        assertThatThrownBy(() -> reviews.requestInformation(id, version(application), Agency.POLICE, "Police", null,
                "All", today().plusDays(3))).hasMessageContaining("reopen it first");

        assertThat(closure.reopen(id, version(application), "Came back to the area"))
                .isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
        assertThat(cases.reload(application).getClosedOn()).isNull();

        TestCases.signOut();
        closure.withdrawByApplicant(id, "Things are better now");
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(history.of(id)).extracting(CaseEvent::getKind).contains("CLOSED", "REOPENED", "WITHDRAWN");
        assertThat(events.stream(ReviewEvents.CaseClosed.class)).hasSize(2);
        assertThatThrownBy(() -> closure.withdrawByApplicant(id, "Again"))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void dates_that_cannot_be_true_are_refused() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        assertThatThrownBy(() -> reviews.requestInformation(id, application.getVersion(), Agency.POLICE, "Police",
                null, "All", today())).hasMessageContaining("after today");
        assertThatThrownBy(() -> reviews.requestInformation(id, application.getVersion(), Agency.POLICE, "Police",
                "not-an-email", "All", today().plusDays(2))).hasMessageContaining("right format");
        assertThatThrownBy(() -> reviews.recordPanel(id, application.getVersion(), new PanelRecord(
                today().plusDays(1), THREE_AGENCIES, null, null, null, false, false, "Findings")))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> reviews.recordPanel(id, application.getVersion(), new PanelRecord(
                LocalDate.of(2020, 1, 1), THREE_AGENCIES, null, null, null, false, false, "Findings")))
                .hasMessageContaining("before the threshold decision");
    }
}
