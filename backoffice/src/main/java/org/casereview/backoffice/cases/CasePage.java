package org.casereview.backoffice.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.casereview.casework.CaseNotFoundException;

/**
 * A page about one case, found by the route's {@code id}: it loads what it shows through its service (which applies
 * the member of staff's scope), shows it, and shows it again after each change. A case out of scope is "not found".
 *
 * @param <T> what the page shows of the case
 */
abstract class CasePage<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected long id;
    private String title;

    CasePage(String title) {
        this.title = title;
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
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void reload() {
        show(load(id));
    }

    /** A part of the page under its own heading. */
    protected static Section section(String heading, Component content) {
        Section section = new Section(new H2(heading), content);
        section.addClassName("case-section");
        return section;
    }
}
