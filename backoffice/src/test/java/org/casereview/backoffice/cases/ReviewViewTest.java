package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.ReviewCases;
import org.casereview.backoffice.security.Roles;
import org.casereview.review.InformationRequest;
import org.casereview.review.PanelSeat;
import org.casereview.review.PlannedAction;
import org.casereview.review.Recommendation;
import org.casereview.review.ReviewFile;
import org.casereview.review.ReviewService;
import org.casereview.review.SecondStageReview;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.backoffice.Applications.today;

class ReviewViewTest extends KaribuTest {

    @Autowired
    ReviewCases cases;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;

    static void open(Application application) {
        UI.getCurrent().navigate("cases/" + application.getId() + "/review");
    }

    static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static void confirm() {
        click("dialog-confirm");
    }

    static void type(String id, String value) {
        List<TextField> fields = _find(TextField.class, spec -> spec.withId(id));
        if (!fields.isEmpty()) {
            _setValue(fields.getFirst(), value);
        } else {
            _setValue(_get(TextArea.class, spec -> spec.withId(id)), value);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> void choose(String id, T value) {
        List<RadioButtonGroup> radios = _find(RadioButtonGroup.class, spec -> spec.withId(id));
        if (!radios.isEmpty()) {
            radios.getFirst().setValue(value);
            return;
        }
        List<Select> selects = _find(Select.class, spec -> spec.withId(id));
        if (!selects.isEmpty()) {
            selects.getFirst().setValue(value);
            return;
        }
        _get(ComboBox.class, spec -> spec.withId(id)).setValue(value);
    }

    static boolean dialogOpen() {
        return !_find(Dialog.class, spec -> spec.withClasses("action-dialog")).isEmpty();
    }

    static void fillMember(String prefix, int row, String name, String role, String agency) {
        type(prefix + "-name-" + row, name);
        if (_find(TextField.class, spec -> spec.withId(prefix + "-role-" + row)).isEmpty()) {
            choose(prefix + "-role-" + row, role);
        } else {
            type(prefix + "-role-" + row, role);
        }
        type(prefix + "-agency-" + row, agency);
    }

    private long version(Application application) {
        return cases.reload(application).getVersion();
    }

    private Application signedInOfficerWith(java.util.function.Function<ReviewCases, Application> made) {
        signIn("review-officer", Roles.CASE_OFFICER);
        return made.apply(cases);
    }

    @Test
    void an_officer_asks_an_agency_for_information_due_in_ten_working_days_and_records_an_answer_sent_by_email() {
        Application application = signedInOfficerWith(c -> c.reviewActivated("tonbridge-malling", "Ada Request"));
        open(application);
        assertThat(text("requests")).contains("No agency has been asked yet");

        click("request-information");
        LocalDate expectedDue = WorkingDayCalendar.englandAndWales().plusWorkingDays(today(), 10);
        assertThat(_get(DatePicker.class, spec -> spec.withId("request-due")).getValue()).isEqualTo(expectedDue);
        choose("request-agency", Agency.POLICE);
        assertThat(_get(TextField.class, spec -> spec.withId("request-agency-name")).getPlaceholder())
                .isEqualTo("Police");
        type("request-agency-name", "Kent Police");
        type("request-email", "asb@kent.police.example");
        confirm();

        assertThat(dialogOpen()).isFalse();
        InformationRequest request = reviews.file(application.getId()).requests().getFirst();
        assertThat(text("request-" + request.getId())).contains("Kent Police (Police)", "No answer yet",
                "Due " + expectedDue.getDayOfMonth());

        // Past its due day, the card says so in words.
        jdbc.update("update information_request set due_on = ? where id = ?", today().minusDays(3), request.getId());
        open(application);
        assertThat(text("request-" + request.getId())).contains("No answer: overdue by");
        assertThat(text("panel")).contains("No information by the due day from: Kent Police");

        click("record-answer-" + request.getId());
        type("answer-text", "Three reports; one community protection warning issued");
        confirm();
        assertThat(text("request-" + request.getId())).contains("Answered",
                "Three reports; one community protection warning issued", "by e-mail or letter");
    }

    @Test
    void the_panel_form_counts_agencies_as_they_are_typed_and_a_panel_of_two_agencies_is_refused() {
        Application application = signedInOfficerWith(c -> c.reviewActivated("tonbridge-malling", "Bo Panel"));
        open(application);
        click("record-panel");
        assertThat(text("panel-rule")).contains("At least 3 partner agencies");
        fillMember("member", 0, "Alex Inspector", "Neighbourhood inspector", "Kent Police");
        fillMember("member", 1, "Pat Sergeant", "Sergeant", " kent police");
        fillMember("member", 2, "Sam Housing", "Tenancy manager", "Clarion Housing");
        assertThat(text("agency-count")).isEqualTo("2 agencies represented: at least 3 are needed");
        _setValue(_get(Checkbox.class, spec -> spec.withId("panel-victim-consulted")), true);
        type("panel-findings", "The police and the landlord did not share reports.");
        confirm();

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t)
                .contains("At least 3 partner agencies must be represented on the panel; 2 are listed"));
        assertThat(dialogOpen()).as("the form stays open with what was typed").isTrue();
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);

        click("add-member");
        fillMember("member", 3, "Jo Council", "Community safety manager", "Tonbridge and Malling Borough Council");
        assertThat(text("agency-count")).isEqualTo("3 agencies represented");
        confirm();

        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_HELD);
        assertThat(text("panel")).contains("Members (4, 3 agencies)", "Pat Sergeant, Sergeant, kent police",
                "Victim consulted on the plan", "The police and the landlord did not share reports.");
        assertThat(text("review-actions")).contains("Amend the panel record", "Send the outcome");
    }

    @Test
    void recommendations_and_actions_go_with_the_outcome_and_unanswered_recommendations_show_as_such() {
        Application application = signedInOfficerWith(c -> c.reviewHeld("sevenoaks", "Cy Outcome"));
        open(application);

        click("add-recommendation");
        choose("recommendation-agency", Agency.HOUSING_PROVIDER);
        type("recommendation-agency-name", "Clarion Housing");
        type("recommendation-text", "Start tenancy enforcement against the neighbour");
        confirm();
        click("add-action");
        type("action-description", "Tenancy warning letter");
        type("action-owner", "Clarion Housing");
        _setValue(_get(DatePicker.class, spec -> spec.withId("action-due")), today().plusDays(10));
        confirm();

        Recommendation recommendation = reviews.file(application.getId()).recommendations().getFirst();
        assertThat(text("recommendation-" + recommendation.getId())).contains("Not issued yet");
        _assertNone(Button.class, spec -> spec.withId("record-response-" + recommendation.getId()));

        click("send-outcome");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-outcome"));
        assertThat(text("outcome-summary")).contains("1 recommendation: to Clarion Housing",
                "the action plan: 1 action", "how to ask for a second-stage review");
        _fireConfirm(confirm);

        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
        assertThat(text("recommendation-" + recommendation.getId())).contains("No response yet");
        _assertNone(Button.class, spec -> spec.withId("add-recommendation"));
        _assertNone(Button.class, spec -> spec.withId("remove-recommendation-" + recommendation.getId()));

        click("record-response-" + recommendation.getId());
        choose("response-choice", Recommendation.Response.WILL_ACT);
        type("response-reasons", "A warning letter goes this week");
        confirm();
        assertThat(text("recommendation-" + recommendation.getId())).contains("Will act on it",
                "A warning letter goes this week");
    }

    @Test
    void a_banner_prompts_for_a_delay_notice_before_the_outcome_is_due_and_the_notice_moves_the_date() {
        Application application = signedInOfficerWith(c -> c.reviewActivated("folkestone-hythe", "Di Delay"));
        open(application);
        _assertNone(Component.class, spec -> spec.withId("delay-banner"));

        jdbc.update("update application set decision_due = ? where id = ?",
                WorkingDayCalendar.englandAndWales().plusWorkingDays(today(), 2), application.getId());
        open(application);
        assertThat(text("delay-banner")).contains("The outcome letter is due soon", "due in 2 working days",
                "send a delay notice");

        click("delay-banner-send");
        type("delay-reason", "We are still waiting for the police's records");
        confirm();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("Choose the new date"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("delay-new-date")), today().plusDays(30));
        confirm();

        _assertNone(Component.class, spec -> spec.withId("delay-banner"));
        assertThat(text("delay-notices")).contains("We are still waiting for the police's records");
        assertThat(cases.reload(application).outcomeDue()).isEqualTo(today().plusDays(30));
    }

    @Test
    void the_final_review_records_each_action_and_closes_the_case_which_is_then_read_only_until_reopened() {
        Application application = signedInOfficerWith(c -> c.outcomeSent("tonbridge-malling", "Ed Final"));
        open(application);

        click("record-final-review");
        type("final-result", "The visit took place and the noise has stopped");
        choose("final-close", true);
        confirm();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t)
                .contains("Record whether each action was done", "Joint visit to the neighbour"));
        assertThat(dialogOpen()).isTrue();

        choose("final-action-status-0", PlannedAction.Status.COMPLETE);
        type("final-action-notes-0", "Visited with the police on Tuesday");
        confirm();

        Application closed = cases.reload(application);
        assertThat(closed.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(text("closed-banner")).contains("Closed on", "The visit took place", "read-only");
        assertThat(text("final-reviews")).contains("The visit took place", "Case closed");
        List<String> buttons = _get(Component.class, spec -> spec.withId("review-actions")).getChildren()
                .map(c -> ((Button) c).getText()).toList();
        assertThat(buttons).containsExactly("Reopen the case");
        _assertNone(Button.class, spec -> spec.withId("add-action"));
        assertThat(text("action-plan")).contains("Joint visit to the neighbour", "Complete",
                "Visited with the police on Tuesday");
        _assertNone(Button.class, spec -> spec.withCaption("Update"));

        click("reopen-case");
        confirm();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("Enter the reason for reopening"));
        type("end-reason", "The resident reports the noise started again");
        confirm();
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
        _assertNone(Component.class, spec -> spec.withId("closed-banner"));
    }

    @Test
    void a_final_review_can_keep_the_case_open_with_a_next_review_date() {
        Application application = signedInOfficerWith(c -> c.outcomeSent("sevenoaks", "Fay Keep"));
        open(application);
        click("record-final-review");
        type("final-result", "Still some noise: one more visit is planned");
        choose("final-close", false);
        assertThat(_get(DatePicker.class, spec -> spec.withId("final-next-review")).getValue())
                .isEqualTo(today().plusMonths(3));
        confirm();

        Application kept = cases.reload(application);
        assertThat(kept.getStatus()).isEqualTo(ApplicationStatus.OUTCOME_SENT);
        assertThat(kept.getFinalReviewDue()).isEqualTo(today().plusMonths(3));
        assertThat(text("final-reviews")).contains("Kept open; next review");
        _assertOne(Button.class, spec -> spec.withId("add-action"));
    }

    @Test
    void a_save_from_a_stale_page_says_who_changed_the_case_and_keeps_what_was_typed() {
        Application application = signedInOfficerWith(c -> c.reviewActivated("tonbridge-malling", "Gil Stale"));
        open(application);
        click("request-information");
        choose("request-agency", Agency.COUNCIL);
        type("request-agency-name", "Tonbridge and Malling Borough Council");

        // Someone else changes the case meanwhile.
        reviews.requestInformation(application.getId(), application.getVersion(), Agency.POLICE, "Kent Police", null,
                "Every report since January", today().plusDays(5));
        confirm();

        assertThat(_get(Dialog.class, spec -> spec.withClasses("conflict-dialog")).getElement().getTextRecursively())
                .contains("was changed by Test review-officer", "Nothing you entered was saved");
        assertThat(dialogOpen()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("request-agency-name")).getValue())
                .isEqualTo("Tonbridge and Malling Borough Council");
        click("reload-case");
        confirm();

        assertThat(reviews.file(application.getId()).requests()).extracting(InformationRequest::getAgencyName)
                .containsExactly("Kent Police", "Tonbridge and Malling Borough Council");
    }

    @Test
    void an_appeal_against_not_met_is_recorded_and_an_independent_panel_with_an_elected_member_starts_the_review() {
        Application application = signedInOfficerWith(c -> c.notMet("tonbridge-malling", "Hal Appeal"));
        UI.getCurrent().navigate("cases/" + application.getId());
        assertThat(_get(Button.class, spec -> spec.withId("open-review")).getText())
                .isEqualTo("Appeal (second-stage review)");
        open(application);
        assertThat(text("no-review")).contains("threshold decision went against the application");
        _assertNone(Button.class, spec -> spec.withId("request-information"));

        click("record-second-stage-request");
        choose("appeal-about", SecondStageReview.About.OUTCOME);
        type("appeal-reasons", "The council's own reports were not counted");
        confirm();
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.SECOND_STAGE_REVIEW);
        assertThat(text("second-stage")).contains("Waiting for the panel", "The council's own reports");

        // The independent panel's decision can be recorded by a panel member of the partnership.
        signInFor("appeal-panel", "tonbridge-malling", Roles.PANEL_MEMBER);
        open(application);
        _assertNone(Button.class, spec -> spec.withId("record-second-stage-request"));
        _assertNone(Button.class, spec -> spec.withId("close-case"));
        click("decide-second-stage");
        fillMember("appeal-member", 0, "Chris Head", "Head of community safety", "Tonbridge and Malling Council");
        choose("appeal-decision", SecondStageReview.Decision.UPHELD);
        type("appeal-decision-reasons", "Two council reports were missed");
        confirm();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("elected council member"));

        fillMember("appeal-member", 1, "Cllr Lee", PanelSeat.ELECTED_MEMBER, "Tonbridge and Malling Council");
        _setValue(_get(Checkbox.class, spec -> spec.withId("appeal-activate")), true);
        click("add-appeal-recommendation");
        choose("appeal-rec-agency-0", Agency.COUNCIL);
        type("appeal-rec-name-0", "Tonbridge and Malling Borough Council");
        type("appeal-rec-text-0", "Share every report with the Community Safety Unit");
        confirm();

        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
        ReviewFile file = reviews.file(application.getId());
        assertThat(file.secondStageReviews().getFirst().getDecision()).isEqualTo(SecondStageReview.Decision.UPHELD);
        assertThat(file.recommendations()).singleElement().satisfies(r -> assertThat(r.isIssued()).isTrue());
        assertThat(text("second-stage")).contains("Upheld", "Cllr Lee (Elected member");
    }

    @Test
    void the_activate_option_is_offered_only_for_an_appeal_against_the_threshold_that_is_upheld() {
        Application application = signedInOfficerWith(c -> c.outcomeSent("sevenoaks", "Ida Outcome"));
        open(application);
        click("record-second-stage-request");
        choose("appeal-about", SecondStageReview.About.HANDLING);
        type("appeal-reasons", "Nobody called me back");
        confirm();
        click("decide-second-stage");
        choose("appeal-decision", SecondStageReview.Decision.UPHELD);
        _assertNone(Checkbox.class, spec -> spec.withId("appeal-activate"));
        _assertOne(Button.class, spec -> spec.withId("add-appeal-recommendation"));
        choose("appeal-decision", SecondStageReview.Decision.NOT_UPHELD);
        _assertNone(Button.class, spec -> spec.withId("add-appeal-recommendation"));
    }

    @Test
    void a_panel_member_records_the_panel_recommendations_and_actions_but_not_what_the_officer_sends() {
        signIn("review-officer", Roles.CASE_OFFICER);
        Application activated = cases.reviewActivated("bassetlaw", "Jo Panelled");
        reviews.requestInformation(activated.getId(), activated.getVersion(), Agency.POLICE, "Nottinghamshire Police",
                null, "Every report", today().plusDays(5));
        Application held = cases.reviewHeld("bassetlaw", "Kit Held");
        signInFor("bassetlaw-panel", "bassetlaw", Roles.PANEL_MEMBER);

        open(activated);
        assertThat(buttonIds()).containsExactly("record-panel");
        assertThat(_find(Button.class, spec -> spec.withCaption("Record an answer received by e-mail"))).isEmpty();

        open(held);
        assertThat(buttonIds()).containsExactly("record-panel");
        _assertOne(Button.class, spec -> spec.withId("add-recommendation"));
        _assertOne(Button.class, spec -> spec.withId("add-action"));
        click("add-recommendation");
        choose("recommendation-agency", Agency.POLICE);
        // Left empty, the agency's name is the one the field suggests.
        type("recommendation-text", "Patrol after school hours");
        confirm();
        assertThat(reviews.file(held.getId()).recommendations()).singleElement().satisfies(r -> {
            assertThat(r.getRecommendationText()).isEqualTo("Patrol after school hours");
            assertThat(r.getAgencyName()).isEqualTo("Police");
        });
    }

    @Test
    void the_case_page_links_to_the_review_and_closing_there_makes_the_case_read_only() {
        Application application = signedInOfficerWith(c -> c.reviewActivated("folkestone-hythe", "Lou Close"));
        UI.getCurrent().navigate("cases/" + application.getId());
        assertThat(_get(Button.class, spec -> spec.withId("open-review")).getText()).isEqualTo("Case review");
        assertThat(text("case-clocks")).contains("Outcome letter");
        _click(_get(Button.class, spec -> spec.withId("open-review")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ReviewView.class);

        UI.getCurrent().navigate("cases/" + application.getId());
        click("close-case");
        type("end-reason", "The applicant moved out of the area");
        confirm();

        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(text("closed-banner")).contains("The applicant moved out of the area");
        _assertNone(Button.class, spec -> spec.withId("link-case"));
        _assertNone(Button.class, spec -> spec.withId("take-case"));
        _assertNone(Button.class, spec -> spec.withId("close-case"));
        _assertOne(Button.class, spec -> spec.withId("reopen-case"));
    }

    @Test
    void a_withdrawal_is_recorded_with_how_and_why() {
        Application application = signedInOfficerWith(c -> c.reviewHeld("newark-sherwood", "Mo Withdraw"));
        open(application);
        click("record-withdrawal");
        type("end-reason", "Phoned on Monday: the neighbour has moved away");
        confirm();
        assertThat(cases.reload(application).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(text("closed-banner")).startsWith("Withdrawn on");
    }

    private static List<String> buttonIds() {
        return _get(Component.class, spec -> spec.withId("review-actions")).getChildren()
                .map(c -> c.getId().orElse("")).toList();
    }
}
