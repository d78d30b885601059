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

    /**
     * A link's click (or Enter) brings its answer into view and puts the keyboard there. Vaadin fields keep their input
     * inside and most pass focus on to it, but a radio or checkbox group does not: then its chosen (or first) answer
     * takes the focus, as GOV.UK's error summary does; a list takes it on its first button.
     */
    private static final String FOCUS_ON_CLICK = """
            this.addEventListener('click', function (e) {
              e.preventDefault();
              const field = document.getElementById($0);
              if (!field) { return; }
              field.scrollIntoView({block: 'center'});
              field.focus();
              if (!field.contains(document.activeElement)) {
                const inside = field.querySelector('input:checked') || field.querySelector(
                    'input, textarea, vaadin-button, button, a[href]');
                if (inside) { inside.focus(); }
              }
            });""";

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
            link.getElement().executeJs(FOCUS_ON_CLICK, fieldId);
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
