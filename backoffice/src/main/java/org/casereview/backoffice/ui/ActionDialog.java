package org.casereview.backoffice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.function.Supplier;

/**
 * A dialog that asks for what a change needs and makes it: Cancel, or the action. It closes when the change is
 * saved (then {@code onSaved} runs) or when someone else changed the case first; it stays open when the change is
 * refused, so the member of staff can put it right.
 */
public class ActionDialog extends Dialog {

    private final Button confirm;

    public ActionDialog(String title, String actionLabel, Supplier<Feedback.Outcome> action, Runnable onSaved) {
        setHeaderTitle(title);
        setWidth("min(40em, 95vw)");
        addClassName("action-dialog");
        confirm = new Button(actionLabel, e -> {
            Feedback.Outcome outcome = action.get();
            if (outcome != Feedback.Outcome.REFUSED) {
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

    public ActionDialog with(Component... content) {
        add(content);
        return this;
    }

    public Button confirmButton() {
        return confirm;
    }
}
