package org.casereview.decision;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicationThreshold;
import org.casereview.application.Channel;
import org.casereview.application.NewApplication;
import org.casereview.casework.CaseworkService;
import org.casereview.history.CaseEvent;
import org.casereview.partnership.PartnershipRepository;
import org.casereview.partnership.PartnershipUpdates;
import org.casereview.staff.StaffRole;
import org.casereview.threshold.NotQualifyingReason;
import org.casereview.threshold.ThresholdOutcome;
import org.casereview.threshold.ThresholdPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

@SpringBootTest
@RecordApplicationEvents
class DecisionServiceTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    CaseworkService casework;
    @Autowired
    TestCases cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    PartnershipUpdates partnershipUpdates;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    /** A telephone application with incidents reported that many days ago, acknowledged by phone. */
    private Application acknowledged(String partnership, int... daysAgo) {
        Application application = cases.apply(partnership, Channel.PHONE, "resident@example.org", "Rowan Resident",
                daysAgo);
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        return cases.reload(application);
    }

    private long incidentId(Application application, int index) {
        return application.getIncidents().get(index).getId();
    }

    @Test
    void the_assessment_re_runs_on_what_the_agencies_confirmed_and_the_decision_follows_it() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        Application application = acknowledged("tonbridge-malling", 40, 20, 5);
        assertThat(decisions.review(application.getId()).assessment().outcome()).isEqualTo(ThresholdOutcome.MET);

        decisions.recordVerification(application.getId(), application.getVersion(), incidentId(application, 0),
                VerificationOutcome.CONFIRMED, null, null, "Officer visited and gave advice", null);
        decisions.recordVerification(application.getId(), cases.reload(application).getVersion(),
                incidentId(application, 1), VerificationOutcome.NO_RECORD, null, null, null, "Checked twice");

        ThresholdReview review = decisions.review(application.getId());
        assertThat(review.assessment().outcome()).isEqualTo(ThresholdOutcome.NOT_MET);
        assertThat(review.incidents().get(1).verdict().reason()).isEqualTo(NotQualifyingReason.NO_RECORD_AT_AGENCY);
        assertThat(review.incidents().get(1).reasons()).containsExactly("The agency has no record of the report");
        assertThat(review.unverifiedCount()).isEqualTo(1);
        // Kent allows no discretion: only "not met" can be recorded.
        assertThat(review.allowedOutcomes()).containsExactly(DecisionOutcome.NOT_MET);
        assertThatThrownBy(() -> decisions.decide(application.getId(), review.version(), DecisionOutcome.MET, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Not enough incidents count");
        assertThatThrownBy(() -> decisions.decide(application.getId(), review.version(), DecisionOutcome.DISCRETION,
                "vulnerable")).isInstanceOf(ActionRefusedException.class).hasMessageContaining("does not allow");

        ThresholdDecision decision = decisions.decide(application.getId(), review.version(), DecisionOutcome.NOT_MET,
                null);

        Application decided = cases.reload(application);
        assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.THRESHOLD_NOT_MET);
        assertThat(decided.getDecidedOn()).isEqualTo(today());
        assertThat(decision.policy()).isEqualTo(ThresholdPolicy.kent());
        assertThat(decision.getDecidedBy()).startsWith("u");
        assertThat(decision.getResidentText()).contains("does not count because the organisation it was made to has "
                + "no record of it");
        assertThat(decision.getAssessmentSummary()).contains("Threshold not met");
        assertThat(events.stream(ThresholdDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(DecisionOutcome.NOT_MET));
        assertThat(casework.open(application.getId()).history()).extracting(CaseEvent::getDescription)
                .contains("Status: Acknowledged → Threshold not met", "Decision message queued for the applicant (by e-mail, or by letter in the print queue, as they asked)")
                .anySatisfy(d -> assertThat(d).startsWith("Incident 2: Police: Not checked → No record"));
        // Decided: no more changes to the facts, and no second decision.
        long version = decided.getVersion();
        assertThatThrownBy(() -> decisions.decide(application.getId(), version, DecisionOutcome.NOT_MET, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already been decided");
        assertThatThrownBy(() -> decisions.recordVerification(application.getId(), version,
                incidentId(application, 1), VerificationOutcome.CONFIRMED, null, null, null, null))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void a_different_date_from_the_agency_can_take_a_report_out_of_the_month() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application application = acknowledged("sevenoaks", 30, 20, 10);

        decisions.recordVerification(application.getId(), application.getVersion(), incidentId(application, 2),
                VerificationOutcome.DIFFERENT_DATE, today().minusDays(60), null, null, null);

        ThresholdReview review = decisions.review(application.getId());
        assertThat(review.incidents().get(2).occurredOn()).isEqualTo(today().minusDays(60));
        assertThat(review.incidents().get(2).verdict().reason())
                .isEqualTo(NotQualifyingReason.REPORTED_MORE_THAN_ONE_MONTH_AFTER);
        assertThat(review.assessment().met()).isFalse();
        assertThatThrownBy(() -> decisions.recordVerification(application.getId(), review.version(),
                incidentId(application, 0), VerificationOutcome.DIFFERENT_DATE, null, null, null, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Enter the date");
    }

    @Test
    void below_the_threshold_a_case_can_be_accepted_at_discretion_where_the_policy_allows_with_a_reason() {
        cases.signIn("bassetlaw", StaffRole.MANAGER);
        Application application = acknowledged("bassetlaw", 20, 10);
        ThresholdReview review = decisions.review(application.getId());
        assertThat(review.allowedOutcomes()).containsExactlyInAnyOrder(DecisionOutcome.NOT_MET,
                DecisionOutcome.DISCRETION);
        assertThat(review.residentPreview(DecisionOutcome.DISCRETION, null)).last().asString()
                .startsWith("Although your application does not meet the threshold");

        assertThatThrownBy(() -> decisions.decide(application.getId(), review.version(), DecisionOutcome.DISCRETION,
                "  ")).isInstanceOf(ActionRefusedException.class).hasMessageContaining("Give the reason");
        ThresholdDecision decision = decisions.decide(application.getId(), review.version(),
                DecisionOutcome.DISCRETION, "Elderly victim living alone; targeted at night");

        assertThat(decision.getReason()).isEqualTo("Elderly victim living alone; targeted at night");
        assertThat(decision.getResidentText()).doesNotContain("Elderly").contains("we have decided to carry out");
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
    }

    @Test
    void an_officer_may_find_the_threshold_not_met_although_the_count_is_but_must_say_why() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application application = acknowledged("folkestone-hythe", 30, 20, 10);
        ThresholdReview review = decisions.review(application.getId());
        assertThat(review.allowedOutcomes()).containsExactlyInAnyOrder(DecisionOutcome.MET, DecisionOutcome.NOT_MET);
        assertThat(review.reasonRequired()).contains(DecisionOutcome.NOT_MET);

        assertThatThrownBy(() -> decisions.decide(application.getId(), review.version(), DecisionOutcome.NOT_MET,
                null)).isInstanceOf(ActionRefusedException.class);
        ThresholdDecision decision = decisions.decide(application.getId(), review.version(), DecisionOutcome.NOT_MET,
                "The noise stopped when the tenants moved out in May.");
        assertThat(decision.getResidentText()).contains("However, we have decided",
                "The noise stopped when the tenants moved out in May.");
    }

    @Test
    void an_exclusion_makes_the_case_excluded_never_not_met() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application application = acknowledged("newark-sherwood", 30, 20, 10);

        assertThatThrownBy(() -> decisions.recordExclusion(application.getId(), application.getVersion(),
                ExclusionKind.AGENCY_TIMEFRAME, "Nottinghamshire Police", null, null))
                .isInstanceOf(ActionRefusedException.class);
        decisions.recordExclusion(application.getId(), application.getVersion(), ExclusionKind.AGENCY_TIMEFRAME,
                "Nottinghamshire Police", today().plusDays(20), "Acceptable behaviour contract under way");

        ThresholdReview review = decisions.review(application.getId());
        assertThat(review.assessment().outcome()).isEqualTo(ThresholdOutcome.EXCLUDED);
        assertThat(review.allowedOutcomes()).containsExactly(DecisionOutcome.EXCLUDED);
        assertThatThrownBy(() -> decisions.decide(application.getId(), review.version(), DecisionOutcome.NOT_MET,
                null)).isInstanceOf(ActionRefusedException.class).hasMessageContaining("exclusion applies");

        ThresholdDecision decision = decisions.decide(application.getId(), review.version(), DecisionOutcome.EXCLUDED,
                null);
        assertThat(decision.getResidentText()).contains("We cannot start a case review yet",
                "Nottinghamshire Police told you");
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.EXCLUDED);
    }

    /** An incident reported {@code daysAgo} days ago with the applicant's answers about satisfaction and time-frame. */
    private static NewApplication.NewIncident answered(int daysAgo, Answer satisfied, Answer timeframeGiven,
                                                       java.time.LocalDate timeframeEnds) {
        return new NewApplication.NewIncident(today().minusDays(daysAgo + 1L), today().minusDays(daysAgo),
                Agency.POLICE, null, null, "Drug dealing from the flat opposite", null, null, null, null, null, null,
                satisfied, timeframeGiven, timeframeEnds, null);
    }

    @Test
    void the_check_starts_from_the_applications_own_answers_as_the_case_page_does() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application satisfied = cases.apply("test-valley", Channel.PHONE, "Sol Satisfied", List.of(
                answered(30, Answer.NO, Answer.NO, null), answered(20, Answer.NO, Answer.NO, null),
                answered(10, Answer.YES, Answer.NO, null)));

        ThresholdReview review = decisions.review(satisfied.getId());
        assertThat(review.incidents().get(2).verdict().reason()).isEqualTo(NotQualifyingReason.REPORTER_SATISFIED);
        assertThat(review.assessment().outcome())
                .isEqualTo(ApplicationThreshold.assess(cases.reload(satisfied)).outcome())
                .isEqualTo(ThresholdOutcome.NOT_MET);

        Application waiting = cases.apply("sevenoaks", Channel.PHONE, "Tia Timeframe", List.of(
                answered(30, Answer.NO, Answer.NO, null), answered(20, Answer.NO, Answer.NO, null),
                answered(10, Answer.NO, Answer.YES, today().plusDays(30))));
        ThresholdReview excluded = decisions.review(waiting.getId());
        assertThat(excluded.assessment().outcome()).isEqualTo(ThresholdOutcome.EXCLUDED);
        assertThat(excluded.declaredExclusions()).singleElement()
                .isInstanceOf(org.casereview.threshold.Exclusion.AgencyTimeframeNotExpired.class);
    }

    @Test
    void the_decision_waits_for_the_acknowledgement() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application application = cases.apply("test-valley", Channel.LETTER, null, "Una Unacknowledged", 20, 10, 5);

        ThresholdReview review = decisions.review(application.getId());
        assertThat(review.allowedOutcomes()).isEmpty();
        assertThatThrownBy(() -> decisions.decide(application.getId(), application.getVersion(), DecisionOutcome.MET,
                null)).isInstanceOf(ActionRefusedException.class).hasMessageContaining("Acknowledge the application");
    }

    @Test
    void a_policy_changed_after_the_decision_does_not_change_the_decision() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application application = acknowledged("test-valley", 30, 20, 10);
        ThresholdDecision decision = decisions.decide(application.getId(), application.getVersion(),
                DecisionOutcome.MET, null);
        var partnership = partnerships.findByCode("test-valley").orElseThrow();
        var settings = partnership.settings();
        var stricter = new ThresholdPolicy(2, 12, 1, false, true, 5, true, true, 3, 3, 30,
                settings.policy().decisionFrom(), 6);
        try {
            partnershipUpdates.update(partnership.getId(), partnership.getVersion(),
                    new org.casereview.partnership.PartnershipSettings(settings.csuPhone(), settings.csuEmail(),
                            settings.csuAddress(), settings.hateCrimeLine(), settings.asbReporting(),
                            settings.metWording(), settings.notMetWording(), settings.queryWording(),
                            settings.pccContact(), stricter, settings.riskMediumFrom(), settings.riskHighFrom(),
                            settings.retentionYears()), "Test admin");

            ThresholdReview review = decisions.review(application.getId());
            assertThat(review.policy()).isEqualTo(ThresholdPolicy.testValley()).isEqualTo(decision.policy());
            assertThat(review.decision()).isNotNull();
            assertThat(review.canDecide()).isFalse();
        } finally {
            var changed = partnerships.findByCode("test-valley").orElseThrow();
            partnershipUpdates.update(changed.getId(), changed.getVersion(), settings, "Test admin");
        }
    }

    @Test
    void a_panel_member_can_read_a_review_but_not_record_anything() {
        cases.signIn(null, StaffRole.CASE_OFFICER);
        Application application = acknowledged("sevenoaks", 30, 20, 10);
        decisions.decide(application.getId(), application.getVersion(), DecisionOutcome.MET, null);

        cases.signIn(null, StaffRole.PANEL_MEMBER);
        assertThat(decisions.review(application.getId()).decision()).isNotNull();
        assertThatThrownBy(() -> decisions.recordExclusion(application.getId(), 0, ExclusionKind.SINGLE_AGENCY_CONDUCT,
                "Police", null, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(Set.of(decisions.review(application.getId()).canDecide())).containsExactly(false);
    }
}
