package org.casereview.portal.apply;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.SubmittedApplication;
import org.casereview.drafts.DraftService;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/** The pages around the questions: sent, saved, consent refused, session ended. Words from the message bundle. */
final class InfoPages {

    private InfoPages() {
    }

    /** The reference, the acknowledgement and decision dates from the partnership's policy, and the unit's contacts. */
    static void confirmation(ApplyView view, Div content, SubmittedApplication submitted,
                             @Nullable Partnership partnership) {
        Div panel = new Div();
        panel.addClassName("confirmation-panel");
        H1 title = new H1(view.t("confirmation.heading"));
        title.setId("page-heading");
        title.getElement().setAttribute("tabindex", "-1");
        Div reference = new Div(new Span(view.t("confirmation.reference")), new Span(submitted.reference()));
        reference.setId("reference");
        reference.addClassName("reference");
        panel.add(title, reference);
        content.add(panel);
        Paragraph acknowledgement = new Paragraph(submitted.acknowledgedOn() != null
                ? view.t("confirmation.acknowledged", view.formatDate(submitted.acknowledgedOn()))
                : view.t("confirmation.acknowledge-by", view.formatDate(submitted.acknowledgementDue())));
        acknowledgement.setId("acknowledgement");
        Paragraph decision = new Paragraph(view.t("confirmation.decision-by",
                view.formatDate(submitted.decisionDue())));
        decision.setId("decision-due");
        content.add(acknowledgement, new H2(view.t("confirmation.next.heading")),
                new Paragraph(view.t("confirmation.next.check", submitted.partnershipName())),
                decision,
                new Paragraph(view.t("confirmation.next.review")),
                new H2(view.t("confirmation.contact.heading", submitted.partnershipName())));
        Div contacts = new Div(new Paragraph(view.t("confirmation.contact.phone", submitted.csuPhone())),
                new Paragraph(view.t("confirmation.contact.email", submitted.csuEmail())));
        if (partnership != null) {
            contacts.add(new Paragraph(view.t("confirmation.contact.address", partnership.getCsuAddress())));
        }
        contacts.setId("unit-contacts");
        content.add(contacts, new Paragraph(view.t("confirmation.keep-reference")));
        if (partnership != null) {
            content.add(new H2(view.t("confirmation.report.heading")), new Paragraph(partnership.getAsbReporting()),
                    new Paragraph(partnership.getHateCrimeLine()));
        }
    }

    /** No consent, no case review: the alternatives, and a way back to agree after all. */
    static void consentRefused(ApplyView view, Div content, @Nullable Partnership partnership, Runnable back) {
        content.add(new Paragraph(view.t("refused.intro")));
        UnorderedList options = new UnorderedList(
                new ListItem(view.t("refused.complaints")),
                new ListItem(partnership == null ? view.t("refused.report") : partnership.getAsbReporting()),
                new ListItem(partnership == null ? view.t("refused.hate-crime") : partnership.getHateCrimeLine()));
        content.add(new H2(view.t("refused.what-else")), options);
        if (partnership != null) {
            content.add(new Paragraph(view.t("refused.contact", partnership.getName(), partnership.getCsuPhone(),
                    partnership.getCsuEmail())));
        }
        content.add(new Paragraph(view.t("refused.kept")));
        Button agree = new Button(view.t("refused.change-mind"), e -> back.run());
        agree.setId("change-mind");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Div(agree));
    }

    /** Asks for the address to send the link to, saying how long the answers are kept. */
    static void saveDraft(ApplyView view, Div content, ApplicationDraft draft, Consumer<String> save) {
        long days = DraftService.KEPT_FOR.toDays();
        content.add(new Paragraph(view.t("draft.intro")), new Paragraph(view.t("draft.kept", days)),
                new Paragraph(view.t("draft.private")));
        EmailField email = new EmailField(view.t("draft.email.label"));
        email.setId("draftEmail");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setManualValidation(true);
        email.setMaxLength(ApplicationValidator.EMAIL_MAX + 50);
        email.setValue(!draft.draftEmail.isBlank() ? draft.draftEmail : draft.applicant.email);
        email.setHelperText(view.t("draft.email.hint"));
        view.registerField("draftEmail", email);
        StepPage.cleanAsTyped(email, false);
        email.addThemeName("helper-above-field");
        Button send = new Button(view.t("draft.send"), e -> save.accept(email.getValue()));
        send.setId("save-draft-confirm");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(send);
        actions.addClassName("actions");
        content.add(email, actions);
    }

    static void draftSaved(ApplyView view, Div content, String email, String deletedOn, Runnable carryOn) {
        Paragraph sent = new Paragraph(view.t("draft.saved.sent", email));
        sent.setId("draft-saved");
        content.add(sent, new Paragraph(view.t("draft.saved.until", deletedOn)),
                new Paragraph(view.t("draft.saved.no-email")), new Paragraph(view.t("draft.saved.close")));
        Button continueNow = new Button(view.t("draft.saved.continue"), e -> carryOn.run());
        continueNow.setId("continue-now");
        continueNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(continueNow);
        actions.addClassName("actions");
        content.add(actions);
    }

    static void sessionEnded(ApplyView view, Div content, long minutes, Runnable startAgain) {
        content.add(new Paragraph(view.t("ended.text", minutes)), new Paragraph(view.t("ended.saved")));
        Button again = new Button(view.t("ended.start-again"), e -> startAgain.run());
        again.setId("start-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(again);
        actions.addClassName("actions");
        content.add(actions);
    }
}
