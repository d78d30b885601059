package org.casereview.portal.apply;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.application.Application;
import org.casereview.application.ApplicationService;
import org.casereview.partnership.Partnership;
import org.casereview.portal.KaribuTest;
import org.casereview.portal.ui.ErrorSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApplyViewTest extends KaribuTest {

    static final LocalDate TODAY = LocalDate.now(org.casereview.DomainConfiguration.UK);

    @Autowired
    ApplicationService applications;

    @BeforeEach
    void openWizard() {
        UI.getCurrent().navigate(ApplyView.class);
    }

    static String heading() {
        return _get(H1.class, spec -> spec.withId("page-heading")).getText();
    }

    static void clickContinue() {
        _click(_get(Button.class, spec -> spec.withId("continue")));
    }

    static List<String> errorSummary() {
        ErrorSummary summary = _get(ErrorSummary.class);
        return summary.isVisible() ? _find(summary, Anchor.class).stream().map(Anchor::getText).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    static void chooseCouncilArea(String name) {
        RadioButtonGroup<Partnership> area = _get(RadioButtonGroup.class, spec -> spec.withId("partnership"));
        Partnership partnership = area.getListDataView().getItems().filter(p -> p.getName().equals(name))
                .findFirst().orElseThrow();
        _setValue(area, partnership);
        clickContinue();
    }

    static void giveDetails(String name, String email) {
        _setValue(_get(TextField.class, spec -> spec.withId("name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), email);
        clickContinue();
    }

    @SuppressWarnings("unchecked")
    static void addIncident(LocalDate occurred, LocalDate reported, Agency agency, String description) {
        _setValue(_get(DatePicker.class, spec -> spec.withId("occurredOn")), occurred);
        _setValue(_get(DatePicker.class, spec -> spec.withId("reportedOn")), reported);
        _setValue(_get(Select.class, spec -> spec.withId("reportedTo")), agency);
        _setValue(_get(TextField.class, spec -> spec.withId("agencyReference")), "REF-1");
        _setValue(_get(TextArea.class, spec -> spec.withId("description")), description);
        _click(_get(Button.class, spec -> spec.withId("add-incident")));
    }

    @Test
    void a_resident_applies_and_gets_a_reference_for_their_application() {
        assertThat(heading()).isEqualTo("Which council area do you live in?");
        chooseCouncilArea("Sevenoaks");
        assertThat(heading()).isEqualTo("Your details");
        giveDetails("Robin Resident", "robin@example.org");
        assertThat(heading()).isEqualTo("The incidents you reported");
        addIncident(TODAY.minusDays(10), TODAY.minusDays(9), Agency.POLICE, "Car revving outside at night");
        assertThat(_get(Div.class, spec -> spec.withId("incident-list")).getElement().getTextRecursively())
                .contains("reported to Police", "Car revving outside at night", "(reference REF-1)");
        clickContinue();
        assertThat(heading()).isEqualTo("Sharing your information");
        _setValue(_get(Checkbox.class, spec -> spec.withId("consentToShare")), true);
        clickContinue();
        assertThat(heading()).isEqualTo("Check your answers before sending your application");

        _click(_get(Button.class, spec -> spec.withId("submit")));

        assertThat(heading()).isEqualTo("Application sent");
        String reference = _get(Div.class, spec -> spec.withId("reference")).getElement().getTextRecursively()
                .replace("Your reference number", "").strip();
        assertThat(reference).matches("CT-\\d{4}-\\d{5}");
        Application stored = applications.byReference(reference).orElseThrow();
        assertThat(stored.getApplicantName()).isEqualTo("Robin Resident");
        assertThat(stored.getPartnership().getName()).isEqualTo("Sevenoaks");
        assertThat(stored.getIncidents()).singleElement()
                .satisfies(i -> assertThat(i.getDescription()).isEqualTo("Car revving outside at night"));
    }

    @Test
    void each_step_says_what_is_missing_in_an_error_summary_and_beside_the_field() {
        clickContinue();
        assertThat(errorSummary()).containsExactly("Select your council area");
        chooseCouncilArea("Bassetlaw");

        clickContinue();
        assertThat(errorSummary()).containsExactly("Enter your full name",
                "Give at least one way to contact you: an email address, a phone number or a postal address");
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getErrorMessage()).isEqualTo("Enter your full name");

        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "12345");
        giveDetails("Sam", "not-an-email");
        assertThat(errorSummary()).contains("Enter an email address in the correct format, like name@example.com",
                "Enter a UK phone number, like 01632 960 001 or 07700 900 982");
        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "");
        giveDetails("Sam", "sam@example.org");

        clickContinue();
        assertThat(errorSummary()).containsExactly("Add at least one incident you reported, then continue");
        addIncident(TODAY.minusDays(2), TODAY.minusDays(5), Agency.COUNCIL, "Shouting");
        assertThat(errorSummary()).containsExactly(
                "The date you reported it must be the same as or after the date it happened");
        assertThat(heading()).isEqualTo("The incidents you reported");
    }

    @Test
    void no_consent_to_share_means_no_review_and_the_page_says_what_else_to_do() {
        chooseCouncilArea("Test Valley");
        giveDetails("Chris", "chris@example.org");
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.HOUSING_PROVIDER, "Rubbish dumped");
        clickContinue();

        clickContinue();

        assertThat(heading()).isEqualTo("Sharing your information");
        assertThat(errorSummary()).containsExactly(
                "Confirm that you agree to your information being shared with the partner agencies");
        assertThat(_get(ApplyView.class).getElement().getTextRecursively()).contains("complaints procedure");
    }

    @Test
    void change_links_go_back_to_the_answer_and_keep_what_was_typed() {
        chooseCouncilArea("Newark and Sherwood");
        giveDetails("Alex", "alex@example.org");
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.POLICE, "Noise");
        addIncident(TODAY.minusDays(2), TODAY.minusDays(1), Agency.COUNCIL, "More noise");
        _click(_find(Button.class, spec -> spec.withText("Remove")).getFirst());
        assertThat(_get(Div.class, spec -> spec.withId("incident-list")).getElement().getTextRecursively())
                .contains("More noise").doesNotContain("Noise.");
        clickContinue();
        _setValue(_get(Checkbox.class, spec -> spec.withId("consentToShare")), true);
        clickContinue();

        Button changeName = _find(Button.class, spec -> spec.withText("Change")).stream()
                .filter(b -> "Change full name".equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
        _click(changeName);

        assertThat(heading()).isEqualTo("Your details");
        assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isEqualTo("Alex");
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).getValue()).isEqualTo("alex@example.org");
    }

    @Test
    void html_typed_by_a_resident_stays_text() {
        chooseCouncilArea("Sevenoaks");
        giveDetails("<b>Bold</b>", "b@example.org");
        addIncident(TODAY.minusDays(3), TODAY.minusDays(3), Agency.POLICE, "<script>alert(1)</script>");
        clickContinue();
        _setValue(_get(Checkbox.class, spec -> spec.withId("consentToShare")), true);
        clickContinue();

        String page = _get(ApplyView.class).getElement().getOuterHTML();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
