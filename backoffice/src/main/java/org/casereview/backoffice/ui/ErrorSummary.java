package org.casereview.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.casereview.application.ValidationProblem;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK's error summary for a long form: "There is a problem", then each error as a link to the answer it is about,
 * in the order the answers appear; each field shows its own message too. It takes focus when shown, so that a screen
 * reader says it at once and the member of staff sees it without scrolling.
 */
public class ErrorSummary extends Div {

    private final H2 title = new H2("There is a problem");
    private final Paragraph note = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final List<HasValidation> marked = new ArrayList<>();

    public ErrorSummary() {
        addClassName("error-summary");
        setId("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        title.setId("error-summary-title");
        title.addClassName("error-summary__title");
        getElement().setAttribute("aria-labelledby", "error-summary-title");
        note.setId("error-summary-note");
        note.addClassName("error-summary__note");
        note.setVisible(false);
        add(title, list, note);
        setVisible(false);
    }

    /**
     * Shows the problems in the order of {@code targets}: each problem's field name, as the domain names it, and the
     * field that shows its message (a field, or any component with an id to link to). Problems about no field on
     * the form are listed last, without a link.
     *
     * @param note what to say under the list (why an answer is needed), or null
     */
    public void show(List<ValidationProblem> problems, Map<String, ? extends Component> targets,
                     @Nullable String note) {
        clear();
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.merge(problem.field(), problem.message(), (first, second) -> first));
        for (Map.Entry<String, ? extends Component> target : targets.entrySet()) {
            String message = byField.remove(target.getKey());
            if (message == null) {
                continue;
            }
            Component field = target.getValue();
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
                marked.add(validated);
            }
            list.add(new ListItem(link(field.getId().orElseThrow(), message)));
        }
        byField.values().forEach(message -> list.add(new ListItem(message)));
        this.note.setText(note == null ? "" : note);
        this.note.setVisible(note != null);
        setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            getElement().callJsFunction("focus");
            getElement().callJsFunction("scrollIntoView");
        }
    }

    /** Hides the summary and every field's message. */
    public void clear() {
        marked.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage("");
        });
        marked.clear();
        list.removeAll();
        setVisible(false);
    }

    /** The messages listed, in order. */
    public List<String> messages() {
        return list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static Anchor link(String id, String message) {
        Anchor link = new Anchor("#" + id, message);
        // Vaadin fields keep their input inside: focus the field (which focuses its input) and bring it into view.
        link.getElement().executeJs("this.addEventListener('click', function(e) { e.preventDefault();"
                + " var f = document.getElementById($0); if (f) { f.scrollIntoView({block: 'center'});"
                + " f.focus(); } })", id);
        return link;
    }
}
