package org.casereview.portal.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.applicantaccess.AccessSettings;
import org.casereview.applicantaccess.ApplicantAccess;

/**
 * "Enter your security code": says the same whether or not a code was sent (it cannot say which without telling a
 * stranger whether the reference exists), and how to get in without e-mail.
 */
@Route("check/code")
@AnonymousAllowed
public class EnterCodeView extends StatusPage implements BeforeEnterObserver {

    private final ApplicantAccess access;
    private final AccessSettings settings;

    EnterCodeView(ApplicantAccess access, AccessSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ApplicantSession.challenge() == null) {
            event.forwardTo(CheckStartView.class);
            return;
        }
        startPage(t("check.code.heading"), null, CheckStartView.class);
        TextField code = field("code", new TextField(t("check.code.label")));
        code.setHelperText(t("check.code.hint"));
        code.setMaxLength(20);
        code.addClassName("width-10");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        RouterLink again = new RouterLink(t("check.code.new"), CheckStartView.class);
        again.setId("new-code");
        RouterLink accessCode = new RouterLink(t("check.start.access-code-link"), AccessCodeView.class);
        accessCode.setId("use-access-code");
        content.add(p("check.code.sent"), p("check.code.valid", settings.codeLifetime().toMinutes()), code,
                actions(primary("check-code", "action.continue", () -> check(code))),
                p("check.code.not-received"), again, p("check.code.phone"), accessCode);
    }

    private void check(TextField code) {
        String typed = code.getValue().replaceAll("\\s", "");
        if (typed.isEmpty()) {
            showProblem("code", t("check.code.required"));
            return;
        }
        if (!typed.matches("\\d{6}")) {
            showProblem("code", t("check.code.format"));
            return;
        }
        String challenge = ApplicantSession.challenge();
        ApplicantAccess.CodeEntry entry = challenge == null
                ? new ApplicantAccess.CodeEntry(ApplicantAccess.CodeEntry.Outcome.ENDED, null, 0)
                : access.enterSecurityCode(challenge, typed);
        switch (entry.outcome()) {
            case OPENED -> {
                ApplicantSession.open(java.util.Objects.requireNonNull(entry.pass()));
                UI.getCurrent().navigate(CaseStatusView.class);
            }
            case WRONG -> showProblem("code", t("check.code.wrong", entry.triesLeft()));
            case TOO_MANY_TRIES -> showProblem("code", t("check.code.too-many"));
            case ENDED -> showProblem("code", t("check.code.ended"));
        }
    }
}
