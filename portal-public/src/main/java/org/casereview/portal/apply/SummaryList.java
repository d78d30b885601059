package org.casereview.portal.apply;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * GOV.UK's summary list: a key, the answer, and actions such as "Change". Every value is set as text, so anything a
 * resident typed (even {@code <script>}) is shown as they typed it and never run.
 */
final class SummaryList extends Div {

    private final String notGiven;

    SummaryList(String notGiven) {
        this.notGiven = notGiven;
        addClassName("summary-list");
    }

    Div row(String key, @Nullable String value, Component... actions) {
        return row(key, value == null || value.isBlank() ? notGiven : value, true, actions);
    }

    /** A row that is only a key and an action, such as "2 incidents added" and "Add or remove incidents". */
    Div actionRow(String key, Component action) {
        return row(key, "", false, action);
    }

    private Div row(String key, String value, boolean withValue, Component... actions) {
        Span k = new Span(key);
        k.addClassName("summary-list__key");
        Span v = new Span(value);
        v.addClassName("summary-list__value");
        if (!withValue) {
            v.getElement().setAttribute("aria-hidden", "true");
        }
        Div act = new Div(actions);
        act.addClassName("summary-list__actions");
        Div row = new Div(k, v, act);
        row.addClassName("summary-list__row");
        add(row);
        return row;
    }

    /**
     * A link-like button for an action on a row, e.g. "Change" with the hidden text "full name" so that a screen
     * reader user hears "Change full name" (GOV.UK's visually hidden text).
     */
    static Button action(String text, String what, Runnable onClick) {
        Button button = new Button(text, e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("link-button");
        button.getElement().setAttribute("aria-label", text + " " + what);
        return button;
    }
}
