package org.casereview.portal.status;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantCase;
import org.casereview.applicantaccess.ApplicantCases;
import org.casereview.applicantaccess.ContactDetails;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Answer;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ContactMethod;
import org.casereview.application.InvalidApplicationException;
import org.casereview.application.NewApplication;
import org.jspecify.annotations.Nullable;


/**
 * Changing how to reach the applicant and their preferences, with the application form's questions, words and
 * checks (the domain's). Each change is recorded in the case's history as made by the applicant.
 */
@Route("check/case/contact")
@AnonymousAllowed
public class ContactDetailsView extends CasePage {

    ContactDetailsView(ApplicantAccess access, ApplicantCases cases) {
        super(access, cases);
    }

    @Override
    void enter(BeforeEnterEvent event, ApplicantCase seen) {
        startPage(t("contact-change.heading"), t("status.caption", seen.reference()), CaseStatusView.class);
        if (!seen.contactChangeAllowed()) {
            content.add(p("contact-change.closed"), new RouterLink(t("status.back-to-case"), CaseStatusView.class));
            return;
        }
        ContactDetails now = seen.contact();
        NewApplication.ContactPreferences preferences = now.preferences();
        EmailField email = field("email", new EmailField(t("applicant.email.label")));
        email.setValue(value(now.email()));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(ApplicationValidator.EMAIL_MAX + 50);
        TextField phone = field("phone", new TextField(t("applicant.phone.label")));
        phone.setValue(value(now.phone()));
        phone.setHelperText(t("person.phone.hint"));
        phone.setAutocomplete(Autocomplete.TEL);
        phone.setMaxLength(ApplicationValidator.PHONE_MAX + 50);
        TextArea address = field("address", new TextArea(t("applicant.address.label")));
        address.setValue(value(now.address()));
        address.setAutocomplete(Autocomplete.STREET_ADDRESS);
        address.setMaxLength(ApplicationValidator.ADDRESS_MAX + 50);
        TextField postcode = field("postcode", new TextField(t("applicant.postcode.label")));
        postcode.setValue(value(now.postcode()));
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postcode.addClassName("width-10");
        postcode.setMaxLength(ApplicationValidator.POSTCODE_MAX + 50);

        CheckboxGroup<ContactMethod> channels = field("contactChannels",
                new CheckboxGroup<ContactMethod>(t("contact.channels.label")));
        channels.setItems(ContactMethod.values());
        channels.setItemLabelGenerator(method -> t("enum.ContactMethod." + method.name()));
        channels.setHelperText(t("hint.select-all"));
        channels.setValue(preferences.channels());
        channels.addClassName("stacked");
        TextField safeTimes = field("safeTimes", new TextField(t("contact.safeTimes.label")));
        safeTimes.setHelperText(t("contact.safeTimes.hint"));
        safeTimes.setValue(value(preferences.safeTimes()));
        safeTimes.setMaxLength(ApplicationValidator.LOCATION_MAX + 50);
        RadioButtonGroup<Answer> letters = yesNo("lettersSafe", "contact.letters.label", preferences.lettersSafe());
        RadioButtonGroup<Answer> voicemail = yesNo("voicemailSafe", "contact.voicemail.label",
                preferences.voicemailSafe());
        // Asked only while there is an address, or a phone number, as on the application form.
        letters.setVisible(!address.getValue().isBlank());
        voicemail.setVisible(!phone.getValue().isBlank());
        address.setValueChangeMode(ValueChangeMode.ON_BLUR);
        phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
        address.addValueChangeListener(e -> letters.setVisible(!e.getValue().isBlank()));
        phone.addValueChangeListener(e -> voicemail.setVisible(!e.getValue().isBlank()));

        CheckboxGroup<AccessibleFormat> formats = field("formats",
                new CheckboxGroup<AccessibleFormat>(t("contact.formats.label")));
        formats.setItems(AccessibleFormat.values());
        formats.setItemLabelGenerator(format -> t("enum.AccessibleFormat." + format.name()));
        formats.setHelperText(t("contact.formats.hint"));
        formats.setValue(preferences.formats());
        formats.addClassName("stacked");
        TextField formatsOther = field("formatsOther", new TextField(t("contact.formatsOther.label")));
        formatsOther.setValue(value(preferences.formatsOther()));
        formatsOther.setMaxLength(ApplicationValidator.SHORT_TEXT_MAX + 50);
        Div otherFormat = reveal(preferences.formats().contains(AccessibleFormat.OTHER), formatsOther);
        formats.addValueChangeListener(e -> otherFormat.setVisible(e.getValue().contains(AccessibleFormat.OTHER)));
        Checkbox interpreter = new Checkbox(t("contact.interpreter.label"), preferences.interpreterNeeded());
        interpreter.setId("interpreterNeeded");
        TextField language = field("language", new TextField(t("contact.language.label")));
        language.setValue(value(preferences.language()));
        language.setMaxLength(ApplicationValidator.SHORT_TEXT_MAX + 50);
        Div languageMore = reveal(preferences.interpreterNeeded(), language);
        interpreter.addValueChangeListener(e -> languageMore.setVisible(Boolean.TRUE.equals(e.getValue())));

        content.add(p("contact-change.intro"), p("contact-change.name"), email, phone, address, postcode, channels,
                safeTimes, letters, voicemail, formats, otherFormat, interpreter, languageMore,
                actions(primary("save-contact", "contact-change.save", () -> save(new ContactDetails(
                                email.getValue(), phone.getValue(), address.getValue(), postcode.getValue(),
                                new NewApplication.ContactPreferences(channels.getValue(), safeTimes.getValue(),
                                        letters.isVisible() ? letters.getValue() : null,
                                        voicemail.isVisible() ? voicemail.getValue() : null, formats.getValue(),
                                        formatsOther.getValue(), Boolean.TRUE.equals(interpreter.getValue()),
                                        language.getValue())))),
                        new RouterLink(t("action.cancel"), CaseStatusView.class)));
    }

    private RadioButtonGroup<Answer> yesNo(String id, String labelKey, @Nullable Answer value) {
        RadioButtonGroup<Answer> group = field(id, new RadioButtonGroup<Answer>(t(labelKey)));
        group.setItems(Answer.YES, Answer.NO);
        group.setItemLabelGenerator(answer -> t("enum.Answer." + answer.name()));
        group.setValue(value);
        group.addClassName("stacked");
        return group;
    }

    private static Div reveal(boolean shown, com.vaadin.flow.component.Component... parts) {
        Div conditional = new Div(parts);
        conditional.addClassName("conditional");
        conditional.setVisible(shown);
        return conditional;
    }

    private void save(ContactDetails change) {
        whileSignedIn(() -> {
            try {
                cases.changeContact(pass, change, locale());
            } catch (InvalidApplicationException e) {
                showProblems(e.problems());
                return;
            } catch (ActionRefusedException e) {
                showProblem("page-heading", t("contact-change.closed"));
                return;
            }
            backToCase("contact-change.done");
        });
    }

    @Override
    String anchorFor(String field) {
        // "Give at least one way to contact you" is about the e-mail, phone and address together.
        return "contact".equals(field) ? "email" : super.anchorFor(field);
    }

    private static String value(@Nullable String text) {
        return text == null ? "" : text;
    }
}
