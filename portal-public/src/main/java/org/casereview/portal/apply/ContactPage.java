package org.casereview.portal.apply;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.AccessibleFormat;
import org.casereview.application.Answer;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.ContactMethod;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.LinkedHashSet;

/**
 * How to contact the applicant: which ways, when it is safe, whether letters and voicemail are safe (asked only when
 * there is an address or a phone number), accessible formats, and language or interpreter needs.
 */
class ContactPage extends StepPage {

    private final CheckboxGroup<ContactMethod> channels;
    private final TextField safeTimes;
    private final @Nullable RadioButtonGroup<Answer> letters;
    private final @Nullable RadioButtonGroup<Answer> voicemail;
    private final CheckboxGroup<AccessibleFormat> formats;
    private final TextField formatsOther;
    private final Checkbox interpreter;
    private final TextField language;

    ContactPage(Wizard wizard) {
        super(wizard);
        ApplicationDraft.Person person = draft.applicant;
        channels = checks("contactChannels", "contact.channels.label", draft.contactChannelsOrDefault(),
                ContactMethod.values());
        channels.setItemLabelGenerator(method -> switch (method) {
            case EMAIL -> person.email.isBlank() ? label(method) : t("contact.channel.email", person.email.strip());
            case PHONE -> person.phone.isBlank() ? label(method) : t("contact.channel.phone", person.phone.strip());
            case POST -> person.address.isBlank() ? label(method) : t("contact.channel.post");
        });
        channels.setHelperText(t("hint.select-all"));
        safeTimes = text("safeTimes", "contact.safeTimes.label", draft.safeTimes, ApplicationValidator.LOCATION_MAX);
        safeTimes.setHelperText(t("contact.safeTimes.hint"));
        add(channels, safeTimes);
        if (!person.address.isBlank()) {
            letters = radio("lettersSafe", "contact.letters.label", draft.lettersSafe, Answer.YES, Answer.NO);
            add(letters);
        } else {
            letters = null;
        }
        if (!person.phone.isBlank()) {
            voicemail = radio("voicemailSafe", "contact.voicemail.label", draft.voicemailSafe, Answer.YES, Answer.NO);
            add(voicemail);
        } else {
            voicemail = null;
        }
        formats = checks("formats", "contact.formats.label", draft.formats, AccessibleFormat.values());
        formats.setHelperText(t("contact.formats.hint"));
        formatsOther = text("formatsOther", "contact.formatsOther.label", draft.formatsOther,
                ApplicationValidator.SHORT_TEXT_MAX);
        Div otherFormat = reveal(draft.formats.contains(AccessibleFormat.OTHER), formatsOther);
        formats.addValueChangeListener(e -> otherFormat.setVisible(e.getValue().contains(AccessibleFormat.OTHER)));
        interpreter = check("interpreterNeeded", "contact.interpreter.label", draft.interpreterNeeded);
        language = text("language", "contact.language.label", draft.language, ApplicationValidator.SHORT_TEXT_MAX);
        Div languageMore = reveal(draft.interpreterNeeded, language);
        interpreter.addValueChangeListener(e -> languageMore.setVisible(Boolean.TRUE.equals(e.getValue())));
        add(formats, otherFormat, interpreter, languageMore);
    }

    @Override
    String heading() {
        return t("contact.heading");
    }

    @Override
    void store() {
        draft.contactChannels = channels.getValue().isEmpty() ? EnumSet.noneOf(ContactMethod.class)
                : EnumSet.copyOf(channels.getValue());
        draft.safeTimes = safeTimes.getValue();
        if (letters != null) {
            draft.lettersSafe = letters.getValue();
        }
        if (voicemail != null) {
            draft.voicemailSafe = voicemail.getValue();
        }
        draft.formats = new LinkedHashSet<>(formats.getValue());
        draft.formatsOther = formatsOther.getValue();
        draft.interpreterNeeded = interpreter.getValue();
        draft.language = language.getValue();
    }
}
