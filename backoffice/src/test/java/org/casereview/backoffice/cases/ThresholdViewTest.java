package org.casereview.backoffice.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.casework.CaseworkService;
import org.casereview.decision.DecisionOutcome;
import org.casereview.decision.ExclusionKind;
import org.casereview.decision.IncidentReview;
import org.casereview.decision.VerificationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class ThresholdViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    CaseworkService casework;
    @Autowired
    JdbcTemplate jdbc;

    Application acknowledged(String partnership, String name, int... daysAgo) {
        Application application = applications.apply(partnership, Channel.PHONE, name, name.split(" ")[0]
                .toLowerCase() + "@example.org", daysAgo);
        signIn("acknowledging-officer", Roles.CASE_OFFICER);
        casework.acknowledge(application.getId(), application.getVersion(), AcknowledgementMethod.PHONE, null);
        return applications.reload(application);
    }

    static void open(Application application) {
        UI.getCurrent().navigate("cases/" + application.getId() + "/threshold");
    }

    static String outcome() {
        return _get(Span.class, spec -> spec.withId("assessment-outcome")).getText();
    }

    @SuppressWarnings("unchecked")
    static List<IncidentReview> incidents() {
        Grid<IncidentReview> grid = _get(Grid.class, spec -> spec.withId("threshold-incidents"));
        return grid.getGenericDataView().getItems().toList();
    }

    /** The "Record answer" button in an incident's row (1 for the first). */
    @SuppressWarnings("unchecked")
    static Button recordAnswer(int incident) {
        Grid<IncidentReview> grid = _get(Grid.class, spec -> spec.withId("threshold-incidents"));
        return (Button) _getCellComponent(grid, incident - 1, "record");
    }

    @SuppressWarnings("unchecked")
    static void decide(DecisionOutcome decision, String reason) {
        RadioButtonGroup<DecisionOutcome> outcome = _get(RadioButtonGroup.class,
                spec -> spec.withId("decision-outcome"));
        outcome.setValue(decision);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), reason);
        _click(_get(Button.class, spec -> spec.withId("record-decision")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-decision")));
    }

    @Test
    void recording_that_an_agency_has_no_record_re_runs_the_assessment_and_not_met_is_decided() {
        Application application = acknowledged("tonbridge-malling", "Ruth Verify", 40, 20, 5);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);
        assertThat(outcome()).startsWith("Threshold met");
        assertThat(incidents()).allSatisfy(i -> assertThat(i.counts()).isTrue());

        _click(recordAnswer(2));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VerificationOutcome> answer = _get(RadioButtonGroup.class,
                spec -> spec.withId("verification-outcome"));
        answer.setValue(VerificationOutcome.NO_RECORD);
        _setValue(_get(TextArea.class, spec -> spec.withId("verification-notes")), "Checked by PC Shah");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(outcome()).isEqualTo("Threshold not met");
        assertThat(incidents().get(1).reasons()).containsExactly("The agency has no record of the report");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DecisionOutcome> choices = _get(RadioButtonGroup.class,
                spec -> spec.withId("decision-outcome"));
        assertThat(choices.getListDataView().getItems()).containsExactly(DecisionOutcome.NOT_MET);

        decide(DecisionOutcome.NOT_MET, "");

        assertThat(applications.reload(application).getStatus()).isEqualTo(ApplicationStatus.THRESHOLD_NOT_MET);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("decision"))
                .getElement().getTextRecursively())
                .contains("Threshold not met", "Test officer", "does not count because the organisation");
        _assertNone(RadioButtonGroup.class, spec -> spec.withId("decision-outcome"));
    }

    @Test
    void a_different_date_from_the_agency_is_shown_and_used() {
        Application application = acknowledged("sevenoaks", "Sid Dates", 30, 20, 10);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);

        _click(recordAnswer(3));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VerificationOutcome> answer = _get(RadioButtonGroup.class,
                spec -> spec.withId("verification-outcome"));
        answer.setValue(VerificationOutcome.DIFFERENT_DATE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("verification-occurred")),
                Applications.today().minusDays(70));
        _setValue(_get(TextArea.class, spec -> spec.withId("verification-action")), "Letter to the household");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(outcome()).isEqualTo("Threshold not met");
        assertThat(incidents().get(2).reasons()).containsExactly("Reported more than one month after it happened");
        assertThat(incidents().get(2).verification().getAgencyAction()).isEqualTo("Letter to the household");
    }

    @Test
    void discretion_needs_a_reason_and_then_activates_the_review() {
        Application application = acknowledged("bassetlaw", "Tam Discretion", 20, 10);
        signIn("manager", Roles.MANAGER);
        open(application);
        assertThat(outcome()).contains("officer's discretion");

        decide(DecisionOutcome.DISCRETION, " ");
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith("Give the reason"));
        assertThat(applications.reload(application).getStatus()).isEqualTo(ApplicationStatus.ACKNOWLEDGED);

        decide(DecisionOutcome.DISCRETION, "Disabled victim targeted repeatedly at night");
        assertThat(applications.reload(application).getStatus()).isEqualTo(ApplicationStatus.REVIEW_ACTIVATED);
    }

    @Test
    void an_exclusion_recorded_on_the_screen_makes_excluded_the_only_decision() {
        Application application = acknowledged("folkestone-hythe", "Uma Exclusion", 30, 20, 10);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);

        _click(_get(Button.class, spec -> spec.withId("add-exclusion")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExclusionKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("exclusion-kind"));
        kind.setValue(ExclusionKind.SINGLE_AGENCY_CONDUCT);
        _setValue(_get(TextField.class, spec -> spec.withId("exclusion-agency")), "Kent Police");
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));

        assertThat(outcome()).startsWith("Excluded");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DecisionOutcome> choices = _get(RadioButtonGroup.class,
                spec -> spec.withId("decision-outcome"));
        assertThat(choices.getListDataView().getItems()).containsExactly(DecisionOutcome.EXCLUDED);
        choices.setValue(DecisionOutcome.EXCLUDED);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("decision-preview"))
                .getElement().getTextRecursively()).contains("Kent Police's own complaints procedure");
    }

    @Test
    void before_acknowledgement_nothing_can_be_decided() {
        Application application = applications.apply("test-valley", Channel.LETTER, "Val Early", null, 30, 20, 10);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);

        _assertNone(RadioButtonGroup.class, spec -> spec.withId("decision-outcome"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("decision"))
                .getElement().getTextRecursively()).contains("Acknowledge the application");
    }

    @Test
    void a_panel_member_reads_the_check_but_records_nothing() {
        Application application = acknowledged("sevenoaks", "Wyn Panel", 30, 20, 10);
        jdbc.update("UPDATE application SET status = 'REVIEW_ACTIVATED' WHERE id = ?", application.getId());
        signIn("panel", Roles.PANEL_MEMBER);

        open(application);

        assertThat(incidents()).hasSize(3);
        @SuppressWarnings("unchecked")
        Grid<IncidentReview> grid = _get(Grid.class, spec -> spec.withId("threshold-incidents"));
        assertThat(grid.getColumnByKey("record")).isNull();
        _assertNone(Button.class, spec -> spec.withId("add-exclusion"));
        _assertNone(Button.class, spec -> spec.withId("record-decision"));
    }
}
