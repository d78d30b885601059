package org.casereview.backoffice.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.NewApplication;
import org.casereview.application.ValidationProblem;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person's or organisation's name and the ways to reach them: the applicant's ({@code name}, {@code phone} …) or
 * the victim's ({@code victimName}, {@code victimPhone} …), as the domain's checks name them.
 */
final class PersonFields {

    private final String prefix;
    final TextField name;
    final TextField phone;
    final EmailField email;
    final TextArea address;
    final TextField postcode;
    final Fields.@Nullable DateField dateOfBirth;
    final FormLayout layout = Fields.columns();

    /** @param whose "Applicant's", "Victim's", "Business or group's": the start of each label */
    PersonFields(String prefix, String whose, boolean withDateOfBirth) {
        this.prefix = prefix;
        name = Fields.text(field("name"), whose + " full name", ApplicationValidator.NAME_MAX);
        phone = Fields.text(field("phone"), "Phone number", ApplicationValidator.PHONE_MAX);
        phone.setHelperText("UK number, like 01632 960 001 or 07700 900 982");
        email = Fields.email(field("email"), "Email address", ApplicationValidator.EMAIL_MAX);
        address = Fields.area(field("address"), "Postal address", ApplicationValidator.ADDRESS_MAX);
        address.setHelperText("House number and street, town");
        postcode = Fields.text(field("postcode"), "Postcode", ApplicationValidator.POSTCODE_MAX);
        postcode.addClassName("width-postcode");
        // Staff type other people's details: the browser must not offer its own.
        for (var field : List.of(name, phone, postcode)) {
            field.setAutocomplete(Autocomplete.OFF);
        }
        email.setAutocomplete(Autocomplete.OFF);
        address.setAutocomplete(Autocomplete.OFF);
        layout.add(name);
        if (withDateOfBirth) {
            dateOfBirth = Fields.date(field("dateOfBirth"), "Date of birth (optional)");
            dateOfBirth.setHelperText("Helps the agencies find the right records");
            layout.add(dateOfBirth);
        } else {
            dateOfBirth = null;
        }
        layout.add(phone, email, address, postcode);
    }

    /** The victim's fields serve for a business or group too, which has a name but no date of birth. */
    void relabel(String nameLabel, boolean withDateOfBirth) {
        name.setLabel(nameLabel);
        if (dateOfBirth != null) {
            dateOfBirth.setVisible(withDateOfBirth);
        }
    }

    NewApplication.Applicant value() {
        return new NewApplication.Applicant(name.getValue(), address.getValue(), postcode.getValue(),
                phone.getValue(), email.getValue(),
                dateOfBirth == null || !dateOfBirth.isVisible() ? null : dateOfBirth.getValue());
    }

    /** Where each of the domain's problems about this person is shown; "no way to reach them" beside the phone. */
    void targets(Map<String, Component> targets) {
        targets.put(field("name"), name);
        if (dateOfBirth != null) {
            targets.put(field("dateOfBirth"), dateOfBirth);
        }
        targets.put(field("contact"), phone);
        targets.put(field("phone"), phone);
        targets.put(field("email"), email);
        targets.put(field("address"), address);
        targets.put(field("postcode"), postcode);
    }

    List<ValidationProblem> unparsable() {
        List<ValidationProblem> problems = new ArrayList<>();
        if (dateOfBirth != null && dateOfBirth.isVisible() && dateOfBirth.unparsable()) {
            problems.add(new ValidationProblem(field("dateOfBirth"), "Date of birth must be a real date, like 17/5/1970"));
        }
        return problems;
    }

    /** The domain's field name: {@code name}, or {@code victimName}. */
    private String field(String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
