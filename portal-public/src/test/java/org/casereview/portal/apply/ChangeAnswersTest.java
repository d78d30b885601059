package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.application.ApplicantType;
import org.casereview.application.ConsentMethod;
import org.casereview.application.Relationship;
import org.casereview.portal.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.portal.apply.WizardDriver.*;

/** Every answer on the check page has a Change link that opens its page with the answer kept, then comes back. */
class ChangeAnswersTest extends KaribuTest {

    @BeforeEach
    void toCheckYourAnswers() {
        UI.getCurrent().navigate(ApplyView.class);
        applyAsVictim("Newark and Sherwood", "Alex", "alex@example.org");
        assertThat(heading()).isEqualTo("Check your answers before sending your application");
    }

    static List<Button> changeLinks() {
        return _find(Button.class, spec -> spec.withText("Change"));
    }

    static void change(String what) {
        Button link = changeLinks().stream()
                .filter(b -> ("Change " + what).equals(b.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("No Change link for " + what + " among "
                        + changeLinks().stream().map(b -> b.getElement().getAttribute("aria-label")).toList()));
        _click(link);
    }

    @Test
    void every_answer_has_a_change_link_that_says_what_it_changes() {
        List<String> labels = changeLinks().stream().map(b -> b.getElement().getAttribute("aria-label")).toList();

        assertThat(labels).contains("Change council area", "Change who is applying", "Change full name",
                "Change address", "Change phone number", "Change email address", "Change date of birth",
                "Change incident 1", "Change still happening", "Change only about one organisation",
                "Change what it affects", "Change disability or long-term illness",
                "Change feels targeted", "Change other households affected", "Change ways to contact you",
                "Change safe times to contact you", "Change other formats", "Change interpreter or language",
                "Change sharing your information", "Change declaration");
        assertThat(labels).doesNotHaveDuplicates();
    }

    @Test
    void changing_a_name_keeps_the_other_answers_and_comes_back_to_check_your_answers() {
        change("full name");

        assertThat(heading()).isEqualTo("Your details");
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isEqualTo("Alex");
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo("alex@example.org");
        type("name", "Alex Changed");
        clickContinue();

        assertThat(heading()).isEqualTo("Check your answers before sending your application");
        assertThat(pageText()).contains("Alex Changed");
    }

    @Test
    void changing_an_incident_opens_it_filled_in_and_saves_it_in_its_place() {
        change("incident 1");

        assertThat(heading()).isEqualTo("The incidents you reported");
        assertThat(_get(DatePicker.class, spec -> spec.withId("occurredOn")).getValue()).isEqualTo(TODAY.minusDays(10));
        assertThat(_get(TextArea.class, spec -> spec.withId("description")).getValue())
                .isEqualTo("Car revving outside at night");
        type("description", "Car revving outside every night");
        click("add-incident");
        assertThat(incidentList()).contains("Car revving outside every night").doesNotContain("outside at night");
        clickContinue();

        assertThat(heading()).isEqualTo("Check your answers before sending your application");
        assertThat(pageText()).contains("What happened: Car revving outside every night");
    }

    @Test
    void incidents_can_be_added_and_removed_from_the_check_page() {
        _click(_find(Button.class, spec -> spec.withText("Add or remove incidents")).getFirst());
        addIncident(TODAY.minusDays(2), TODAY.minusDays(1), Agency.COUNCIL, "More noise");
        assertThat(incidentList()).contains("Incident 2", "More noise");
        _click(_find(Button.class, spec -> spec.withText("Remove")).getFirst());
        assertThat(incidentList()).contains("More noise").doesNotContain("Car revving");
        clickContinue();

        assertThat(pageText()).contains("1 incident added", "What happened: More noise");
    }

    @Test
    void changing_who_is_applying_asks_the_new_questions_before_coming_back() {
        change("who is applying");
        choose("applicantType", ApplicantType.ON_BEHALF_OF_VICTIM);
        choose("relationship", Relationship.FRIEND);
        tick("victimConsented", true);
        choose("consentMethod", ConsentMethod.EMAIL_OR_MESSAGE);
        clickContinue();

        assertThat(heading()).isEqualTo("The victim's details");
        type("victimName", "Vic");
        type("victimEmail", "vic@example.org");
        clickContinue();

        assertThat(heading()).isEqualTo("Check your answers before sending your application");
        assertThat(pageText()).contains("Someone applying for the victim", "Friend or neighbour", "Vic");
    }

    @Test
    void the_back_link_goes_to_the_previous_page_and_keeps_what_was_typed() {
        change("full name");
        type("name", "Typed then went back");
        click("back");

        assertThat(heading()).isEqualTo("Who is applying?");
        clickContinue();
        // Nothing else needs answering, so continuing goes back to the check page, with what was typed.
        assertThat(heading()).isEqualTo("Check your answers before sending your application");
        assertThat(pageText()).contains("Typed then went back");
    }

    @Test
    void an_answer_made_wrong_on_the_way_back_is_asked_for_again_before_the_check_page() {
        change("email address");
        type("email", "not-an-email");
        click("back");
        clickContinue();

        assertThat(heading()).isEqualTo("Your details");
        assertThat(errorSummary()).containsExactly("Enter an email address in the correct format, like name@example.com");
    }
}
