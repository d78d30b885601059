package org.casereview.portal.apply;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.ApplicationValidator;
import org.jspecify.annotations.Nullable;

/**
 * The name, address, postcode, phone, e-mail and (for a person) date of birth, on the victim's page or the applicant's.
 * Field ids are {@code name}, {@code email} … or with a prefix {@code victimName}, {@code victimEmail} …; labels come
 * from {@code <labels>.name.label} and so on, so that each page can say "your" or "the victim's".
 */
final class PersonFields {

    final TextField name;
    final TextArea address;
    final TextField postcode;
    final TextField phone;
    final EmailField email;
    final @Nullable DateField dateOfBirth;

    PersonFields(StepPage page, String prefix, String labels, ApplicationDraft.Person person, boolean withDateOfBirth) {
        name = page.text(id(prefix, "name"), labels + ".name.label", person.name, ApplicationValidator.NAME_MAX);
        address = page.area(id(prefix, "address"), labels + ".address.label", person.address,
                ApplicationValidator.ADDRESS_MAX);
        address.setHelperText(page.t(labels + ".address.hint"));
        postcode = page.text(id(prefix, "postcode"), labels + ".postcode.label", person.postcode,
                ApplicationValidator.POSTCODE_MAX);
        postcode.addClassName("width-10");
        phone = page.text(id(prefix, "phone"), labels + ".phone.label", person.phone, ApplicationValidator.PHONE_MAX);
        phone.setHelperText(page.t("person.phone.hint"));
        email = new EmailField(page.t(labels + ".email.label"));
        email.setId(id(prefix, "email"));
        email.setValue(person.email);
        email.setManualValidation(true);
        email.setMaxLength(ApplicationValidator.EMAIL_MAX + 50);
        StepPage.cleanAsTyped(email, false);
        page.fields.put(id(prefix, "email"), email);
        if (prefix.isEmpty()) {
            name.setAutocomplete(Autocomplete.NAME);
            address.setAutocomplete(Autocomplete.STREET_ADDRESS);
            postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
            phone.setAutocomplete(Autocomplete.TEL);
            email.setAutocomplete(Autocomplete.EMAIL);
        } else {
            // Someone else's details: the browser must not offer the applicant's own.
            name.setAutocomplete(Autocomplete.OFF);
            email.setAutocomplete(Autocomplete.OFF);
        }
        if (withDateOfBirth) {
            dateOfBirth = page.date(id(prefix, "dateOfBirth"), labels + ".dateOfBirth.label", person.dateOfBirth);
            dateOfBirth.setHelperText(page.t("person.dateOfBirth.hint"));
        } else {
            dateOfBirth = null;
        }
    }

    void addTo(StepPage page) {
        page.add(name, address, postcode, phone, email);
        if (dateOfBirth != null) {
            page.add(dateOfBirth);
        }
    }

    void storeIn(ApplicationDraft.Person person) {
        person.name = name.getValue();
        person.address = address.getValue();
        person.postcode = postcode.getValue();
        person.phone = phone.getValue();
        person.email = email.getValue();
        person.dateOfBirth = dateOfBirth == null ? null : dateOfBirth.getValue();
    }

    static String id(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
