package org.casereview.portal.apply;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.partnership.Partnership;
import org.casereview.portal.ui.ErrorSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** Fills in the wizard as a resident would, by the fields' ids, for the browserless tests. */
final class WizardDriver {

    static final LocalDate TODAY = LocalDate.now(org.casereview.DomainConfiguration.UK);

    private WizardDriver() {
    }

    static String heading() {
        return _get(H1.class, spec -> spec.withId("page-heading")).getText();
    }

    static String caption() {
        return _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("step-caption")).getText();
    }

    static String pageText() {
        return _get(ApplyView.class).getElement().getTextRecursively();
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static void clickContinue() {
        click("continue");
    }

    static List<String> errorSummary() {
        ErrorSummary summary = _get(ErrorSummary.class);
        return summary.isVisible() ? _find(summary, Anchor.class).stream().map(Anchor::getText).toList() : List.of();
    }

    static List<String> errorLinks() {
        ErrorSummary summary = _get(ErrorSummary.class);
        return _find(summary, Anchor.class).stream().map(a -> a.getHref()).toList();
    }

    static String errorBeside(String id) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        return ((HasValidation) field).isInvalid() ? ((HasValidation) field).getErrorMessage() : "";
    }

    static void type(String id, String value) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        if (field instanceof TextField text) {
            _setValue(text, value);
        } else if (field instanceof EmailField email) {
            _setValue(email, value);
        } else if (field instanceof TextArea area) {
            _setValue(area, value);
        } else {
            throw new IllegalArgumentException(id + " is not a text field");
        }
    }

    static void date(String id, LocalDate value) {
        _setValue(_get(DatePicker.class, spec -> spec.withId(id)), value);
    }

    static void tick(String id, boolean value) {
        _setValue(_get(Checkbox.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    static <E> void choose(String id, E value) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    static <E> void select(String id, E value) {
        _setValue(_get(Select.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    static <E> void checkAll(String id, Set<E> values) {
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId(id)), values);
    }

    @SuppressWarnings("unchecked")
    static void chooseCouncilArea(String name) {
        RadioButtonGroup<Partnership> area = _get(RadioButtonGroup.class, spec -> spec.withId("partnership"));
        Partnership partnership = area.getListDataView().getItems().filter(p -> p.getName().equals(name))
                .findFirst().orElseThrow();
        _setValue(area, partnership);
        clickContinue();
    }

    static void whoIsApplying(ApplicantType type) {
        choose("applicantType", type);
        clickContinue();
    }

    static void giveDetails(String name, String email) {
        type("name", name);
        type("email", email);
        clickContinue();
    }

    static void addIncident(LocalDate occurred, LocalDate reported, Agency agency, String description) {
        date("occurredOn", occurred);
        date("reportedOn", reported);
        select("reportedTo", agency);
        type("agencyReference", "REF-1");
        type("description", description);
        if (!_find(RadioButtonGroup.class, spec -> spec.withId("sameAsOthers")).isEmpty()) {
            choose("sameAsOthers", Answer.YES);
        }
        click("add-incident");
    }

    static String incidentList() {
        return _get(Div.class, spec -> spec.withId("incident-list")).getElement().getTextRecursively();
    }

    static void answerTheProblem() {
        choose("problemPersists", Answer.YES);
        choose("onlyOneAgencyConduct", Answer.NO);
        clickContinue();
    }

    static void answerImpact() {
        choose("disabilityOrIllness", Answer.NO);
        choose("feelsTargeted", Answer.NOT_SURE);
        choose("otherHouseholdsAffected", Answer.YES);
        clickContinue();
    }

    static void agreeAndDeclare() {
        tick("consentToShare", true);
        tick("declaration", true);
        clickContinue();
    }

    /** From the council area page to the check-answers page as a victim applying with an email address only. */
    static void applyAsVictim(String area, String name, String email) {
        chooseCouncilArea(area);
        whoIsApplying(ApplicantType.VICTIM);
        giveDetails(name, email);
        addIncident(TODAY.minusDays(10), TODAY.minusDays(9), Agency.POLICE, "Car revving outside at night");
        clickContinue();
        answerTheProblem();
        answerImpact();
        clickContinue();
        agreeAndDeclare();
    }

    static String reference() {
        return _get(Div.class, spec -> spec.withId("reference")).getElement().getTextRecursively()
                .replace("Your reference number", "").strip();
    }
}
