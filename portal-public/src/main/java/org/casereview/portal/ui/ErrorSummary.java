package org.casereview.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Map;

/**
 * GOV.UK's error summary: "There is a problem", then each error as a link to the answer it is about. It takes
 * focus when shown so that screen reader users hear it at once.
 */
public class ErrorSummary extends Div {

    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        setId("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        H2 title = new H2("There is a problem");
        title.addClassName("error-summary__title");
        add(title, list);
        setVisible(false);
    }

    /** @param errors the id of each field and what is wrong with it, in the order the fields appear */
    public void show(Map<String, String> errors) {
        list.removeAll();
        errors.forEach((fieldId, message) -> {
            Anchor link = new Anchor("#" + fieldId, message);
            link.getElement().executeJs("this.addEventListener('click', function(e) { e.preventDefault();"
                    + " var f = document.getElementById($0); if (f) { f.focus(); } })", fieldId);
            list.add(new ListItem(link));
        });
        setVisible(!errors.isEmpty());
        if (!errors.isEmpty()) {
            getElement().callJsFunction("focus");
        }
    }

    public void clear() {
        list.removeAll();
        setVisible(false);
    }
}
