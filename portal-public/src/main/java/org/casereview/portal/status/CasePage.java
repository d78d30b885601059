package org.casereview.portal.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.casereview.applicantaccess.AccessEndedException;
import org.casereview.applicantaccess.ApplicantAccess;
import org.casereview.applicantaccess.ApplicantCase;
import org.casereview.applicantaccess.ApplicantCases;
import org.casereview.applicantaccess.ApplicantPass;

/**
 * A page of the applicant's own case. It opens only with the session's pass; without one (never signed in, signed
 * out, or idle too long) the applicant is sent to "Check your case" with a word of why. The case is always the pass's:
 * no page takes a case's id.
 */
abstract class CasePage extends StatusPage implements BeforeEnterObserver {

    final ApplicantAccess access;
    final ApplicantCases cases;
    ApplicantPass pass;

    CasePage(ApplicantAccess access, ApplicantCases cases) {
        this.access = access;
        this.cases = cases;
        add(new IdleWarning(this::timeLeft, () -> whileSignedIn(() -> access.confirm(pass)), this::ended));
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        ApplicantPass inSession = ApplicantSession.pass();
        if (inSession == null) {
            ApplicantSession.notice("check.sign-in-first");
            event.forwardTo(CheckStartView.class);
            return;
        }
        pass = inSession;
        try {
            enter(event, cases.open(pass));
        } catch (AccessEndedException e) {
            ApplicantSession.close();
            ApplicantSession.notice("check.ended");
            event.forwardTo(CheckStartView.class);
        }
    }

    /** Shows the page for this case, as it is now. */
    abstract void enter(BeforeEnterEvent event, ApplicantCase seen);

    /** Runs an action of the applicant's; if their session has ended meanwhile, sends them to sign in again. */
    void whileSignedIn(Runnable action) {
        try {
            action.run();
        } catch (AccessEndedException e) {
            ended();
        }
    }

    private java.time.Duration timeLeft() {
        return pass == null ? java.time.Duration.ZERO : access.timeLeft(pass);
    }

    private void ended() {
        ApplicantSession.close();
        ApplicantSession.notice("check.ended");
        UI.getCurrent().navigate(CheckStartView.class);
    }

    /** Back to the case's own page, with a message for it to show once. */
    void backToCase(String noticeKey) {
        ApplicantSession.notice(noticeKey);
        UI.getCurrent().navigate(CaseStatusView.class);
    }
}
