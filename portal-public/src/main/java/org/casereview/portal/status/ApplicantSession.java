package org.casereview.portal.status;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.casereview.applicantaccess.ApplicantPass;
import org.jspecify.annotations.Nullable;

/**
 * What "Check your case" keeps in the resident's session, apart from the application form's answers: the request for
 * a security code being answered, the applicant's pass once they have proved who they are, and a message for the next
 * page ("you have signed out"). Signing out removes the pass and nothing else.
 */
final class ApplicantSession {

    private static final String CHALLENGE = ApplicantSession.class.getName() + ".challenge";
    private static final String PASS = ApplicantSession.class.getName() + ".pass";
    private static final String NOTICE = ApplicantSession.class.getName() + ".notice";

    private ApplicantSession() {
    }

    static void awaitCode(String challenge) {
        VaadinSession.getCurrent().setAttribute(CHALLENGE, challenge);
    }

    static @Nullable String challenge() {
        return (String) VaadinSession.getCurrent().getAttribute(CHALLENGE);
    }

    /**
     * The applicant has proved who they are: a new session id (so that an id seen before this moment is worth
     * nothing), then the pass.
     */
    static void open(ApplicantPass pass) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHALLENGE, null);
        session.setAttribute(PASS, pass);
    }

    static @Nullable ApplicantPass pass() {
        return (ApplicantPass) VaadinSession.getCurrent().getAttribute(PASS);
    }

    static void close() {
        VaadinSession.getCurrent().setAttribute(PASS, null);
    }

    /** A message key for the next page to show once, such as "check.signed-out". */
    static void notice(String key) {
        VaadinSession.getCurrent().setAttribute(NOTICE, key);
    }

    static @Nullable String takeNotice() {
        VaadinSession session = VaadinSession.getCurrent();
        String key = (String) session.getAttribute(NOTICE);
        session.setAttribute(NOTICE, null);
        return key;
    }

    /** Where the request came from, for the limits per client (behind a proxy: see server.forward-headers-strategy). */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
