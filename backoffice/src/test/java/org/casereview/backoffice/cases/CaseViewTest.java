package org.casereview.backoffice.cases;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import org.casereview.application.AcknowledgementMethod;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.RiskLevel;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.security.Roles;
import org.casereview.casework.CaseworkService;
import org.casereview.history.CaseEvent;
import org.casereview.notifications.outbox.CaseMessages;
import org.casereview.notifications.outbox.OutboxMessage;
import org.casereview.risk.RiskAnswer;
import org.casereview.staff.StaffAccount;
import org.casereview.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseViewTest extends KaribuTest {

    @Autowired
    Applications applications;
    @Autowired
    CaseworkService casework;
    @Autowired
    JdbcTemplate jdbc;

    static void open(Application application) {
        UI.getCurrent().navigate("cases/" + application.getId());
    }

    static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    static void confirm() {
        _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
    }

    @SuppressWarnings("unchecked")
    static List<CaseEvent> history() {
        Grid<CaseEvent> grid = _get(Grid.class, spec -> spec.withId("history"));
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    void opening_a_case_shows_everything_the_resident_entered_its_clocks_and_its_history() {
        Application application = applications.apply("tonbridge-malling", Channel.PHONE, "Frankie Fox",
                "frankie@example.org", 4);
        signIn("officer", Roles.CASE_OFFICER);

        open(application);

        assertThat(text("case-reference")).isEqualTo(application.getReference());
        assertThat(_get(CaseView.class).getElement().getTextRecursively())
                .contains("Frankie Fox", "2 Mill Lane", "ME19 4LZ", "Tonbridge and Malling", "Telephone");
        assertThat(text("incidents")).contains("Youths kicking a football", "Police");
        assertThat(text("case-clocks")).contains("Acknowledge", "Due ", "working day");
        assertThat(text("case-risk")).isEqualTo("Risk not assessed");
        assertThat(history()).extracting(CaseEvent::getDescription).contains("Application received (Telephone)");
    }

    @Test
    void an_officer_acknowledges_a_phone_application_by_phone_and_the_history_says_so() {
        Application application = applications.apply("bassetlaw", Channel.PHONE, "Gale Phone", null, 4);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);

        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AcknowledgementMethod> method = _get(RadioButtonGroup.class,
                spec -> spec.withId("acknowledgement-method"));
        assertThat(method.getValue()).isEqualTo(AcknowledgementMethod.PHONE);
        _setValue(_get(TextArea.class, spec -> spec.withId("acknowledgement-note")), "Called at 10:15");
        confirm();

        assertThat(applications.reload(application).getStatus()).isEqualTo(ApplicationStatus.ACKNOWLEDGED);
        assertThat(text("case-clocks")).contains("Acknowledged", "phone call");
        assertThat(history()).extracting(CaseEvent::getDescription)
                .anySatisfy(d -> assertThat(d).contains("Acknowledged by phone call", "Called at 10:15"));
        _assertNone(Button.class, spec -> spec.withId("acknowledge"));
        assertThat(text("case-messages")).isEqualTo("None yet.");
    }

    @Test
    void an_acknowledgement_by_letter_waits_in_the_print_queue_and_shows_on_the_case() {
        Application application = applications.apply("test-valley", Channel.LETTER, "Lena Letter", null, 4);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);

        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AcknowledgementMethod> method = _get(RadioButtonGroup.class,
                spec -> spec.withId("acknowledgement-method"));
        method.setValue(AcknowledgementMethod.LETTER);
        confirm();

        @SuppressWarnings("unchecked")
        Grid<CaseMessages.MessageSummary> messages = _get(Grid.class, spec -> spec.withId("case-messages"));
        assertThat(messages.getGenericDataView().getItems().toList()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.LETTER);
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.AWAITING_PRINT);
            assertThat(m.subject()).contains(application.getReference());
        });
    }

    @Test
    void a_second_officer_working_from_an_old_page_is_refused_and_offered_a_reload() {
        Application application = applications.apply("sevenoaks", Channel.LETTER, "Hope Conflict", null, 4);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);
        _click(_get(Button.class, spec -> spec.withId("acknowledge")));

        // Meanwhile a colleague takes the case, which saves a new version.
        StaffAccount colleague = signIn("colleague", Roles.CASE_OFFICER);
        casework.assign(application.getId(), application.getVersion(), colleague.getId());
        signIn("officer", Roles.CASE_OFFICER);

        confirm();

        Dialog conflict = _get(Dialog.class, spec -> spec.withClasses("conflict-dialog"));
        assertThat(conflict.getHeaderTitle()).isEqualTo("Someone else changed this case");
        assertThat(conflict.getElement().getTextRecursively()).contains("Test colleague", "Nothing you entered was saved");
        Application now = applications.reload(application);
        assertThat(now.getAcknowledgedOn()).isNull();
        assertThat(now.getAssignedOfficerId()).isEqualTo(colleague.getId());

        _click(_get(Button.class, spec -> spec.withId("reload-case")));
        assertThat(text("case-officer")).isEqualTo("Officer: Test colleague");
    }

    @Test
    void an_officer_takes_a_case_and_a_manager_gives_it_to_someone_else() {
        Application application = applications.apply("test-valley", Channel.PHONE, "Iris Assign", null, 4);
        StaffAccount officer = signIn("taker", Roles.CASE_OFFICER);
        open(application);
        _assertNone(Button.class, spec -> spec.withId("assign"));
        _click(_get(Button.class, spec -> spec.withId("take-case")));
        assertThat(text("case-officer")).isEqualTo("Officer: Test taker");

        StaffAccount other = signIn("other-officer", Roles.CASE_OFFICER);
        signIn("assigning-manager", Roles.MANAGER);
        open(application);
        _click(_get(Button.class, spec -> spec.withId("assign")));
        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> choice = _get(ComboBox.class, spec -> spec.withId("assign-officer"));
        assertThat(choice.getValue().id()).isEqualTo(officer.getId());
        choice.setValue(choice.getListDataView().getItems().filter(s -> s.id() == other.getId()).findFirst()
                .orElseThrow());
        confirm();

        assertThat(applications.reload(application).getAssignedOfficerId()).isEqualTo(other.getId());
        assertThat(history()).extracting(CaseEvent::getDescription)
                .contains("Assigned to: Test taker → Test other-officer");
    }

    @Test
    void an_officer_adds_an_agency_incident_and_links_a_case_about_the_same_place() {
        Application application = applications.apply("newark-sherwood", Channel.PHONE, "Jo Add", null, 4);
        Application neighbour = applications.apply("newark-sherwood", Channel.PHONE, "Kit Neighbour", null, 6);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);

        _click(_get(Button.class, spec -> spec.withId("add-incident")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("incident-occurred")), Applications.today().minusDays(9));
        _setValue(_get(DatePicker.class, spec -> spec.withId("incident-reported")), Applications.today().minusDays(8));
        @SuppressWarnings("unchecked")
        Select<Agency> agency = _get(Select.class, spec -> spec.withId("incident-agency"));
        agency.setValue(Agency.HOUSING_PROVIDER);
        _setValue(_get(TextField.class, spec -> spec.withId("incident-reference")), "NSH-4411");
        _setValue(_get(TextArea.class, spec -> spec.withId("incident-description")), "Fence set on fire");
        confirm();

        assertThat(text("incidents")).contains("Incident 2", "Fence set on fire", "Reported by an agency");

        _click(_get(Button.class, spec -> spec.withId("link-case")));
        _setValue(_get(TextField.class, spec -> spec.withId("link-reference")), neighbour.getReference());
        _setValue(_get(TextField.class, spec -> spec.withId("link-reason")), "Same street, same youths");
        confirm();

        assertThat(text("linked-cases")).contains(neighbour.getReference(), "Same street, same youths");
    }

    @Test
    void an_incident_with_mistakes_is_refused_and_the_form_stays_open() {
        Application application = applications.apply("newark-sherwood", Channel.PHONE, "Lou Mistake", null, 4);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);
        _click(_get(Button.class, spec -> spec.withId("add-incident")));

        confirm();

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Enter the date it happened"));
        _get(Button.class, spec -> spec.withId("dialog-confirm"));
        assertThat(applications.reload(application).getIncidents()).hasSize(1);
    }

    @Test
    void the_risk_questionnaire_scores_the_victim_and_the_level_shows_on_the_case() {
        Application application = applications.apply("bassetlaw", Channel.PHONE, "Max Risk", null, 4);
        signIn("officer", Roles.CASE_OFFICER);
        open(application);
        _click(_get(Button.class, spec -> spec.withId("assess-risk")));

        for (String code : List.of("repeat-targeting", "disability-or-illness", "impact-on-health", "fear-at-home",
                "children-in-household", "hate-motivation")) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<RiskAnswer> answer = _get(RadioButtonGroup.class, spec -> spec.withId("risk-" + code));
            answer.setValue(code.equals("fear-at-home") || code.equals("repeat-targeting") ? RiskAnswer.YES
                    : RiskAnswer.NO);
        }
        confirm();

        assertThat(applications.reload(application).getRiskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(text("case-risk")).isEqualTo("Medium risk");
        assertThat(text("risk-summary")).contains("Medium (score 5 of 13)", "afraid or unsafe in their own home");
    }

    @Test
    void a_panel_member_reads_a_case_under_review_but_has_no_buttons_to_change_it() {
        Application application = applications.apply("sevenoaks", Channel.PHONE, "Ned Panel", null, 4);
        jdbc.update("UPDATE application SET status = 'REVIEW_ACTIVATED' WHERE id = ?", application.getId());
        signIn("panel", Roles.PANEL_MEMBER);

        open(application);

        assertThat(text("case-reference")).isEqualTo(application.getReference());
        for (String button : List.of("acknowledge", "assess-risk", "take-case", "assign", "add-incident",
                "link-case")) {
            _assertNone(Button.class, spec -> spec.withId(button));
        }
        _get(Button.class, spec -> spec.withId("open-threshold"));
    }

    @Test
    void a_panel_member_cannot_open_a_case_that_is_not_under_review() {
        Application application = applications.apply("sevenoaks", Channel.PHONE, "Ola Hidden", null, 4);
        signIn("panel", Roles.PANEL_MEMBER);

        assertThatThrownBy(() -> open(application)).hasRootCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void staff_of_another_partnership_cannot_open_the_case_and_agency_users_cannot_open_any() {
        Application application = applications.apply("sevenoaks", Channel.PHONE, "Pip Elsewhere", null, 4);
        signInFor("bassetlaw-only", "bassetlaw", Roles.CASE_OFFICER);
        assertThatThrownBy(() -> open(application)).hasRootCauseInstanceOf(NotFoundException.class);

        signIn("agency", Roles.PARTNER_AGENCY);
        assertThatThrownBy(() -> open(application)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_risk_tag_shows_on_the_case_and_the_header_stays_readable() {
        Application application = applications.apply("bassetlaw", Channel.PHONE, "Quin Tags", null, 4);
        jdbc.update("UPDATE application SET risk_level = 'HIGH' WHERE id = ?", application.getId());
        signIn("officer", Roles.CASE_OFFICER);
        open(application);
        assertThat(_get(Span.class, spec -> spec.withId("case-risk")).getClassNames()).contains("tag--risk-high");
        assertThat(_get(Div.class, spec -> spec.withId("case-tags")).getElement().getTextRecursively())
                .contains("Received", "High risk", "Unassigned");
    }
}
