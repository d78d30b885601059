package org.casereview.portal.ui;

import com.vaadin.flow.component.AttachEvent;
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

    private final H2 title = new H2();
    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        setId("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        title.addClassName("error-summary__title");
        title.setId("error-summary-title");
        getElement().setAttribute("aria-labelledby", "error-summary-title");
        add(title, list);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        title.setText(getTranslation("error-summary.title"));
    }

    /** @param errors the id of each field and what is wrong with it, in the order the fields appear */
    public void show(Map<String, String> errors) {
        title.setText(getTranslation("error-summary.title"));
        list.removeAll();
        errors.forEach((fieldId, message) -> {
            Anchor link = new Anchor("#" + fieldId, message);
            // Vaadin fields keep their input inside: focus the field (which focuses its input) and bring it into view.
            link.getElement().executeJs("this.addEventListener('click', function(e) { e.preventDefault();"
                    + " var f = document.getElementById($0); if (f) { f.scrollIntoView({block: 'center'});"
                    + " f.focus(); } })", fieldId);
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
