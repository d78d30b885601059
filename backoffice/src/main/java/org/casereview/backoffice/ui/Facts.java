package org.casereview.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A two-column list of labels and values; text is set as text, so nothing typed is ever run as HTML. */
public final class Facts extends Div {

    public Facts() {
        addClassName("facts");
    }

    public static Facts of(@Nullable String... pairs) {
        Facts facts = new Facts();
        for (int i = 0; i < pairs.length; i += 2) {
            facts.add(pairs[i] == null ? "" : pairs[i], pairs[i + 1]);
        }
        return facts;
    }

    public Facts add(String label, @Nullable String value) {
        return add(label, new Span(value == null || value.isBlank() ? "—" : value));
    }

    public Facts add(String label, Component value) {
        Span name = new Span(label);
        name.addClassName("facts__label");
        value.getElement().getClassList().add("facts__value");
        add(name, value);
        return this;
    }
}
