package org.casereview.applicantaccess;

import org.casereview.ActionRefusedException;
import org.casereview.TestCases;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.casereview.application.ValidationProblem;
import org.casereview.decision.DecisionOutcome;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.casereview.review.PanelRecord;
import org.casereview.review.PanelSeat;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casereview.TestCases.today;

/** What an applicant sees of their case and may do with it, at each stage, on the real MariaDB. */
@SpringBootTest
class ApplicantCasesTest {

    private static final List<PanelSeat> PANEL = List.of(
            new PanelSeat("Alex Inspector", "Neighbourhood inspector", "Kent Police"),
            new PanelSeat("Sam Housing", "Tenancy manager", "Clarion Housing"),
            new PanelSeat("Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council"));

    @Autowired
    ApplicantCases applicantCases;
    @Autowired
    TestCases cases;
    @Autowired
    ReviewService reviews;
    @Autowired
    org.casereview.review.SecondStageService secondStage;
    @Autowired
    CaseHistory history;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestCases.signOut();
    }

    private static ApplicantPass passFor(Application application) {
        return new ApplicantPass(application.getId(), application.getReference(), Instant.now());
    }

    private long version(Application application) {
        return cases.reload(application).getVersion();
    }

    @Test
    void a_new_online_application_shows_its_receipt_and_when_the_decision_is_due() {
        Application application = cases.apply("tonbridge-malling", Channel.ONLINE, "ana@example.org", "Ana Online",
                20, 10);

        ApplicantCase seen = applicantCases.open(passFor(application));

        assertThat(seen.reference()).isEqualTo(application.getReference());
        assertThat(seen.status()).isEqualTo(ApplicationStatus.ACKNOWLEDGED);
        assertThat(seen.timeline()).containsExactly(new Milestone.Received(today(), Channel.ONLINE),
                new Milestone.Acknowledged(today()));
        assertThat(seen.nextStep()).isEqualTo(new NextStep(NextStep.Step.THRESHOLD_DECISION,
                application.getDecisionDue(), false));
        assertThat(seen.unit().name()).isEqualTo("Tonbridge and Malling");
        assertThat(seen.secondStageAllowed()).isFalse();
        assertThat(seen.withdrawAllowed()).isTrue();
        assertThat(seen.contact().email()).isEqualTo("ana@example.org");

        jdbc.update("update application set decision_due = ? where id = ?", today().minusDays(1), application.getId());
        assertThat(applicantCases.open(passFor(application)).nextStep())
                .isEqualTo(new NextStep(NextStep.Step.THRESHOLD_DECISION, today().minusDays(1), true));
    }

    @Test
    void a_phone_application_waits_for_its_acknowledgement() {
        Application application = cases.apply("sevenoaks", Channel.PHONE, null, "Pat Phone", 20, 10);

        ApplicantCase seen = applicantCases.open(passFor(application));

        assertThat(seen.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(seen.timeline()).containsExactly(new Milestone.Received(today(), Channel.PHONE));
        assertThat(seen.nextStep().step()).isEqualTo(NextStep.Step.ACKNOWLEDGEMENT);
        assertThat(seen.nextStep().due()).isEqualTo(application.getAcknowledgementDue());
    }

    @Test
    void a_not_met_decision_shows_what_the_applicant_was_told_and_a_second_stage_review_can_be_asked_for() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        Application application = cases.apply("tonbridge-malling", Channel.PHONE, "nia@example.org", "Nia Notmet",
                40);
        cases.casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        cases.decisions.decide(application.getId(), version(application), DecisionOutcome.NOT_MET, null);
        TestCases.signOut();
        ApplicantPass pass = passFor(application);

        ApplicantCase seen = applicantCases.open(pass);
        assertThat(seen.status()).isEqualTo(ApplicationStatus.THRESHOLD_NOT_MET);
        assertThat(seen.timeline()).filteredOn(Milestone.ThresholdDecided.class::isInstance).singleElement()
                .satisfies(step -> {
                    Milestone.ThresholdDecided decided = (Milestone.ThresholdDecided) step;
                    assertThat(decided.outcome()).isEqualTo(DecisionOutcome.NOT_MET);
                    assertThat(decided.whatYouWereTold()).isNotBlank();
                });
        assertThat(seen.nextStep().step()).isEqualTo(NextStep.Step.DECIDED_AGAINST);
        assertThat(seen.secondStageAllowed()).isTrue();
        assertThat(seen.waitingSecondStage()).isNull();

        applicantCases.askForSecondStage(pass, SecondStageReview.About.OUTCOME, "The police have more reports");

        ApplicantCase after = applicantCases.open(pass);
        assertThat(after.status()).isEqualTo(ApplicationStatus.SECOND_STAGE_REVIEW);
        assertThat(after.waitingSecondStage()).isEqualTo(new Milestone.SecondStageRequested(today(),
                SecondStageReview.About.OUTCOME, "The police have more reports", true));
        assertThat(after.timeline()).last().isEqualTo(after.waitingSecondStage());
        assertThat(after.nextStep().step()).isEqualTo(NextStep.Step.SECOND_STAGE_DECISION);
        assertThat(after.secondStageAllowed()).isFalse();
        assertThatThrownBy(() -> applicantCases.askForSecondStage(pass, SecondStageReview.About.HANDLING, "Again"))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(history.of(application.getId())).filteredOn(e -> e.getKind().equals("SECOND_STAGE_REQUESTED"))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo("Applicant (online)"));
    }

    @Test
    void an_upheld_appeal_that_starts_the_review_reads_in_the_order_it_happened() {
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        Application application = cases.apply("tonbridge-malling", Channel.PHONE, "ola@example.org", "Ola Overturn",
                40);
        cases.casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        cases.decisions.decide(application.getId(), version(application), DecisionOutcome.NOT_MET, null);
        TestCases.signOut();
        ApplicantPass pass = passFor(application);
        applicantCases.askForSecondStage(pass, SecondStageReview.About.OUTCOME, "Two reports were missed");
        cases.signIn("tonbridge-malling", StaffRole.CASE_OFFICER);
        secondStage.decide(application.getId(), version(application), List.of(
                        new PanelSeat("Chris Head", "Head of community safety", "Council"),
                        new PanelSeat("Cllr Lee", PanelSeat.ELECTED_MEMBER, "Council")),
                SecondStageReview.Decision.UPHELD, "Two police reports were missed", List.of(), true);
        TestCases.signOut();

        ApplicantCase seen = applicantCases.open(pass);

        assertThat(seen.status()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
        assertThat(seen.timeline()).extracting(step -> step.getClass().getSimpleName()).containsExactly(
                "Received", "Acknowledged", "ThresholdDecided", "SecondStageRequested", "SecondStageDecided",
                "ReviewActivated");
        assertThat(seen.timeline()).contains(new Milestone.SecondStageDecided(today(),
                SecondStageReview.Decision.UPHELD, "Two police reports were missed"));
        assertThat(seen.toString()).doesNotContain("Chris Head", "Cllr Lee");
        assertThat(seen.nextStep().step()).isEqualTo(NextStep.Step.OUTCOME);
    }

    @Test
    void a_review_shows_its_steps_and_dates_but_nothing_of_the_agencies_or_staff() {
        Application application = cases.reviewActivated("tonbridge-malling");
        long id = application.getId();
        reviews.requestInformation(id, version(application), Agency.POLICE, "Kent Police",
                "asb@kent.police.example", "All reports since January", today().plusDays(10));
        reviews.recordPanel(id, version(application), new PanelRecord(today(), PANEL, null, null, null, true, true,
                "Internal finding: the police log was incomplete"));
        reviews.sendDelayNotice(id, version(application), "The housing provider needs more time",
                today().plusDays(40));
        ApplicantPass pass = passFor(application);

        ApplicantCase held = applicantCases.open(pass);
        assertThat(held.timeline()).extracting(step -> step.getClass().getSimpleName()).containsExactly(
                "Received", "Acknowledged", "ThresholdDecided", "ReviewActivated", "PanelMet", "DelayNotified");
        assertThat(held.timeline()).contains(new Milestone.PanelMet(today()), new Milestone.DelayNotified(today(),
                today().plusDays(40), "The housing provider needs more time"));
        assertThat(held.nextStep()).isEqualTo(new NextStep(NextStep.Step.OUTCOME, today().plusDays(40), false));
        String everything = held.toString();
        assertThat(everything).doesNotContain("Alex Inspector", "Internal finding", "asb@kent.police.example",
                "All reports since January", "Test u");

        reviews.sendOutcome(id, version(application));
        reviews.recordFinalReview(id, version(application), "The actions are done and the noise has stopped", null);
        ApplicantCase closed = applicantCases.open(pass);
        assertThat(closed.timeline()).contains(new Milestone.OutcomeSent(today()),
                new Milestone.FinalReviewed(today(), "The actions are done and the noise has stopped", null));
        assertThat(closed.nextStep().step()).isEqualTo(NextStep.Step.NONE);
        assertThat(closed.contactChangeAllowed()).isFalse();
        assertThat(closed.withdrawAllowed()).isFalse();
    }

    @Test
    void an_applicant_withdraws_and_the_case_says_so() {
        Application application = cases.apply("sevenoaks", Channel.ONLINE, "wyn@example.org", "Wyn Withdraw", 20);
        ApplicantPass pass = passFor(application);

        applicantCases.withdraw(pass, "Things are better now");

        ApplicantCase seen = applicantCases.open(pass);
        assertThat(seen.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(seen.timeline()).last().isEqualTo(new Milestone.Withdrawn(today()));
        assertThat(seen.withdrawAllowed()).isFalse();
        assertThat(history.of(application.getId())).filteredOn(e -> e.getKind().equals("WITHDRAWN")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("Applicant (online)");
                    assertThat(e.getDescription()).contains("Things are better now");
                });
        assertThatThrownBy(() -> applicantCases.withdraw(pass, null)).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void contact_details_are_checked_as_on_the_form_and_each_change_is_in_the_history() {
        Application application = cases.apply("sevenoaks", Channel.ONLINE, "cal@example.org", "Cal Contact", 20);
        ApplicantPass pass = passFor(application);
        NewApplication.ContactPreferences preferences = new NewApplication.ContactPreferences(
                Set.of(ContactMethod.EMAIL, ContactMethod.PHONE), "After 6pm", Answer.YES, Answer.NO,
                Set.of(AccessibleFormat.LARGE_PRINT), null, false, null);

        assertThatThrownBy(() -> applicantCases.changeContact(pass, new ContactDetails("not-an-address", "12",
                "3 Station Road", "nonsense", preferences), Locale.UK))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field).contains("email", "phone", "postcode"));
        assertThat(cases.reload(application).getApplicantEmail()).isEqualTo("cal@example.org");

        applicantCases.changeContact(pass, new ContactDetails(" cal.new@example.org ", "07700 900123",
                "3 Station Road", "tn9 1aa", preferences), Locale.UK);

        Application changed = cases.reload(application);
        assertThat(changed.getApplicantEmail()).isEqualTo("cal.new@example.org");
        assertThat(changed.getApplicantPhone()).isEqualTo("07700 900123");
        assertThat(changed.getApplicantPostcode()).isEqualTo("TN9 1AA");
        assertThat(changed.getSafeContactTimes()).isEqualTo("After 6pm");
        assertThat(changed.getVoicemailSafe()).isEqualTo(Answer.NO);
        assertThat(changed.getAccessibleFormats()).containsExactly(AccessibleFormat.LARGE_PRINT);
        assertThat(changed.getPreferredContact()).isEqualTo(ContactMethod.EMAIL);
        assertThat(changed.getLastChangedBy()).isEqualTo("Applicant (online)");
        assertThat(history.of(application.getId())).filteredOn(e -> e.getKind().equals("CONTACT"))
                .allSatisfy(e -> assertThat(e.getActor()).isEqualTo("Applicant (online)"))
                .extracting(CaseEvent::getDescription)
                .contains("E-mail: cal@example.org → cal.new@example.org", "Postcode: ME19 4LZ → TN9 1AA",
                        "Formats: — → Large print");
    }

    @Test
    void an_ended_pass_reaches_nothing() {
        Application application = cases.apply("sevenoaks", Channel.ONLINE, "end@example.org", "Eli Ended", 20);
        ApplicantPass pass = passFor(application);
        pass.end();

        assertThatThrownBy(() -> applicantCases.open(pass)).isInstanceOf(AccessEndedException.class);
        assertThatThrownBy(() -> applicantCases.withdraw(pass, null)).isInstanceOf(AccessEndedException.class);
        assertThat(cases.reload(application).getStatus()).isNotEqualTo(ApplicationStatus.WITHDRAWN);
    }
}
