package org.casereview.portal.apply;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.casereview.drafts.DraftService;
import org.casereview.drafts.ResumedDraft;
import org.casereview.portal.security.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The link in the "saved application" e-mail. A draft it finds goes into the session and the resident carries on in
 * the wizard (the address bar then shows {@code /apply}, not the link); otherwise the page says the link has expired
 * or been replaced, and how to start again.
 */
@Route("apply/resume/:token")
@AnonymousAllowed
public class ResumeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ResumeView.class);

    private final DraftService drafts;
    private final RateLimits rateLimits;
    private String title = "";

    ResumeView(DraftService drafts, RateLimits rateLimits) {
        this.drafts = drafts;
        this.rateLimits = rateLimits;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        RateLimits.Decision limit = rateLimits.attempt(RateLimits.Action.LOOK_UP);
        if (!limit.allowed()) {
            showPage("limit.look-up.heading", new Paragraph(getTranslation("limit.look-up.text",
                    limit.minutesToWait())));
            return;
        }
        Optional<ResumedDraft> found = drafts.resume(token);
        Optional<ApplicationDraft> answers = found.flatMap(draft -> DraftJson.read(draft.answers()));
        if (answers.isPresent()) {
            ApplicationDraft draft = answers.get();
            draft.savedDraftId = found.get().draftId();
            draft.draftEmail = found.get().email();
            SessionDrafts.resume(draft, found.get().deletedOn());
            event.forwardTo(ApplyView.class);
            return;
        }
        if (found.isPresent()) {
            log.warn("Saved draft {} could not be read", found.get().draftId());
        }
        showLinkNotWorking();
    }

    private void showLinkNotWorking() {
        RouterLink start = new RouterLink(getTranslation("resume.failed.start"), StartView.class);
        start.setId("start-again");
        showPage("resume.failed.heading", new Paragraph(getTranslation("resume.failed.text")),
                new Paragraph(getTranslation("resume.failed.replaced")), start);
    }

    private void showPage(String headingKey, Component... content) {
        removeAll();
        title = getTranslation("page.title", getTranslation(headingKey));
        H1 heading = new H1(getTranslation(headingKey));
        heading.setId("page-heading");
        add(heading);
        add(content);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
