package org.casereview.backoffice.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.NewApplication;

import java.util.Map;

/** One person of a group the applicant applies for: their name, a way to reach them, and that they agreed. */
final class MemberRow extends Div {

    private final TextField name;
    private final TextField contact;
    private final Checkbox consented;
    private final H3 title = new H3();
    private final Button remove = new Button();

    /** @param number a number for the ids, never reused on the page */
    MemberRow(int number, Runnable onRemove) {
        addClassNames("panel", "member-row");
        String id = "member-" + number + "-";
        name = Fields.text(id + "name", "Full name", ApplicationValidator.NAME_MAX);
        contact = Fields.text(id + "contact", "Phone, email or address", ApplicationValidator.ADDRESS_MAX);
        consented = Fields.checkbox(id + "consented", "Has agreed to the applicant applying for them");
        remove.setId(id + "remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        Div header = new Div(title, remove);
        header.addClassName("incident-block__header");
        FormLayout fields = Fields.columns();
        fields.add(name, contact);
        add(header, fields, consented);
    }

    void renumber(int position) {
        title.setText("Person " + position);
        remove.setText("Remove person " + position);
    }

    NewApplication.Member value() {
        return new NewApplication.Member(name.getValue(), contact.getValue(), consented.getValue());
    }

    /** @param prefix the domain's name for this person's answers, like {@code groupMembers[0].} */
    void targets(String prefix, Map<String, Component> targets) {
        targets.put(prefix + "name", name);
        targets.put(prefix + "contact", contact);
        targets.put(prefix + "consented", consented);
    }
}
