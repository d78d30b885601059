package org.casereview.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.function.Supplier;

/**
 * A dialog that asks for what a change needs and makes it: Cancel, or the action. It closes when the change is
 * saved (then {@code onSaved} runs) or when someone else changed the case first (unless it is to
 * {@link #keepOpenOnConflict()}); it stays open when the change is refused, so the member of staff can put it right.
 */
public class ActionDialog extends Dialog {

    private final Button confirm;
    private boolean keepOpenOnConflict;

    public ActionDialog(String title, String actionLabel, Supplier<Feedback.Outcome> action, Runnable onSaved) {
        setHeaderTitle(title);
        setWidth("min(40em, 95vw)");
        addClassName("action-dialog");
        confirm = new Button(actionLabel, e -> {
            Feedback.Outcome outcome = action.get();
            boolean stay = outcome == Feedback.Outcome.REFUSED
                    || (keepOpenOnConflict && outcome == Feedback.Outcome.CONFLICT);
            if (!stay) {
                close();
            }
            if (outcome.saved()) {
                onSaved.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("dialog-confirm");
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, confirm);
    }

    /**
     * Stays open, with everything typed, when someone else changed the case first: once the page is reloaded the
     * form can be sent again as it is. For forms whose action reads the case's version when it is sent.
     */
    public ActionDialog keepOpenOnConflict() {
        this.keepOpenOnConflict = true;
        return this;
    }

    public ActionDialog with(Component... content) {
        add(content);
        return this;
    }

    public Button confirmButton() {
        return confirm;
    }
}
