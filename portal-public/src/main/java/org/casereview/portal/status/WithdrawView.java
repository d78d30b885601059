package org.casereview.portal.status;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.ActionRefusedException;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantCase;
import org.casereview.applicantaccess.ApplicantCases;

/**
 * Withdrawing the application: what it means and, if they wish, why; then "Are you sure?"; then it is withdrawn and
 * the case says so. Staff can reopen a withdrawn case if the applicant changes their mind.
 */
@Route("check/case/withdraw")
@AnonymousAllowed
public class WithdrawView extends CasePage {

    static final int REASON_MAX = 1000;

    private String reason = "";
    private ApplicantCase seen;

    WithdrawView(ApplicantAccess access, ApplicantCases cases) {
        super(access, cases);
    }

    @Override
    void enter(BeforeEnterEvent event, ApplicantCase seen) {
        this.seen = seen;
        if (!seen.withdrawAllowed()) {
            startPage(t("withdraw.heading"), t("status.caption", seen.reference()), CaseStatusView.class);
            content.add(p("withdraw.not-possible"), new RouterLink(t("status.back-to-case"), CaseStatusView.class));
            return;
        }
        showReason();
    }

    private void showReason() {
        startPage(t("withdraw.heading"), t("status.caption", seen.reference()), CaseStatusView.class);
        TextArea reasonField = field("reason", new TextArea(t("withdraw.reason.label")));
        reasonField.setHelperText(t("withdraw.reason.hint"));
        reasonField.setMaxLength(REASON_MAX + 50);
        reasonField.setValue(reason);
        content.add(p("withdraw.intro"), p("withdraw.reopen"), reasonField,
                actions(primary("continue", "action.continue", () -> {
                    reason = reasonField.getValue();
                    if (reason.strip().length() > REASON_MAX) {
                        showProblem("reason", t("withdraw.reason.tooLong", REASON_MAX));
                    } else {
                        showConfirm();
                    }
                })));
    }

    private void showConfirm() {
        startPage(t("withdraw.confirm.heading"), t("status.caption", seen.reference()), null);
        backTo(this::showReason);
        Div warning = new Div(p("withdraw.confirm.warning"));
        warning.addClassName("warning-text");
        Button confirm = new Button(t("withdraw.confirm.button"), e -> withdraw());
        confirm.setId("confirm-withdraw");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("warning-button");
        RouterLink cancel = new RouterLink(t("withdraw.confirm.cancel"), CaseStatusView.class);
        cancel.setId("cancel-withdraw");
        content.add(warning, actions(confirm, cancel));
    }

    private void withdraw() {
        whileSignedIn(() -> {
            try {
                cases.withdraw(pass, reason);
            } catch (ActionRefusedException e) {
                showProblem("page-heading", t("withdraw.refused"));
                return;
            }
            backToCase("withdraw.done");
        });
    }
}
