package org.casereview.backoffice.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.casereview.ActionRefusedException;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.staff.MyAccount;

/** Every member of staff changes their own password here; one issued by an administrator must be changed first. */
@Route("account/password")
@PageTitle("Change password – Case Review")
@PermitAll
public class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Change password");

    ChangePasswordView(MyAccount myAccount) {
        addClassNames("view", "narrow-view");
        current.setId("current-password");
        chosen.setId("new-password");
        chosen.setHelperText("At least 12 characters, at most 256. Three random words you will remember work well; "
                + "common passwords and your username are refused. You are not asked to change it on a schedule.");
        repeated.setId("repeat-password");
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Feedback.Outcome outcome = Feedback.attempt(() -> {
                if (!chosen.getValue().equals(repeated.getValue())) {
                    throw new ActionRefusedException("The two new passwords are not the same");
                }
                myAccount.changePassword(current.getValue(), chosen.getValue());
            }, () -> { });
            if (outcome.saved()) {
                current.clear();
                chosen.clear();
                repeated.clear();
                Feedback.saved("Your password has been changed");
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        Paragraph intro = new Paragraph(myAccount.mustChangePassword()
                ? "You signed in with a password an administrator gave you. Choose your own before you continue."
                : "Choose a new password for your account.");
        intro.setId("password-intro");
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Change password"), intro, form, save);
    }
}
