package org.casereview.backoffice.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.backoffice.ui.TwoFactorSetUpForm;
import org.casereview.staff.TwoFactor;

/**
 * A member of staff's two-factor sign-in: set it up with an authenticator app, move it to a new phone, or turn it off
 * (unless their role requires it).
 */
@Route("account/two-factor")
@PageTitle("Two-factor sign-in – Case Review")
@PermitAll
public class TwoFactorView extends Main {

    private final TwoFactor twoFactor;
    private final Div content = new Div();

    TwoFactorView(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        addClassNames("view", "narrow-view");
        content.setId("two-factor");
        add(new H1("Two-factor sign-in"), content);
        show();
    }

    private void show() {
        content.removeAll();
        TwoFactor.Status status = twoFactor.status();
        if (!status.enabled()) {
            content.add(new Paragraph("With two-factor sign-in, you give a code from an authenticator app on your "
                    + "phone after your password. Someone who learns your password still cannot sign in as you."),
                    new H2("Set it up"), new TwoFactorSetUpForm(twoFactor, this::show));
            return;
        }
        Paragraph on = new Paragraph("Two-factor sign-in is on, since " + Formats.dateTime(status.since())
                + ". When you sign in, you give the code from your authenticator app after your password."
                + (status.required() ? " Your role requires it." : ""));
        on.setId("two-factor-status");
        Button newPhone = new Button("Move to a new phone", e -> {
            content.removeAll();
            content.add(new Paragraph("Set it up on the new phone. The old phone's codes stop working once you "
                    + "enter a code from the new one."), new TwoFactorSetUpForm(twoFactor, this::show));
        });
        newPhone.setId("new-phone");
        content.add(on, newPhone);
        if (!status.required()) {
            PasswordField password = new PasswordField("Your password");
            password.setId("turn-off-password");
            Button off = new Button("Turn off two-factor sign-in", e -> {
                if (Feedback.attempt(() -> twoFactor.remove(password.getValue()), () -> { }).saved()) {
                    Feedback.saved("Two-factor sign-in is off");
                    show();
                }
            });
            off.setId("turn-off-two-factor");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(new H2("Turn it off"), password, new Div(off));
        }
    }
}
