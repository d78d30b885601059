package org.casereview.backoffice.intake;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.application.ApplicationStatus;
import org.casereview.application.Channel;
import org.casereview.application.ConsentMethod;
import org.casereview.application.ContactMethod;
import org.casereview.application.Relationship;
import org.casereview.backoffice.Applications;
import org.casereview.backoffice.KaribuTest;
import org.casereview.backoffice.cases.CaseView;
import org.casereview.backoffice.queue.WorkQueueView;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.ErrorSummary;
import org.casereview.casework.CaseRow;
import org.casereview.casework.CaseworkService;
import org.casereview.casework.WorkQueue;
import org.casereview.history.CaseEvent;
import org.casereview.partnership.Partnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording an application taken by phone, letter or e-mail, browserless, on the real services and database. */
class IntakeViewTest extends KaribuTest {

    @Autowired
    ApplicationService applicationService;
    @Autowired
    CaseworkService casework;
    @Autowired
    JdbcTemplate jdbc;

    static void open() {
        UI.getCurrent().navigate(IntakeView.class);
    }

    @SuppressWarnings("unchecked")
    static <V> void fill(String id, V value) {
        _setValue((HasValue<?, V>) _get(Component.class, spec -> spec.withId(id)), value);
    }

    static void choosePartnership(String code) {
        @SuppressWarnings("unchecked")
        Select<Partnership> select = _get(Select.class, spec -> spec.withId("partnership"));
        _setValue(select, select.getListDataView().getItems().filter(p -> p.getCode().equals(code)).findFirst()
                .orElseThrow());
    }

    static void record() {
        _click(_get(Button.class, spec -> spec.withId("record-application")));
    }

    static List<String> summary() {
        return _get(ErrorSummary.class).messages();
    }

    /** The message shown beside the field with this id, or null. */
    static String errorOf(String id) {
        HasValidation field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    /** What an officer types for a victim calling about three reports to the police. */
    static void fillInAPhoneCall(String name, LocalDate receivedOn) {
        choosePartnership("bassetlaw");
        fill("channel", Channel.PHONE);
        fill("receivedOn", receivedOn);
        fill("applicantType", ApplicantType.VICTIM);
        fill("name", name);
        fill("phone", "01909 960 555");
        fill("address", "4 Potter Street, Worksop");
        fill("postcode", "s80 2ah");
        fillIncident(1, receivedOn.minusDays(40), "Eggs thrown at the front door");
        _click(_get(Button.class, spec -> spec.withId("add-incident")));
        fillIncident(2, receivedOn.minusDays(20), "Shouting abuse in the street");
        fill("incident-2-sameAsOthers", Answer.YES);
        fill("problemPersists", Answer.YES);
        fill("contactChannels", Set.of(ContactMethod.PHONE, ContactMethod.POST));
        fill("lettersSafe", Answer.YES);
        fill("consentToShare", true);
        fill("declaration", true);
    }

    static void fillIncident(int number, LocalDate reportedOn, String what) {
        fill("incident-" + number + "-occurredOn", reportedOn.minusDays(1));
        fill("incident-" + number + "-reportedOn", reportedOn);
        fill("incident-" + number + "-reportedTo", Agency.POLICE);
        fill("incident-" + number + "-agencyReference", "NP-" + UUID.randomUUID().toString().substring(0, 6));
        fill("incident-" + number + "-description", what);
    }

    @Test
    void an_officer_records_a_phone_application_and_the_case_opens_waiting_to_be_acknowledged() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();
        LocalDate receivedOn = Applications.today().minusDays(2);
        fillInAPhoneCall("Priya Phonecall", receivedOn);

        record();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CaseView.class);
        String reference = _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("case-reference"))
                .getText();
        Application application = applicationService.byReference(reference).orElseThrow();
        assertThat(application.getApplicantName()).isEqualTo("Priya Phonecall");
        assertThat(application.getApplicantPostcode()).isEqualTo("S80 2AH");
        assertThat(application.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(application.getReceivedOn()).isEqualTo(receivedOn);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(application.getIncidents()).hasSize(2);
        assertThat(application.getPreferredContact()).isEqualTo(ContactMethod.PHONE);
        assertThat(application.getRecordedBy()).contains("intake-officer");
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).startsWith(reference + " recorded. "
                + "Acknowledge it by "));
        assertThat(_get(CaseView.class).getElement().getTextRecursively())
                .contains("Telephone", "Recorded", "intake-officer");
        @SuppressWarnings("unchecked")
        Grid<CaseEvent> history = _get(Grid.class, spec -> spec.withId("history"));
        assertThat(history.getGenericDataView().getItems()).extracting(CaseEvent::getActor)
                .contains("Test intake-officer (intake-officer)");
        // It waits in the work queue to be acknowledged.
        assertThat(casework.queue(WorkQueue.TO_ACKNOWLEDGE, PageRequest.of(0, 1000)).map(CaseRow::reference))
                .contains(reference);
    }

    @Test
    void an_anonymous_application_is_refused_with_the_reason_and_nothing_is_stored() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();
        fillInAPhoneCall("", Applications.today());
        fill("phone", "");
        fill("address", "");
        fill("postcode", "");
        fill("contactChannels", Set.of());
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class);

        record();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(IntakeView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-summary-note"))
                .getText()).startsWith("Anonymous applications are not accepted as a Community Trigger");
        assertThat(summary()).containsExactly(
                "Enter the applicant's full name. Anonymous applications are not accepted",
                "Give at least one way to contact the applicant: an email address, a phone number or a postal "
                        + "address. Anonymous applications are not accepted",
                "Select at least one way to contact the applicant");
        assertThat(errorOf("name")).isEqualTo("Enter the applicant's full name. Anonymous applications are not "
                + "accepted");
        assertThat(errorOf("phone")).startsWith("Give at least one way to contact the applicant");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class)).isEqualTo(before);
        // Nothing typed is lost.
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withId("incident-1-description")).getValue()).isEqualTo("Eggs thrown at the front door");
    }

    @Test
    void an_empty_form_lists_every_required_answer_in_the_order_of_the_form() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();

        record();

        assertThat(summary()).containsExactly(
                "Select the council area the application is for",
                "Select how the application was received",
                "Select who is applying",
                "Enter the applicant's full name. Anonymous applications are not accepted",
                "Give at least one way to contact the applicant: an email address, a phone number or a postal "
                        + "address. Anonymous applications are not accepted",
                "Enter the date it happened",
                "Enter the date it was reported",
                "Select who it was reported to",
                "Describe what happened",
                "Select at least one way to contact the applicant",
                "Confirm that the applicant agrees to their information being shared with the partner agencies. "
                        + "Without it there can be no case review: tell them about each agency's own complaints "
                        + "procedure",
                "Confirm that the applicant says the information they have given is true");
        assertThat(errorOf("partnership")).isEqualTo("Select the council area the application is for");
        assertThat(errorOf("channel")).isEqualTo("Select how the application was received");
        assertThat(errorOf("applicantType")).isEqualTo("Select who is applying");
        assertThat(errorOf("incident-1-occurredOn")).isEqualTo("Enter the date it happened");
        assertThat(errorOf("incident-1-description")).isEqualTo("Describe what happened");
        assertThat(errorOf("consentToShare")).startsWith("Confirm that the applicant agrees");
        assertThat(errorOf("declaration")).isEqualTo("Confirm that the applicant says the information they have "
                + "given is true");

        // Removing the only incident: at least one is needed.
        _click(_get(Button.class, spec -> spec.withId("incident-1-remove")));
        record();
        assertThat(summary()).contains("Add at least one incident that was reported");
        assertThat(errorOf("incidents")).isEqualTo("Add at least one incident that was reported");
    }

    @Test
    void answers_in_the_wrong_form_are_shown_beside_each_field() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();
        LocalDate today = Applications.today();
        fillInAPhoneCall("Wanda Wrong", today.minusDays(30));
        fill("channel", Channel.PARTNER_AGENCY);
        fill("email", "wanda.example.org");
        fill("phone", "12345");
        fill("postcode", "NOT A POSTCODE");
        fill("dateOfBirth", today.plusDays(1));
        // The first incident is moved after the date received; the second reported before it happened.
        fill("incident-1-reportedOn", today.minusDays(1));
        fill("incident-1-occurredOn", today.minusDays(2));
        fill("incident-2-reportedOn", today.minusDays(55));
        fill("incident-2-timeframeGiven", Answer.YES);
        fill("onlyOneAgencyConduct", Answer.YES);
        fill("formats", Set.of(org.casereview.application.AccessibleFormat.OTHER));
        fill("interpreterNeeded", true);
        fill("contactChannels", Set.of(ContactMethod.EMAIL, ContactMethod.PHONE));

        record();

        assertThat(errorOf("forwardedBy")).isEqualTo("Select the agency that forwarded the application");
        assertThat(errorOf("dateOfBirth")).isEqualTo("Date of birth must be in the past");
        assertThat(errorOf("phone")).isEqualTo("Enter a UK phone number, like 01632 960 001 or 07700 900 982");
        assertThat(errorOf("email")).isEqualTo("Enter an email address in the correct format, like name@example.com");
        assertThat(errorOf("postcode")).isEqualTo("Enter a real postcode, like SW1A 1AA");
        assertThat(errorOf("incident-1-reportedOn")).startsWith("The date it was reported must be on or before the "
                + "date the application was received");
        assertThat(errorOf("incident-2-reportedOn")).isEqualTo("The date it was reported must be the same as or after "
                + "the date it happened");
        assertThat(errorOf("incident-2-timeframeEndsOn")).isEqualTo("Enter the date they said they would act by");
        assertThat(errorOf("conductAgency")).isEqualTo("Enter the name of the organisation");
        assertThat(errorOf("formatsOther")).isEqualTo("Enter the format the applicant needs");
        assertThat(errorOf("language")).isEqualTo("Enter the language the applicant needs");
        assertThat(summary()).hasSize(11);
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-summary-note"));

        // Put right, the same form records it; the agency that forwarded it is kept.
        fill("forwardedBy", Agency.OTHER);
        record();
        assertThat(errorOf("forwardedByName")).isEqualTo("Enter the name of the organisation that forwarded the "
                + "application");
        assertThat(errorOf("forwardedBy")).isNull();
    }

    @Test
    void the_date_received_cannot_be_in_the_future() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();
        fillInAPhoneCall("Fran Future", Applications.today());
        fill("receivedOn", Applications.today().plusDays(1));

        record();

        assertThat(summary()).containsExactly("The date received must be today or in the past");
        assertThat(errorOf("receivedOn")).isEqualTo("The date received must be today or in the past");
    }

    @Test
    void someone_applying_for_a_victim_needs_the_victims_details_and_agreement() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();
        fillInAPhoneCall("Carla Carer", Applications.today());
        fill("applicantType", ApplicantType.ON_BEHALF_OF_VICTIM);

        record();

        assertThat(summary()).containsExactly(
                "Select how the applicant knows the victim",
                "Confirm that the victim has agreed to the applicant applying for them",
                "Select how the victim agreed to the applicant applying for them",
                "Enter the victim's full name",
                "Give at least one way to contact the victim: an email address, a phone number or a postal address");

        fill("relationship", Relationship.CARER);
        fill("victimConsented", true);
        fill("consentMethod", ConsentMethod.IN_PERSON);
        fill("victimName", "Vera Victim");
        fill("victimPhone", "07700 900 982");
        record();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(_get(CaseView.class).getElement().getTextRecursively()).contains("Vera Victim", "Carer");
    }

    @Test
    void one_person_applying_for_a_group_adds_each_member_who_agreed() {
        signIn("intake-officer", Roles.CASE_OFFICER);
        open();
        fillInAPhoneCall("Gus Group", Applications.today());
        fill("applicantType", ApplicantType.ON_BEHALF_OF_GROUP);
        fill("groupName", "Mill Lane residents");
        fill("consentMethod", ConsentMethod.IN_WRITING);

        record();
        assertThat(summary()).containsExactly("Add the people in the group the applicant is applying for");
        assertThat(errorOf("groupMembers")).isEqualTo("Add the people in the group the applicant is applying for");

        _click(_get(Button.class, spec -> spec.withId("add-member")));
        fill("member-1-name", "Nina Neighbour");
        fill("member-1-contact", "07700 900 111");
        record();
        assertThat(summary()).containsExactly("Confirm that Nina Neighbour has agreed to the applicant applying for "
                + "them");

        fill("member-1-consented", true);
        fill("incident-2-reportedBy", "Nina Neighbour");
        record();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(_get(CaseView.class).getElement().getTextRecursively()).contains("Mill Lane residents",
                "Nina Neighbour");
    }

    @Test
    void staff_of_one_partnership_record_only_for_it() {
        signInFor("tonbridge-intake", "tonbridge-malling", Roles.CASE_OFFICER);
        open();
        @SuppressWarnings("unchecked")
        Select<Partnership> select = _get(Select.class, spec -> spec.withId("partnership"));
        assertThat(select.getListDataView().getItems()).extracting(Partnership::getCode)
                .containsExactly("tonbridge-malling");
        assertThat(select.getValue().getCode()).isEqualTo("tonbridge-malling");
        assertThat(select.isReadOnly()).isTrue();
    }

    @Test
    void only_case_officers_and_managers_may_record_and_they_find_it_on_the_work_queue() {
        for (String role : List.of(Roles.ADMINISTRATOR, Roles.PANEL_MEMBER, Roles.PARTNER_AGENCY)) {
            signIn("intake-" + role.toLowerCase(), role);
            assertThatThrownBy(IntakeViewTest::open).isInstanceOf(MockAccessDeniedException.class);
        }
        signIn("intake-manager", Roles.MANAGER);
        UI.getCurrent().navigate(WorkQueueView.class);
        _click(_get(Button.class, spec -> spec.withId("record-an-application")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(IntakeView.class);
    }
}
