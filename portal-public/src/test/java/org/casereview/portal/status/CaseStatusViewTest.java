package org.casereview.portal.status;

import com.vaadin.flow.component.UI;
import org.casereview.applicantaccess.ApplicantPass;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.ContactMethod;
import org.casereview.decision.DecisionOutcome;
import org.casereview.history.CaseEvent;
import org.casereview.history.CaseHistory;
import org.casereview.portal.KaribuTest;
import org.casereview.review.SecondStageReview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.status.CaseJourney.today;
import static org.casereview.portal.status.StatusDriver.*;

/** What an applicant sees of their case at each stage, and what they can do with it. */
class CaseStatusViewTest extends KaribuTest {

    @Autowired
    CaseJourney journey;
    @Autowired
    CaseHistory history;
    @Autowired
    JdbcTemplate jdbc;

    private static final String NOT_MET_REASON = "The police could confirm only one of the reports";

    private static String gov(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
    }

    private void open(Application application) {
        CheckYourCaseTest.signIn(journey, application);
    }

    @Test
    void a_new_application_shows_when_it_was_received_and_when_the_decision_is_due() {
        Application application = journey.apply(Channel.ONLINE, true);
        open(application);

        assertThat(textOf("case-status")).isEqualTo("Status: being checked");
        assertThat(textOf("timeline")).contains(gov(today()), "We received your application online.",
                "We confirmed that we had your application.");
        assertThat(textOf("next-step")).contains("We will tell you our decision, and the reason for it, by "
                + gov(application.getDecisionDue()) + ".").doesNotContain("has not happened yet");
        assertThat(textOf("actions")).contains("Change your contact details and preferences",
                "Withdraw your application").doesNotContain("second-stage");
        assertThat(textOf("messages")).contains("We have received your ASB Case Review application");
        assertThat(textOf("unit-contact")).contains("Tonbridge and Malling Community Safety Unit", "Phone: ");
    }

    @Test
    void a_passed_deadline_is_said_plainly_with_whom_to_contact() {
        Application application = journey.apply(Channel.PHONE, true);
        // Received long ago: the acknowledgement was due three days ago.
        jdbc.update("update application set acknowledgement_due = ? where id = ?", today().minusDays(3),
                application.getId());
        open(application);

        assertThat(textOf("next-step")).contains("We will confirm that we have your application by "
                        + gov(today().minusDays(3)) + ".",
                "This was due by " + gov(today().minusDays(3)) + " and has not happened yet.",
                "Contact the Tonbridge and Malling Community Safety Unit to ask what is happening: phone ");
    }

    @Test
    void a_not_met_decision_shows_what_the_applicant_was_told_and_they_ask_for_a_second_stage_review() {
        Application application = journey.decided(journey.apply(Channel.ONLINE, true), DecisionOutcome.NOT_MET,
                NOT_MET_REASON);
        open(application);
        assertThat(textOf("case-status")).isEqualTo("Status: does not meet the threshold");
        assertThat(textOf("timeline")).contains("We decided that your application does not meet the threshold for a "
                + "case review.", "What we told you:", NOT_MET_REASON);
        assertThat(textOf("next-step")).contains("unless you ask for a second-stage review");

        follow("ask-second-stage");
        assertThat(heading()).isEqualTo("Ask for a second-stage review");
        click("continue");
        assertThat(errorSummary()).containsExactly("Select what you are unhappy with",
                "Enter why you are asking for a second-stage review");
        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("about")),
                SecondStageReview.About.OUTCOME);
        type("reasons", "The police have two more reports <script>alert(1)</script>");
        click("continue");

        assertThat(heading()).isEqualTo("Check your request before sending it");
        assertThat(pageText()).contains("The decision or the outcome",
                "The police have two more reports <script>alert(1)</script>");
        click("send-request");

        assertThat(heading()).isEqualTo("Request sent");
        follow("back-to-case");
        assertThat(textOf("case-status")).isEqualTo("Status: second-stage review under way");
        assertThat(textOf("second-stage-waiting")).isEqualTo("You asked for a second-stage review on " + gov(today())
                + ", about the outcome.");
        assertThat(textOf("timeline")).contains("You asked online for a second-stage review about the outcome.",
                "The police have two more reports <script>alert(1)</script>");
        assertThat(present("ask-second-stage")).isFalse();
        assertThat(journey.reload(application.getReference()).getStatus())
                .isEqualTo(ApplicationStatus.SECOND_STAGE_REVIEW);
    }

    @Test
    void a_review_shows_the_panel_date_delay_outcome_and_final_review_and_nothing_internal() {
        Application activated = journey.decided(journey.apply(Channel.ONLINE, true), DecisionOutcome.MET, null);
        Application held = journey.panelMet(activated);
        journey.delayed(held, "The housing provider needs more time", today().plusDays(40));
        open(held);

        assertThat(textOf("case-status")).isEqualTo("Status: review panel has met");
        assertThat(textOf("timeline")).contains("We decided that your application meets the threshold",
                "The case review started.", "The review panel met to look at your case.",
                "We now expect to send it by " + gov(today().plusDays(40)), "The housing provider needs more time");
        assertThat(textOf("next-step")).contains("We will send you the outcome by " + gov(today().plusDays(40)));
        assertThat(pageText()).doesNotContain("Alex Inspector", "Internal finding", "Officer officer-");

        Application sent = journey.outcomeSent(held);
        UI.getCurrent().navigate(CaseStatusView.class);
        assertThat(textOf("timeline")).contains("We sent you the outcome of the case review.");
        assertThat(textOf("next-step")).contains("We will check by " + gov(sent.getFinalReviewDue()));
        assertThat(textOf("actions")).contains("Ask for a second-stage review");

        journey.finalReviewed(sent, "All actions are done and the noise has stopped");
        UI.getCurrent().navigate(CaseStatusView.class);
        assertThat(textOf("case-status")).isEqualTo("Status: closed");
        assertThat(textOf("timeline")).contains("We checked the action plan and closed your case.",
                "All actions are done and the noise has stopped");
        assertThat(textOf("actions")).contains("There is nothing you can change on this case online.");
    }

    @Test
    void a_second_stage_decision_shows_with_the_panel_s_reasons() {
        Application application = journey.decided(journey.apply(Channel.ONLINE, true), DecisionOutcome.NOT_MET,
                NOT_MET_REASON);
        open(application);
        follow("ask-second-stage");
        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("about")),
                SecondStageReview.About.HANDLING);
        type("reasons", "Nobody called me back");
        click("continue");
        click("send-request");

        journey.secondStageDecided(application, SecondStageReview.Decision.NOT_UPHELD, "Calls were made and logged");
        UI.getCurrent().navigate(CaseStatusView.class);
        assertThat(textOf("timeline")).contains("You asked online for a second-stage review about how your "
                        + "application was handled.",
                "The independent panel did not agree with you (your second-stage review was not upheld).",
                "Calls were made and logged").doesNotContain("Chris Head", "Cllr Lee");
    }

    @Test
    void the_applicant_changes_their_contact_details_and_the_change_is_in_the_history() {
        Application application = journey.apply(Channel.ONLINE, true);
        open(application);
        follow("change-contact");
        assertThat(heading()).isEqualTo("Change your contact details and preferences");

        type("email", "not an address");
        type("postcode", "nonsense");
        click("save-contact");
        assertThat(errorSummary()).contains("Enter an email address in the correct format, like name@example.com",
                "Enter a real postcode, like SW1A 1AA",
                // Asked on the application form; this application was made before the question was answered.
                "Select whether it is safe to send letters to your address");
        assertThat(errorBeside("email")).isNotEmpty();
        assertThat(errorBeside("postcode")).isNotEmpty();

        type("email", "rowan.new@example.org");
        type("postcode", "tn9 1aa");
        type("phone", "07700 900123");
        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withId("voicemailSafe")), org.casereview.application.Answer.NO);
        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                spec -> spec.withId("lettersSafe")), org.casereview.application.Answer.YES);
        _setValue(_get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("contactChannels")),
                Set.of(ContactMethod.EMAIL, ContactMethod.POST));
        click("save-contact");

        assertThat(currentView()).isEqualTo(CaseStatusView.class);
        assertThat(textOf("notice")).isEqualTo("Your contact details have been changed.");
        Application changed = journey.reload(application.getReference());
        assertThat(changed.getApplicantEmail()).isEqualTo("rowan.new@example.org");
        assertThat(changed.getApplicantPostcode()).isEqualTo("TN9 1AA");
        assertThat(changed.getContactChannels()).containsExactlyInAnyOrder(ContactMethod.EMAIL, ContactMethod.POST);
        assertThat(history.of(application.getId())).filteredOn(e -> "CONTACT".equals(e.getKind()))
                .allSatisfy(e -> assertThat(e.getActor()).isEqualTo("Applicant (online)"))
                .extracting(CaseEvent::getDescription)
                .contains("E-mail: " + application.getApplicantEmail() + " → rowan.new@example.org",
                        "Postcode: ME19 4LZ → TN9 1AA");
        // The earlier messages, sent to the old address, are still listed.
        assertThat(textOf("messages")).contains("We have received your ASB Case Review application");
    }

    @Test
    void the_applicant_withdraws_after_confirming() {
        Application application = journey.apply(Channel.ONLINE, true);
        open(application);
        follow("withdraw");
        assertThat(heading()).isEqualTo("Withdraw your application");
        type("reason", "Things are better now");
        click("continue");
        assertThat(heading()).isEqualTo("Are you sure you want to withdraw your application?");
        assertThat(journey.reload(application.getReference()).getStatus()).isNotEqualTo(ApplicationStatus.WITHDRAWN);

        click("confirm-withdraw");

        assertThat(currentView()).isEqualTo(CaseStatusView.class);
        assertThat(textOf("notice")).isEqualTo("You have withdrawn your application.");
        assertThat(textOf("case-status")).isEqualTo("Status: withdrawn");
        assertThat(textOf("timeline")).contains("You withdrew your application.");
        assertThat(textOf("next-step")).contains("You have withdrawn your application.");
        assertThat(present("withdraw")).isFalse();
        assertThat(history.of(application.getId())).filteredOn(e -> "WITHDRAWN".equals(e.getKind())).singleElement()
                .satisfies(e -> assertThat(e.getDescription()).contains("Things are better now"));
    }

    @Test
    void an_idle_session_is_warned_then_closed() throws Exception {
        Application application = journey.apply(Channel.ONLINE, true);
        open(application);
        IdleWarning warning = _get(IdleWarning.class);
        ApplicantPass pass = ApplicantSession.pass();

        warning.check();
        assertThat(warning.isOpen()).isFalse();
        idleFor(pass, Duration.ofMinutes(19));
        warning.check();
        assertThat(warning.isOpen()).isTrue();
        warning.carryOn();
        assertThat(warning.isOpen()).isFalse();
        warning.check();
        assertThat(warning.isOpen()).isFalse();

        idleFor(pass, Duration.ofMinutes(21));
        warning.check();
        assertThat(currentView()).isEqualTo(CheckStartView.class);
        assertThat(textOf("notice")).isEqualTo("For your security, we closed your case because you had not done "
                + "anything for 20 minutes. Enter your details again to open it.");
        UI.getCurrent().navigate(CaseStatusView.class);
        assertThat(currentView()).isEqualTo(CheckStartView.class);
    }

    /** As if the applicant last did something this long ago (the pass keeps the time; only the domain sets it). */
    private static void idleFor(ApplicantPass pass, Duration idle) throws Exception {
        Method activeAt = ApplicantPass.class.getDeclaredMethod("activeAt", Instant.class);
        activeAt.setAccessible(true);
        activeAt.invoke(pass, Instant.now().minus(idle));
    }
}
