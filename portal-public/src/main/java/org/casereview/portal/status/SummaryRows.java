package org.casereview.portal.status;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * GOV.UK's summary list, as the application form's "Check your answers" shows it (the same CSS classes): a key, the
 * answer as text, and a "Change" link whose hidden words say what it changes.
 */
final class SummaryRows extends Div {

    private final String change;
    private final Runnable onChange;

    SummaryRows(String change, Runnable onChange) {
        this.change = change;
        this.onChange = onChange;
        addClassName("summary-list");
    }

    void row(String key, String value, String what) {
        Span k = new Span(key);
        k.addClassName("summary-list__key");
        Span v = new Span(value);
        v.addClassName("summary-list__value");
        Button link = new Button(change, e -> onChange.run());
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("link-button");
        link.getElement().setAttribute("aria-label", change + " " + what);
        Div actions = new Div(link);
        actions.addClassName("summary-list__actions");
        Div row = new Div(k, v, actions);
        row.addClassName("summary-list__row");
        add(row);
    }
}
