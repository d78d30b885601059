package org.casereview.portal.apply;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.Agency;
import org.casereview.application.NewApplication;
import org.casereview.application.PlainText;
import org.casereview.application.ValidationProblem;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One page of the wizard: its questions, drawn from the draft, and written back to it. All words come from the
 * message bundle ({@code vaadin-i18n/translations.properties}); every field is labelled and validated by the form,
 * never by the browser, so that each error says the same thing beside the field and in the error summary.
 */
abstract class StepPage extends Div {

    final Wizard wizard;
    final ApplicationDraft draft;
    /** The fields on the page by id, where errors are shown; ids are the validation problems' field names. */
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    StepPage(Wizard wizard) {
        this.wizard = wizard;
        this.draft = wizard.draft();
    }

    /** The page's heading, also its title. */
    abstract String heading();

    /** Copies what is on the page into the draft, as typed and without checking it, so nothing is lost. */
    abstract void store();

    /** Problems only the page can see (a date that is not a date), found before the draft's own checks. */
    List<ValidationProblem> pageProblems() {
        return List.of();
    }

    /** Whether the page has the wizard's Continue and "Save and come back later" buttons. */
    boolean hasContinue() {
        return true;
    }

    // Words -------------------------------------------------------------------------------------------------------

    String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    /** An answer's words: {@code enum.Answer.YES}, {@code enum.Agency.POLICE} … in the bundle. */
    <E extends Enum<E>> String label(E value) {
        return getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Who an incident was reported to: the organisation's name as typed for "other", else the list's words. */
    String organisation(NewApplication.NewIncident incident) {
        Agency agency = incident.reportedTo();
        if (agency == null) {
            return "";
        }
        String other = incident.reportedToOther();
        return agency == Agency.OTHER && other != null && !other.isBlank() ? other.strip() : label(agency);
    }

    Paragraph p(String key, Object... args) {
        return new Paragraph(t(key, args));
    }

    /** A date as GOV.UK writes it: "2 March 2026" (in the page's language). */
    String date(@Nullable LocalDate date) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }

    // Fields ------------------------------------------------------------------------------------------------------

    TextField text(String id, String labelKey, String value, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setId(id);
        field.setValue(value);
        // A little room over the limit, so that too much text is reported, not silently cut off.
        field.setMaxLength(maxLength + 50);
        field.setManualValidation(true);
        cleanAsTyped(field, false);
        fields.put(id, field);
        return field;
    }

    TextArea area(String id, String labelKey, String value, int maxLength) {
        TextArea field = new TextArea(t(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMaxLength(maxLength + 50);
        field.setManualValidation(true);
        cleanAsTyped(field, true);
        fields.put(id, field);
        return field;
    }

    /**
     * Control characters and the invisible characters that re-order text are taken out as soon as an answer is
     * typed or pasted, so that the resident sees, and checks, exactly what will be stored ({@link PlainText}).
     */
    static void cleanAsTyped(AbstractField<?, String> field, boolean multiLine) {
        field.addValueChangeListener(change -> {
            String clean = multiLine ? PlainText.requiredLines(change.getValue())
                    : PlainText.requiredLine(change.getValue());
            if (!clean.equals(change.getValue())) {
                field.setValue(clean);
            }
        });
    }

    DateField date(String id, String labelKey, @Nullable LocalDate value) {
        DateField field = new DateField(t(labelKey));
        field.setId(id);
        field.setLocale(Locale.UK);
        field.setValue(value);
        field.setHelperText(t("date.hint"));
        field.setManualValidation(true);
        fields.put(id, field);
        return field;
    }

    @SafeVarargs
    final <E extends Enum<E>> RadioButtonGroup<E> radio(String id, String labelKey, @Nullable E value, E... options) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>(t(labelKey));
        group.setId(id);
        group.setItems(options);
        group.setItemLabelGenerator(this::label);
        group.setValue(value);
        group.addClassName("stacked");
        group.setManualValidation(true);
        fields.put(id, group);
        return group;
    }

    <E extends Enum<E>> CheckboxGroup<E> checks(String id, String labelKey, Collection<E> value, E[] options) {
        CheckboxGroup<E> group = new CheckboxGroup<>(t(labelKey));
        group.setId(id);
        group.setItems(options);
        group.setItemLabelGenerator(this::label);
        group.setValue(Set.copyOf(value));
        group.addClassName("stacked");
        group.setManualValidation(true);
        fields.put(id, group);
        return group;
    }

    Checkbox check(String id, String labelKey, boolean value) {
        Checkbox box = new Checkbox(t(labelKey));
        box.setId(id);
        box.setValue(value);
        box.setManualValidation(true);
        fields.put(id, box);
        return box;
    }

    /** GOV.UK's conditional reveal: more questions shown under an answer only when it is chosen. */
    static Div reveal(boolean shown, Component... content) {
        Div conditional = new Div(content);
        conditional.addClassName("conditional");
        conditional.setVisible(shown);
        return conditional;
    }

    /** A date field whose text could not be read as a date, as a problem with the message {@code date.invalid.<id>}. */
    List<ValidationProblem> unparsable(DateField... dates) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (DateField date : dates) {
            if (date.isVisible() && date.hasUnparsableInput()) {
                String id = date.getId().orElseThrow();
                problems.add(new ValidationProblem(id, t("date.invalid." + id)));
            }
        }
        return problems;
    }

    static String value(@Nullable String text) {
        return text == null ? "" : text;
    }
}
