package org.casereview.backoffice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.ActionRefusedException;
import org.casereview.staff.TwoFactor;

/**
 * Setting up two-factor sign-in: a new key for the authenticator app, as a QR code and as text to type, and a first
 * code from the app to show it has the key. Used on the account page and at a sign-in that requires it.
 */
public class TwoFactorSetUpForm extends Div {

    final TextField code = new TextField("Code from the app");
    final Button confirm = new Button("Turn on two-factor sign-in");

    public TwoFactorSetUpForm(TwoFactor twoFactor, Runnable done) {
        addClassName("two-factor-set-up");
        setId("two-factor-set-up");
        TwoFactor.SetUp setUp = twoFactor.begin();
        Span key = new Span(setUp.secretInGroups());
        key.setId("two-factor-key");
        key.addClassName("two-factor-key");
        OrderedList steps = new OrderedList(
                new ListItem("Open an authenticator app on your phone, for example Microsoft Authenticator or "
                        + "Google Authenticator (your IT team may name one to use)."),
                new ListItem(new Span("Add an account in the app and scan this QR code."),
                        QrCode.image(setUp.otpauthUri(), "QR code for adding Case Review to your authenticator app"),
                        new Paragraph(new Span("If you cannot scan it, choose to enter a key instead and type: "),
                                key, new Span(" (time-based, 6 digits)."))),
                new ListItem("Enter the 6-digit code the app now shows for Case Review."));
        steps.addClassName("two-factor-steps");

        code.setId("two-factor-code");
        code.setHelperText("6 digits, for example 123456. It changes every 30 seconds.");
        code.setMaxLength(20);
        code.setWidth("min(20em, 100%)");
        code.setManualValidation(true);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        confirm.setId("confirm-two-factor");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                twoFactor.confirm(setUp, code.getValue());
                code.setInvalid(false);
                Feedback.saved("Two-factor sign-in is on");
                done.run();
            } catch (ActionRefusedException refused) {
                code.setErrorMessage(refused.getMessage());
                code.setInvalid(true);
                code.focus();
            }
        });
        Div actions = new Div(confirm);
        actions.addClassName("two-factor-actions");
        add(steps, code, actions);
    }
}
