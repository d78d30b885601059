package org.casereview.backoffice.intake;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;

import java.util.Locale;

/**
 * The intake form's fields. Every field is checked by the domain, never by the browser, so that each message says
 * the same thing beside the field and in the error summary; text may run a little over its limit so that too much
 * text is reported rather than silently cut off.
 */
final class Fields {

    private Fields() {
    }

    static TextField text(String id, String label, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength + 50);
        field.setManualValidation(true);
        return field;
    }

    static TextArea area(String id, String label, int maxLength) {
        TextArea field = new TextArea(label);
        field.setId(id);
        field.setMaxLength(maxLength + 50);
        field.setManualValidation(true);
        return field;
    }

    static EmailField email(String id, String label, int maxLength) {
        EmailField field = new EmailField(label);
        field.setId(id);
        field.setMaxLength(maxLength + 50);
        field.setManualValidation(true);
        return field;
    }

    static DateField date(String id, String label) {
        DateField field = new DateField(label);
        field.setId(id);
        field.setLocale(Locale.UK);
        field.setManualValidation(true);
        return field;
    }

    /** Radio buttons side by side, for short answers such as Yes, No, Not sure. */
    @SafeVarargs
    static <E extends Enum<E>> RadioButtonGroup<E> radio(String id, String label,
                                                          SerializableFunction<E, String> words, E... options) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.setItems(options);
        group.setItemLabelGenerator(words::apply);
        group.setManualValidation(true);
        return group;
    }

    /** Radio buttons one under another, for longer answers. */
    @SafeVarargs
    static <E extends Enum<E>> RadioButtonGroup<E> stacked(String id, String label,
                                                            SerializableFunction<E, String> words, E... options) {
        RadioButtonGroup<E> group = radio(id, label, words, options);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return group;
    }

    @SafeVarargs
    static <E extends Enum<E>> CheckboxGroup<E> checks(String id, String label, SerializableFunction<E, String> words,
                                                       E... options) {
        CheckboxGroup<E> group = new CheckboxGroup<>(label);
        group.setId(id);
        group.setItems(options);
        group.setItemLabelGenerator(words::apply);
        group.setManualValidation(true);
        return group;
    }

    static Checkbox checkbox(String id, String label) {
        Checkbox box = new Checkbox(label);
        box.setId(id);
        box.setManualValidation(true);
        return box;
    }

    /** Two columns on a wide screen, one on a narrow one (or at high zoom). */
    static FormLayout columns() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }

    /** More questions under an answer, shown only when it is chosen (GOV.UK's conditional reveal). */
    static Div reveal(com.vaadin.flow.component.Component... content) {
        Div conditional = new Div(content);
        conditional.addClassName("conditional");
        conditional.setVisible(false);
        return conditional;
    }

    /** A date picker that can say when what was typed is not a date at all ("31/2/2026", "last week"). */
    static final class DateField extends DatePicker {

        DateField(String label) {
            super(label);
        }

        boolean unparsable() {
            return isInputUnparsable();
        }
    }
}
