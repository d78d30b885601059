package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.casereview.accesslog.CaseAccessLog;
import org.casereview.accesslog.CaseScreen;
import org.casereview.application.Application;
import org.casereview.backoffice.ui.Formats;
import org.casereview.casework.CaseNotFoundException;

import java.util.Optional;

/**
 * A page about one case, found by the route's {@code id}: it loads what it shows through its service (which applies
 * the member of staff's scope), shows it, and shows it again after each change. A case out of scope is "not found".
 * Each opening is recorded (who looked at which case, on which screen); showing it again after a change is not.
 *
 * @param <T> what the page shows of the case
 */
abstract class CasePage<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected long id;
    private String title;
    private final CaseAccessLog accessLog;
    private final CaseScreen screen;

    CasePage(String title, CaseAccessLog accessLog, CaseScreen screen) {
        this.title = title;
        this.accessLog = accessLog;
        this.screen = screen;
    }

    protected abstract T load(long caseId);

    protected abstract void show(T loaded);

    protected void setPageTitle(String title) {
        this.title = title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            show(load(id));
        } catch (CaseNotFoundException e) {
            throw new NotFoundException(e.getMessage());
        }
        accessLog.opened(id, screen);
    }

    /**
     * Says so when the case has been anonymised, or its processing is restricted at the request of the person it is
     * about: it can be read but not changed.
     */
    static Optional<Component> protectionBanner(Application application) {
        if (application.isAnonymised()) {
            return Optional.of(banner("Anonymised", "This case was anonymised on "
                    + Formats.dateTime(application.getAnonymisedAt()) + ": its personal data has been removed. "
                    + "It is kept for statistics and cannot be changed."));
        }
        if (application.isRestricted()) {
            return Optional.of(banner("Processing restricted", "Since " + Formats.dateTime(application.getRestrictedAt())
                    + ", at the request of the person it is about. Reason: " + application.getRestrictionReason()
                    + " (recorded by " + application.getRestrictedBy() + "). You can read the case but not change "
                    + "it, and no messages are sent. An administrator can lift the restriction."));
        }
        return Optional.empty();
    }

    private static Component banner(String heading, String text) {
        Span title = new Span(heading + ". ");
        title.addClassName("protection-banner__heading");
        Paragraph words = new Paragraph(title);
        words.add(text);
        Div banner = new Div(words);
        banner.addClassName("protection-banner");
        banner.setId("protection-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void reload() {
        show(load(id));
    }

    /** "← CT-2026-00012": back to the case's own page, from a page about one part of it. */
    protected RouterLink backToCase(Application application) {
        RouterLink back = new RouterLink("← " + application.getReference(), CaseView.class,
                new RouteParameters(new RouteParam("id", id)));
        back.addClassName("back-link");
        back.setId("back-to-case");
        return back;
    }

    /** A part of the page under its own heading. */
    protected static Section section(String heading, Component content) {
        Section section = new Section(new H2(heading), content);
        section.addClassName("case-section");
        return section;
    }
}
