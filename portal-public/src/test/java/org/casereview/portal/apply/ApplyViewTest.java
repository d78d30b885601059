package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.casereview.application.Agency;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.Application;
import org.casereview.application.ApplicationRepository;
import org.casereview.application.ApplicationService;
import org.casereview.application.BehaviourType;
import org.casereview.application.ConsentMethod;
import org.casereview.application.GroupMember;
import org.casereview.application.Relationship;
import org.casereview.deadlines.CaseDeadlines;
import org.casereview.partnership.PartnershipService;
import org.casereview.portal.KaribuTest;
import org.casereview.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/** The whole journey for each kind of applicant, from the first question to the reference. */
class ApplyViewTest extends KaribuTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationRepository repository;
    @Autowired
    PartnershipService partnerships;

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    private Application stored() {
        return applications.byReference(reference()).orElseThrow();
    }

    @Test
    void a_victim_applies_page_by_page_and_gets_a_reference_with_the_dates_that_follow() {
        assertThat(heading()).isEqualTo("Which council area do you live in?");
        assertThat(caption()).isEqualTo("Step 1 of 9");
        chooseCouncilArea("Sevenoaks");
        assertThat(heading()).isEqualTo("Who is applying?");
        whoIsApplying(ApplicantType.VICTIM);
        assertThat(heading()).isEqualTo("Your details");
        assertThat(caption()).isEqualTo("Step 3 of 9");
        giveDetails("Robin Resident", "robin@example.org");
        assertThat(heading()).isEqualTo("The incidents you reported");
        addIncident(TODAY.minusDays(10), TODAY.minusDays(9), Agency.POLICE, "Car revving outside at night");
        assertThat(incidentList()).contains("reported to Police", "Car revving outside at night", "Reference REF-1.");
        clickContinue();
        assertThat(heading()).isEqualTo("The problem now");
        answerTheProblem();
        assertThat(heading()).isEqualTo("How the behaviour affects you");
        answerImpact();
        assertThat(heading()).isEqualTo("How should we contact you?");
        clickContinue();
        assertThat(heading()).isEqualTo("Sharing your information");
        agreeAndDeclare();
        assertThat(heading()).isEqualTo("Check your answers before sending your application");
        assertThat(caption()).isEqualTo("Step 9 of 9");

        click("submit");

        assertThat(heading()).isEqualTo("Application sent");
        assertThat(reference()).matches("CT-\\d{4}-\\d{5}");
        Application stored = stored();
        assertThat(stored.getApplicantName()).isEqualTo("Robin Resident");
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.VICTIM);
        assertThat(stored.getPartnership().getName()).isEqualTo("Sevenoaks");
        assertThat(stored.getProblemPersists()).isEqualTo(Answer.YES);
        assertThat(stored.getFeelsTargeted()).isEqualTo(Answer.NOT_SURE);
        assertThat(stored.isDeclarationMade()).isTrue();
        assertThat(stored.getIncidents()).singleElement()
                .satisfies(i -> assertThat(i.getDescription()).isEqualTo("Car revving outside at night"));

        // Kent: acknowledged at once by e-mail; the decision within 25 working days of that.
        CaseDeadlines deadlines = CaseDeadlines.forApplication(partnerships.byCode("sevenoaks").orElseThrow().policy(),
                WorkingDayCalendar.englandAndWales(), true, TODAY, TODAY);
        String acknowledgement = _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("acknowledgement")).getText();
        assertThat(acknowledgement).contains("confirmation email", ApplyViewTest.gov(TODAY));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("decision-due")).getText())
                .isEqualTo("We will tell you our decision, and the reason for it, by " + gov(deadlines.decisionDue()) + ".");
        assertThat(_get(Div.class, spec -> spec.withId("unit-contacts")).getElement().getTextRecursively())
                .contains("01732 227000", "community.safety@sevenoaks.gov.uk", "Argyle Road");
    }

    @Test
    void someone_applies_for_a_victim_with_their_consent_and_gives_both_sets_of_details() {
        chooseCouncilArea("Bassetlaw");
        choose("applicantType", ApplicantType.ON_BEHALF_OF_VICTIM);
        choose("relationship", Relationship.CARER);
        tick("victimConsented", true);
        choose("consentMethod", ConsentMethod.IN_WRITING);
        clickContinue();
        assertThat(heading()).isEqualTo("The victim's details");
        assertThat(caption()).isEqualTo("Step 3 of 10");
        type("victimName", "Vic Victim");
        type("victimAddress", "4 Potter Street, Worksop");
        type("victimPostcode", "s80 2ah");
        date("victimDateOfBirth", java.time.LocalDate.of(1941, 3, 2));
        clickContinue();
        assertThat(heading()).isEqualTo("Your details");
        type("phone", "07700 900982");
        giveDetails("Carla Carer", "carla@example.org");
        addIncident(TODAY.minusDays(10), TODAY.minusDays(9), Agency.HOUSING_PROVIDER, "Shouting at the door");
        clickContinue();
        answerTheProblem();
        assertThat(heading()).isEqualTo("How the behaviour affects the victim");
        answerImpact();
        choose("voicemailSafe", Answer.NO);
        clickContinue();
        agreeAndDeclare();
        assertThat(pageText()).contains("Someone applying for the victim", "Carer", "Vic Victim",
                "4 Potter Street, Worksop, s80 2ah", "2 March 1941", "In writing, such as a signed letter or form");

        click("submit");

        Application stored = stored();
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.ON_BEHALF_OF_VICTIM);
        assertThat(stored.getApplicantName()).isEqualTo("Carla Carer");
        assertThat(stored.getVictimName()).isEqualTo("Vic Victim");
        assertThat(stored.getVictimPostcode()).isEqualTo("S80 2AH");
        assertThat(stored.getRelationship()).isEqualTo(Relationship.CARER);
        assertThat(stored.isVictimConsented()).isTrue();
        assertThat(stored.getVoicemailSafe()).isEqualTo(Answer.NO);
        // An online application with an email address is acknowledged at once by the automatic email.
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("acknowledgement"))
                .getText()).endsWith("acknowledged on " + gov(TODAY) + ".");
    }

    @Test
    void one_person_applies_for_a_group_with_each_members_consent_and_reports_by_several_of_them() {
        chooseCouncilArea("Newark and Sherwood");
        choose("applicantType", ApplicantType.ON_BEHALF_OF_GROUP);
        type("groupName", "Castle Street residents");
        choose("consentMethod", ConsentMethod.IN_PERSON);
        clickContinue();
        assertThat(heading()).isEqualTo("The people in the group");
        for (String name : java.util.List.of("Kim One", "Lee Two", "Sam Three", "Ali Four")) {
            type("memberName", name);
            type("memberContact", "07700 90000" + name.length());
            tick("memberConsented", true);
            click("add-member");
        }
        assertThat(_get(Div.class, spec -> spec.withId("member-list")).getElement().getTextRecursively())
                .contains("Kim One", "Ali Four", "Has agreed");
        clickContinue();
        giveDetails("Greta Group", "greta@example.org");
        for (String reporter : java.util.List.of("", "Kim One", "Lee Two", "Sam Three", "Ali Four")) {
            date("occurredOn", TODAY.minusDays(5));
            date("reportedOn", TODAY.minusDays(5));
            select("reportedBy", reporter);
            select("reportedTo", Agency.POLICE);
            select("behaviour", BehaviourType.GROUPS);
            type("description", "Gang blocking the street");
            if (!_find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                    spec -> spec.withId("sameAsOthers")).isEmpty()) {
                choose("sameAsOthers", Answer.YES);
            }
            click("add-incident");
        }
        assertThat(_get(Div.class, spec -> spec.withId("threshold-guidance")).getElement().getTextRecursively())
                .contains("The reports that count were made by 5 different people", "meets it");
        clickContinue();
        answerTheProblem();
        answerImpact();
        clickContinue();
        agreeAndDeclare();

        click("submit");

        Application stored = stored();
        assertThat(stored.getGroupName()).isEqualTo("Castle Street residents");
        assertThat(stored.getGroupMembers()).extracting(GroupMember::getName)
                .containsExactly("Kim One", "Lee Two", "Sam Three", "Ali Four");
        assertThat(stored.getGroupMembers()).allMatch(GroupMember::isConsented);
        assertThat(stored.getIncidents()).extracting(i -> i.getReportedBy())
                .containsExactly(null, "Kim One", "Lee Two", "Sam Three", "Ali Four");
    }

    @Test
    void a_business_applies_as_the_victim_with_its_own_details_and_the_applicants_role() {
        chooseCouncilArea("Test Valley");
        whoIsApplying(ApplicantType.BUSINESS_OR_GROUP);
        assertThat(heading()).isEqualTo("The business or group's details");
        assertThat(_find(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("victimDateOfBirth"))).isEmpty();
        type("victimName", "Corner Shop Ltd");
        type("victimPhone", "01264 000000");
        clickContinue();
        type("applicantRole", "Owner");
        giveDetails("Olu Owner", "olu@example.org");
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.COUNCIL, "Window smashed");
        clickContinue();
        answerTheProblem();
        answerImpact();
        clickContinue();
        agreeAndDeclare();

        click("submit");

        Application stored = stored();
        assertThat(stored.getApplicantType()).isEqualTo(ApplicantType.BUSINESS_OR_GROUP);
        assertThat(stored.getVictimName()).isEqualTo("Corner Shop Ltd");
        assertThat(stored.getApplicantRole()).isEqualTo("Owner");
    }

    @Test
    void a_double_click_on_send_stores_one_application() {
        applyAsVictim("Folkestone and Hythe", "Dee Double", "dee@example.org");
        Button send = _get(Button.class, spec -> spec.withId("submit"));
        String key = _get(ApplyView.class).draft().submissionKey;
        assertThat(send.isDisableOnClick()).isTrue();
        long before = repository.count();

        send.click();
        // The second click of a double click reaches the server after the first has been handled.
        send.click();

        assertThat(repository.count()).isEqualTo(before + 1);
        assertThat(repository.findBySubmissionKey(key)).isPresent();
        assertThat(heading()).isEqualTo("Application sent");
    }

    @Test
    void html_typed_by_a_resident_stays_text_on_every_page() {
        chooseCouncilArea("Sevenoaks");
        whoIsApplying(ApplicantType.VICTIM);
        giveDetails("<b>Bold</b>", "b@example.org");
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.POLICE, "<script>alert(1)</script>");
        String incidents = _get(ApplyView.class).getElement().getOuterHTML();
        assertThat(incidents).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        clickContinue();
        answerTheProblem();
        answerImpact();
        clickContinue();
        agreeAndDeclare();

        String page = _get(ApplyView.class).getElement().getOuterHTML();
        assertThat(page).doesNotContain("<script>alert(1)</script>", "<b>Bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Bold&lt;/b&gt;");
    }

    @Test
    void the_answers_live_in_the_session_so_leaving_the_page_and_coming_back_loses_nothing() {
        chooseCouncilArea("Sevenoaks");
        whoIsApplying(ApplicantType.VICTIM);
        type("name", "Rita Refresh");

        UI.getCurrent().navigate(StartView.class);
        UI.getCurrent().navigate(ApplyView.class);

        assertThat(heading()).isEqualTo("Your details");
        // Typed but not yet continued: kept by the page itself while it is preserved; the session keeps the rest.
        click("back");
        assertThat(heading()).isEqualTo("Who is applying?");
        click("back");
        assertThat(heading()).isEqualTo("Which council area do you live in?");
    }

    static String gov(java.time.LocalDate date) {
        return org.casereview.threshold.ThresholdWording.date(date);
    }
}
