package org.casereview.backoffice.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casereview.backoffice.ui.TwoFactorSetUpForm;
import org.casereview.staff.CurrentStaff;
import org.casereview.staff.SecondStep;
import org.casereview.staff.TwoFactor;

/** Sign-in, second step, when a role requires two-factor sign-in and it is not set up yet: set it up first. */
@Route(value = "signin/two-factor", autoLayout = false)
@PageTitle("Set up two-factor sign-in – Case Review")
@PermitAll
public class TwoFactorRequiredView extends Main implements BeforeEnterObserver {

    private final TwoFactor twoFactor;
    private final CurrentStaff currentStaff;

    TwoFactorRequiredView(TwoFactor twoFactor, CurrentStaff currentStaff, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.currentStaff = currentStaff;
        addClassNames("view", "narrow-view", "two-factor-page");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1("Set up two-factor sign-in"),
                new Paragraph("Your role requires two-factor sign-in: when you sign in, you give a code from an "
                        + "authenticator app on your phone as well as your password, so that a password alone is not "
                        + "enough to reach victims' details. Set it up now to continue."));
        add(signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SecondFactor.pending() != SecondStep.SET_UP) {
            event.forwardTo("");
            return;
        }
        addComponentAtIndex(2, new TwoFactorSetUpForm(twoFactor, () -> {
            SecondFactor.complete(currentStaff.get());
            getUI().ifPresent(ui -> ui.navigate(""));
        }));
    }
}
