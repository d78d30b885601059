package org.casereview.backoffice.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.staff.SignInAttempts;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in – Case Review")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(SignInAttempts signIns) {
        addClassName("login-page");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("You could not be signed in");
        // The same words whichever it was, so that nobody learns which usernames exist.
        error.setMessage("Check your username and password. After " + signIns.maxFailures() + " wrong attempts an "
                + "account is locked for " + signIns.lockFor().toMinutes() + " minutes; an administrator can "
                + "unlock it sooner.");
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        H1 title = new H1("Case Review");
        add(title, new Paragraph("Community Trigger / ASB Case Review: staff sign in"), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
