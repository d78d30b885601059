package org.casereview.backoffice.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.SecondStep;
import org.casereview.staff.SignInAttempts;
import org.casereview.staff.TwoFactor;

/** Sign-in, second step: the code from the authenticator app, after a right password. */
@Route(value = "signin/code", autoLayout = false)
@PageTitle("Enter your code – Case Review")
@PermitAll
public class TwoFactorCodeView extends Main implements BeforeEnterObserver {

    final TextField code = new TextField("Code from your authenticator app");
    final Button signIn = new Button("Continue");

    TwoFactorCodeView(TwoFactor twoFactor, CurrentStaff currentStaff, SignInAttempts signIns,
                      AuthenticationContext authentication) {
        addClassNames("login-page", "two-factor-page");
        code.setId("sign-in-code");
        code.setHelperText("6 digits. Open the app on your phone and look for Case Review.");
        code.setMaxLength(20);
        code.setManualValidation(true);
        code.setAutofocus(true);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        signIn.setId("sign-in-with-code");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(e -> {
            switch (twoFactor.verify(code.getValue())) {
                case ACCEPTED -> {
                    SecondFactor.complete(currentStaff.get());
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
                case WRONG -> {
                    code.setErrorMessage("That code is not right, or it has been used already. Enter the code the "
                            + "app shows now. After " + signIns.maxFailures() + " wrong attempts the account is "
                            + "locked for " + signIns.lockFor().toMinutes() + " minutes.");
                    code.setInvalid(true);
                    code.clear();
                    code.focus();
                }
                case LOCKED -> authentication.logout();
            }
        });
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div form = new Div(new H2("Enter your code"), code, new Div(signIn, signOut));
        form.addClassName("two-factor-form");
        add(new H1("Case Review"), new Paragraph("Community Trigger / ASB Case Review: staff sign in"), form,
                new Paragraph("Lost your phone or changed it? Ask an administrator to reset your two-factor "
                        + "sign-in; you then set it up again when you sign in."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SecondFactor.pending() != SecondStep.CODE) {
            event.forwardTo("");
        }
    }
}
