package org.casereview.portal.apply;

import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The application in progress lives in the resident's session on the server, not in the page, so that a refresh, a
 * dropped connection or a second tab finds the same answers; a resumed draft is put here by the resume link.
 */
final class SessionDrafts {

    private static final String DRAFT = SessionDrafts.class.getName() + ".draft";
    private static final String RESUMED = SessionDrafts.class.getName() + ".resumed";

    private SessionDrafts() {
    }

    static ApplicationDraft current() {
        VaadinSession session = VaadinSession.getCurrent();
        ApplicationDraft draft = (ApplicationDraft) session.getAttribute(DRAFT);
        if (draft == null) {
            draft = new ApplicationDraft();
            session.setAttribute(DRAFT, draft);
        }
        return draft;
    }

    /** Starts afresh: after sending, or when the session ends for want of activity. */
    static ApplicationDraft startAgain() {
        ApplicationDraft draft = new ApplicationDraft();
        VaadinSession.getCurrent().setAttribute(DRAFT, draft);
        return draft;
    }

    static void resume(ApplicationDraft draft, LocalDate deletedOn) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(DRAFT, draft);
        session.setAttribute(RESUMED, deletedOn);
    }

    /** The day a just-resumed draft will be deleted, once, for the "welcome back" message; null otherwise. */
    static @Nullable LocalDate takeResumed() {
        VaadinSession session = VaadinSession.getCurrent();
        LocalDate deletedOn = (LocalDate) session.getAttribute(RESUMED);
        session.setAttribute(RESUMED, null);
        return deletedOn;
    }
}
